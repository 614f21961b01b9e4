/// Splits a sentence into words, numbers and punctuation marks, in one pass over its UTF-8 bytes.
///
/// What counts as one word is what a name or title needs: "Mar-a-Lago" and "35-year-old" keep
/// their hyphens, "Maduro’s" its apostrophe (flagged possessive), "U.S." and "D.C." their
/// periods, the "R." of "Gerald R. Ford" its period. "Sen." is a word and a separate period:
/// whether that period ends a sentence is the segmenter's business, not ours. Everything else
/// that is not a letter, a digit or white space is a one-scalar punctuation token, curly quotes
/// and dashes included.
struct ProseTokenizer: Sendable {
    let lexicon: ProseLexicon

    init(lexicon: ProseLexicon = .shared) {
        self.lexicon = lexicon
    }

    func tokens(in bytes: [UInt8]) -> [ProseToken] {
        bytes.withUnsafeBufferPointer { tokens(in: $0) }
    }

    func tokens(in text: UnsafeBufferPointer<UInt8>) -> [ProseToken] {
        var tokens: [ProseToken] = []
        tokens.reserveCapacity(text.count / 5)
        let n = text.count
        var i = 0
        var spaceBefore = true
        while i < n {
            let byte = text[i]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                spaceBefore = true
                i += 1
                continue
            }
            let (scalar, length) = Self.decode(text, at: i)
            let kind = Self.category(of: scalar)
            if kind == .space {
                spaceBefore = true
                i += length
                continue
            }
            if kind == .other {
                tokens.append(ProseToken(
                    start: i, end: i + length, stemEnd: i + length, kind: .punctuation,
                    flags: spaceBefore ? .spaceBefore : [], scalar: scalar.value, key: 0, classes: []
                ))
                spaceBefore = false
                i += length
                continue
            }
            tokens.append(word(in: text, from: i, firstScalar: scalar, spaceBefore: spaceBefore))
            i = tokens[tokens.count - 1].end
            spaceBefore = false
        }
        return tokens
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
        while i < n {
            let (scalar, length) = Self.decode(text, at: i)
            let category = Self.category(of: scalar)
            if category == .letter || category == .digit {
                if category == .letter {
                    letters += 1
                    if Self.isUppercase(scalar) { upper += 1 }
                }
                segmentLength += 1
                i += length
                continue
            }
            let nextStart = i + length
            let next = nextStart < n ? Self.category(of: Self.decode(text, at: nextStart).0) : .space
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
        if Self.isUppercase(firstScalar) { flags.insert(.capitalized) }
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
        let key = WordHash.of(text, start..<stemEnd)
        return ProseToken(
            start: start, end: i, stemEnd: stemEnd, kind: isNumber ? .number : .word, flags: flags,
            scalar: 0, key: key, classes: isNumber ? [] : lexicon.classes(of: key)
        )
    }
}

extension ProseTokenizer {
    enum Category { case letter, digit, space, other }

    /// Categories of the ASCII bytes, looked up rather than computed in the inner loop.
    static let asciiCategories: [Category] = (0..<128).map { v in
        if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { return .letter }
        if v >= 0x30 && v <= 0x39 { return .digit }
        if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C { return .space }
        return .other
    }

    static func category(of scalar: Unicode.Scalar) -> Category {
        let v = scalar.value
        if v < 0x80 { return asciiCategories[Int(v)] }
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
        return scalar.properties.isUppercase
    }

    /// True when the letter at `index` is followed by a period: the next step of "U.S." or "p.m.".
    static func isDotAfterOneLetter(_ text: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
        let (_, length) = decode(text, at: index)
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
