/// Splits a sentence into words, numbers and punctuation marks, in one pass over its UTF-8 bytes.
///
/// What counts as one word is what a name or title needs: "Mar-a-Lago" and "35-year-old" keep
/// their hyphens, "Maduro’s" its apostrophe (flagged possessive), "U.S." and "D.C." their
/// periods, the "R." of "Gerald R. Ford" its period. "Sen." is a word and a separate period:
/// whether that period ends a sentence is the segmenter's business, not ours. Everything else
/// that is not a letter, a digit or white space is a one-scalar punctuation token, curly quotes
/// and dashes included.
///
/// Claim extraction is in the compiler's hot path, so ASCII takes a branch-only path and the
/// common non-ASCII scalars of news text (accented Latin letters, curly quotes, dashes) are
/// classified without Unicode property look-ups.
struct ProseTokenizer: Sendable {
    let lexicon: ProseLexicon
    /// Reads every word with `word(in:from:firstScalar:spaceBefore:)`, without the shortcut for
    /// plain ASCII words: the reference a test compares the shortcut with.
    let readsEveryWordInFull: Bool

    init(lexicon: ProseLexicon = .shared, readsEveryWordInFull: Bool = false) {
        self.lexicon = lexicon
        self.readsEveryWordInFull = readsEveryWordInFull
    }

    func tokens(in bytes: [UInt8]) -> [ProseToken] {
        bytes.withUnsafeBufferPointer { tokens(in: $0) }
    }

    func tokens(in string: String) -> [ProseToken] {
        string.utf8.withContiguousStorageIfAvailable { tokens(in: $0) } ?? tokens(in: Array(string.utf8))
    }

    func tokens(in text: UnsafeBufferPointer<UInt8>) -> [ProseToken] {
        var tokens: [ProseToken] = []
        tokens.reserveCapacity(text.count / 4 + 4)
        let n = text.count
        var i = 0
        var spaceBefore = true
        while i < n {
            let byte = text[i]
            let category: Category
            let scalar: Unicode.Scalar
            let length: Int
            if byte < 0x80 {
                category = Self.asciiCategory(byte)
                scalar = Unicode.Scalar(byte)
                length = 1
            } else {
                (scalar, length) = Self.decode(text, at: i)
                category = Self.category(of: scalar)
            }
            switch category {
            case .space:
                spaceBefore = true
                i += length
            case .other:
                tokens.append(ProseToken(
                    start: i, end: i + length, stemEnd: i + length, kind: .punctuation,
                    flags: spaceBefore ? .spaceBefore : [], scalar: scalar.value, key: 0, entry: .none
                ))
                spaceBefore = false
                i += length
            case .letter, .digit:
                let plain = category == .letter && byte < 0x80 && !readsEveryWordInFull
                    ? asciiLetterWord(in: text, from: i, spaceBefore: spaceBefore) : nil
                let token = plain ?? word(in: text, from: i, firstScalar: scalar, spaceBefore: spaceBefore)
                tokens.append(token)
                i = token.end
                spaceBefore = false
            }
        }
        return tokens
    }

    /// The word starting at `start` when it is ASCII letters only and what follows cannot
    /// continue or change it; nil otherwise, for `word(in:from:firstScalar:spaceBefore:)` to read.
    ///
    /// Most words of news text are such words ("officials", "said", "Maduro" before a space or a
    /// comma). Read here, in the tokenizer's loop, they skip the call and the general word's
    /// checks for hyphens, apostrophes, periods and possessives, which cost about 80
    /// instructions a word (`tokens(in:)`: 56.8M -> 44.0M on 1,000 articles). What may continue or change a word: a digit, "-", "'", a non-ASCII
    /// letter or digit, "’" and the Unicode hyphens, and a period after a single letter ("U.S.",
    /// "R."). A test compares every token with the general reading.
    @inline(__always)
    private func asciiLetterWord(in text: UnsafeBufferPointer<UInt8>, from start: Int, spaceBefore: Bool) -> ProseToken? {
        let n = text.count
        var i = start
        var key = WordHash.offsetBasis
        // All capitals is no letter with the lower-case bit 0x20: one `or` a letter rather
        // than counting capitals.
        var bits: UInt8 = 0
        while i < n {
            let byte = text[i]
            let folded = byte | 0x20
            guard folded &- 0x61 < 26 else { break }
            bits |= byte
            key = (key ^ UInt64(folded)) &* WordHash.prime
            i &+= 1
        }
        let letters = i &- start
        if i < n {
            let next = text[i]
            if next < 0x80 {
                if next &- 0x30 < 10 || next == 0x2D || next == 0x27 || (next == 0x2E && letters == 1) { return nil }
            } else {
                let scalar = Self.decode(text, at: i).0
                if scalar == "\u{2010}" || scalar == "\u{2011}" || scalar == "\u{2019}" { return nil }
                let category = Self.category(of: scalar)
                if category == .letter || category == .digit { return nil }
            }
        }
        var flags: ProseToken.Flags = spaceBefore ? .spaceBefore : []
        if text[start] <= 0x5A { flags.insert(.capitalized) }
        if letters >= 2, bits & 0x20 == 0 { flags.insert(.allCaps) }
        return ProseToken(
            start: start, end: i, stemEnd: i, kind: .word, flags: flags, scalar: 0, key: key,
            entry: lexicon.entry(for: key)
        )
    }

    /// A word or number starting at `start`.
    private func word(
        in text: UnsafeBufferPointer<UInt8>, from start: Int, firstScalar: Unicode.Scalar, spaceBefore: Bool
    ) -> ProseToken {
        let n = text.count
        let isNumber = firstScalar.value >= 0x30 && firstScalar.value <= 0x39
        var i = start
        var segmentLength = 0       // letters since the start or the last internal period
        var dotted = false
        var upper = 0, letters = 0
        // The leading run of ASCII letters and digits, in a tight loop that hashes it as
        // `WordHash` would: for most words the run is the whole stem ("officials", "Maduro"
        // of "Maduro’s"), and the key then needs no second pass over the bytes. Scanning and
        // hashing words separately was 5% of claim extraction.
        // The run's letters and its length are counted from its digits once it ends: keeping
        // three counters in the loop cost 4 of its 16 instructions a letter.
        var runKey = WordHash.offsetBasis
        var runDigits = 0
        while i < n {
            let byte = text[i]
            // ASCII digits already have bit 0x20 set, so `| 0x20` lower-cases letters only.
            let folded = byte | 0x20
            if folded &- 0x61 < 26 {
                if byte <= 0x5A { upper &+= 1 }
            } else if byte &- 0x30 < 10 {
                runDigits &+= 1
            } else {
                break
            }
            runKey = (runKey ^ UInt64(folded)) &* WordHash.prime
            i &+= 1
        }
        let runEnd = i
        segmentLength = runEnd &- start
        letters = segmentLength &- runDigits
        while i < n {
            let byte = text[i]
            var scalar = Unicode.Scalar(byte)
            var length = 1
            var category: Category
            if byte < 0x80 {
                category = Self.asciiCategory(byte)
                if category == .letter {
                    letters += 1
                    if byte <= 0x5A { upper += 1 }
                    segmentLength += 1
                    i += 1
                    continue
                }
                if category == .digit {
                    segmentLength += 1
                    i += 1
                    continue
                }
                // Only a few marks can continue a word: "-", "'", ".", ",".
                if byte != 0x2D && byte != 0x27 && byte != 0x2E && byte != 0x2C { break }
            } else {
                (scalar, length) = Self.decode(text, at: i)
                category = Self.category(of: scalar)
                if category == .letter || category == .digit {
                    if category == .letter {
                        letters += 1
                        if Self.isUppercase(scalar) { upper += 1 }
                    }
                    segmentLength += 1
                    i += length
                    continue
                }
            }
            let nextStart = i + length
            let next = nextStart < n ? Self.category(at: nextStart, in: text) : .space
            if scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" {
                // "Mar-a-Lago", "35-year-old", "U.S.-backed"; not "word- " or "--".
                guard next == .letter || next == .digit else { break }
                segmentLength = 0
                i = nextStart
                continue
            }
            if scalar == "'" || scalar == "\u{2019}" {
                guard next == .letter else { break }
                i = nextStart
                continue
            }
            if scalar == ".", !isNumber, segmentLength == 1, next == .letter,
               nextStart + 1 < n, Self.isDotAfterOneLetter(text, from: nextStart) {
                // "U.S", "D.C", "p.m": single letters joined by periods.
                dotted = true
                segmentLength = 0
                i = nextStart
                continue
            }
            if isNumber, scalar == "," || scalar == ".", next == .digit {
                i = nextStart
                continue
            }
            break
        }
        var flags: ProseToken.Flags = spaceBefore ? .spaceBefore : []
        let isUpper = firstScalar.value < 0x80 ? firstScalar.value &- 0x41 < 26 : Self.isUppercase(firstScalar)
        if isUpper { flags.insert(.capitalized) }
        if i < n, text[i] == UInt8(ascii: "."), segmentLength == 1 {
            if dotted {
                i += 1                              // the last period of "U.S."
                flags.insert(.dotted)
            } else if letters == 1, upper == 1, i + 2 < n, text[i + 1] == 0x20,
                      Self.isUppercase(Self.decode(text, at: i + 2).0) {
                i += 1                              // the "R." of "Gerald R. Ford"
                flags.insert(.initial)
            }
        }
        if letters >= 2, upper == letters { flags.insert(.allCaps) }
        var stemEnd = i
        if i - start >= 3, text[i - 1] | 0x20 == UInt8(ascii: "s") {
            if text[i - 2] == UInt8(ascii: "'") {
                stemEnd = i - 2
            } else if i - start >= 5, text[i - 2] == 0x99, text[i - 3] == 0x80, text[i - 4] == 0xE2 {
                stemEnd = i - 4
            }
            if stemEnd != i { flags.insert(.possessive) }
        }
        let key = stemEnd == runEnd ? runKey : WordHash.of(text, start..<stemEnd)
        return ProseToken(
            start: start, end: i, stemEnd: stemEnd, kind: isNumber ? .number : .word, flags: flags,
            scalar: 0, key: key, entry: isNumber ? .none : lexicon.entry(for: key)
        )
    }
}

extension ProseTokenizer {
    enum Category { case letter, digit, space, other }

    static func asciiCategory(_ byte: UInt8) -> Category {
        if byte >= 0x61 && byte <= 0x7A || byte >= 0x41 && byte <= 0x5A { return .letter }
        if byte >= 0x30 && byte <= 0x39 { return .digit }
        if byte == 0x20 || byte >= 0x09 && byte <= 0x0D { return .space }
        return .other
    }

    static func category(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Category {
        let byte = text[index]
        if byte < 0x80 { return asciiCategory(byte) }
        return category(of: decode(text, at: index).0)
    }

    static func category(of scalar: Unicode.Scalar) -> Category {
        let v = scalar.value
        if v < 0x80 { return asciiCategory(UInt8(v)) }
        // Latin-1 and Latin Extended letters ("é", "ñ", "ł"), without × and ÷.
        if v >= 0xC0 && v <= 0x24F { return v == 0xD7 || v == 0xF7 ? .other : .letter }
        // General punctuation: curly quotes, dashes, ellipsis; the spaces among them.
        if v >= 0x2000 && v <= 0x206F {
            return v <= 0x200A || v == 0x202F || v == 0x205F ? .space : .other
        }
        if v == 0xA0 { return .space }
        if v < 0xC0 { return .other }           // "¡", "¿", "«", "»", "©", ...
        let properties = scalar.properties
        if properties.isAlphabetic { return .letter }
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .letter
        case .decimalNumber: return .digit
        default: return .other
        }
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v >= 0xC0 && v <= 0xDE { return v != 0xD7 }
        if v >= 0xDF && v <= 0xFF { return false }
        return hasUppercaseProperty(scalar)
    }

    /// Kept out of line: `Unicode.Scalar.Properties` is a resilient type, and reading it inline
    /// made every call of `word(in:from:firstScalar:spaceBefore:)` look up its metadata and
    /// size a stack slot for it, about 25 instructions a word for a scalar few words reach.
    @inline(never)
    private static func hasUppercaseProperty(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase
    }

    /// True when the letter at `index` is followed by a period: the next step of "U.S." or "p.m.".
    static func isDotAfterOneLetter(_ text: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
        let length = text[index] < 0x80 ? 1 : decode(text, at: index).1
        return index + length < text.count && text[index + length] == UInt8(ascii: ".")
    }

    /// The scalar starting at `index` and its length in bytes; a malformed byte decodes as U+FFFD.
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = text[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let n = text.count
        var value: UInt32
        var length: Int
        if lead & 0xE0 == 0xC0 {
            value = UInt32(lead & 0x1F); length = 2
        } else if lead & 0xF0 == 0xE0 {
            value = UInt32(lead & 0x0F); length = 3
        } else if lead & 0xF8 == 0xF0 {
            value = UInt32(lead & 0x07); length = 4
        } else {
            return ("\u{FFFD}", 1)
        }
        guard index + length <= n else { return ("\u{FFFD}", 1) }
        for k in 1..<length {
            let byte = text[index + k]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
