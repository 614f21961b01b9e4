/// A sentence cut into `Token`s by one pass over its UTF-8 bytes.
///
/// Shared by every claim recognizer (`SentenceContext.tokens`), so a sentence is scanned once
/// however many recognizers read it. The rules:
/// - white space (including no-break and thin spaces) separates tokens and is not a token;
/// - a number is digits with inner "," before exactly three digits ("1,234") and inner "."
///   before a digit ("1.5", "13.5.2015"): "12,2016" is `12` `,` `2016`, "1, 234" is three tokens;
/// - letters and digits written together are separate tokens without `spaceBefore`
///   ("3h", "21st", "april22", "F-35"), so grammars decide what they mean;
/// - a possessive "’s" / "'s" is its own word token (`key` is `'s` for both apostrophes);
/// - currency signs, "%", "+", "#" and vulgar fractions are symbols; other marks punctuation;
/// - everything from "http:", "https:" or "www." to the next white space is marked `inLink`.
public struct SentenceTokens: Sendable {
    public let text: String
    // Settable only to hand the arrays on to the next sentence (`handOver(to:)`).
    public private(set) var tokens: [Token]
    /// The sentence's UTF-8 bytes, which token ranges index.
    public private(set) var bytes: [UInt8]

    public init(_ text: String) {
        var buffers = SentenceBuffers()
        self.init(text, buffers: &buffers)
    }

    /// Tokenizes `text` into arrays taken from `buffers` (see `SentenceBuffers`).
    init(_ text: String, buffers: inout SentenceBuffers) {
        self.text = text
        var bytes = SentenceBuffers.take(&buffers.bytes)
        // Copied from the string's contiguous storage in one go: appending the `UTF8View`
        // itself cost 270 instructions a sentence.
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
        var tokens = SentenceBuffers.take(&buffers.tokens)
        // Prose has a token every five or six bytes: one per three bytes holds a sentence
        // without growing (a huge one grows as it goes).
        tokens.reserveCapacity(min(bytes.count / 3 + 16, 8_192))
        bytes.withUnsafeBufferPointer { SentenceTokens.tokenize($0, into: &tokens) }
        self.bytes = bytes
        self.tokens = tokens
    }

    /// Moves the token and byte arrays into `buffers` for the next sentence, leaving this
    /// sentence the buffers' emptied ones (see `SentenceBuffers.reclaim(from:)`).
    mutating func handOver(to buffers: inout SentenceBuffers) {
        swap(&tokens, &buffers.tokens)
        swap(&bytes, &buffers.bytes)
    }

    public var count: Int { tokens.count }
    public var isEmpty: Bool { tokens.isEmpty }
    public var indices: Range<Int> { tokens.indices }

    public subscript(index: Int) -> Token { tokens[index] }

    /// The exact text of tokens `range` (from the first's start to the last's end).
    public func text(of range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(bytes: tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }

    /// The text of a UTF-8 offset range of the sentence.
    public func text(bytes range: Range<Int>) -> String {
        String(text.utf8Slice(range))
    }

    /// True when token `index` ends with `suffix` (lowercase ASCII), any case, without
    /// building a string: "minutes" ends with "s", "lasting" with "ing".
    public func hasSuffix(_ index: Int, _ suffix: StaticString) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let range = tokens[index].range
        let count = suffix.utf8CodeUnitCount
        guard range.count >= count else { return false }
        let start = suffix.utf8Start
        for offset in 0..<count where bytes[range.upperBound - count + offset] | 0x20 != start[offset] {
            return false
        }
        return true
    }

    /// The token's text folded to lowercase.
    public func lowercased(_ index: Int) -> String { text(of: index..<index + 1).lowercased() }

    /// True when token `index` exists and is the word `word` (lowercase ASCII), any case.
    @inline(__always)
    public func isWord(_ index: Int, _ word: FoldedWordKey) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word && tokens[index].key == word
    }

    /// True when token `index` exists and is this punctuation mark or symbol.
    @inline(__always)
    public func isMark(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].isMark(mark)
    }

    /// True when token `index` exists and is written against the token before it.
    @inline(__always)
    public func isAttached(_ index: Int) -> Bool {
        index > 0 && index < tokens.count && !tokens[index].spaceBefore
    }
}

extension SentenceTokens {
    static let possessiveKey = FoldedWordKey("'s")

    /// Appends the tokens of `bytes` to `output`.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [Token]) {
        var lastKind: Token.Kind?       // the kind of the last token, which a possessive "’s" must follow
        func append(_ token: Token) {
            output.append(token)
            lastKind = token.kind
        }
        let n = bytes.count
        var i = 0
        var spaceBefore = true
        var inLink = false
        while i < n {
            let byte = bytes[i]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                spaceBefore = true
                inLink = false
                i += 1
                continue
            }
            if spaceBefore, byte | 0x20 == 0x68 || byte | 0x20 == 0x77 { inLink = startsLink(bytes, at: i) }
            let start = i
            if isDigit(byte) {
                i = numberEnd(bytes, from: i)
                append(Token(
                    kind: .number, range: start..<i, key: FoldedWordKey(bytes, start..<i), spaceBefore: spaceBefore,
                    isCapitalized: false, scalar: 0, inLink: inLink
                ))
            } else if isASCIILetter(byte) {
                // Plain ASCII letters are found first and keyed whole (`asciiLetterKey`); an
                // apostrophe or a non-ASCII letter sends the word down the general path.
                var end = asciiLetterRunEnd(bytes, from: i + 1)
                let key: FoldedWordKey
                if end < n, bytes[end] >= 0x80 || bytes[end] == 0x27 {
                    end = wordEnd(bytes, from: i)
                    key = FoldedWordKey(bytes, start..<end)
                } else {
                    key = asciiLetterKey(bytes, start..<end)
                }
                i = end
                append(Token(
                    kind: .word, range: start..<i, key: key, spaceBefore: spaceBefore,
                    isCapitalized: byte <= 0x5A, scalar: 0, inLink: inLink
                ))
            } else if byte < 0x80 {
                if byte == 0x27, let end = possessiveEnd(bytes, from: i, apostropheLength: 1, after: lastKind, spaceBefore: spaceBefore) {
                    append(Token(
                        kind: .word, range: start..<end, key: possessiveKey, spaceBefore: false,
                        isCapitalized: false, scalar: 0, inLink: inLink
                    ))
                    i = end
                } else {
                    let kind: Token.Kind = isSymbol(byte) ? .symbol : .punctuation
                    i += 1
                    append(Token(
                        kind: kind, range: start..<i, key: .unrepresentable, spaceBefore: spaceBefore,
                        isCapitalized: false, scalar: UInt32(byte), inLink: inLink
                    ))
                }
            } else {
                let (scalar, length) = decode(bytes, at: i)
                switch classify(scalar) {
                case .space:
                    spaceBefore = true
                    inLink = false
                    i += length
                    continue
                case .letter:
                    i = wordEnd(bytes, from: i)
                    let isUpper = Unicode.Scalar(scalar)?.properties.isUppercase ?? false
                    append(Token(
                        kind: .word, range: start..<i, key: FoldedWordKey(bytes, start..<i), spaceBefore: spaceBefore,
                        isCapitalized: isUpper, scalar: 0, inLink: inLink
                    ))
                case .symbol, .punctuation:
                    if scalar == 0x2019, let end = possessiveEnd(bytes, from: i, apostropheLength: length, after: lastKind, spaceBefore: spaceBefore) {
                        append(Token(
                            kind: .word, range: start..<end, key: possessiveKey, spaceBefore: false,
                            isCapitalized: false, scalar: 0, inLink: inLink
                        ))
                        i = end
                    } else {
                        i += length
                        append(Token(
                            kind: classify(scalar) == .symbol ? .symbol : .punctuation, range: start..<i,
                            key: .unrepresentable, spaceBefore: spaceBefore, isCapitalized: false,
                            scalar: scalar, inLink: inLink
                        ))
                    }
                }
            }
            spaceBefore = false
        }
    }

    /// The key of `bytes[range]`, every byte of which is an ASCII letter, from one or two
    /// 8-byte loads that stay inside the sentence.
    ///
    /// Packing each letter into the key while scanning it took 17 instructions a letter, a third
    /// of tokenizing a sentence; finding the run first and loading it whole takes 10 a letter
    /// and a few a word (`tokenize` went from 41.1M to 36.6M instructions on 1,000 articles).
    /// Every byte is a letter, so `| 0x20` lower-cases all of them, as
    /// `FoldedWordKey.init(_:_:)` does (a test compares the two on every range of a run).
    /// A word's last eight bytes are loaded from its end and shifted down, which needs no mask
    /// and no room after the word; only a sentence shorter than eight bytes is read byte by byte.
    @inline(__always)
    static func asciiLetterKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> FoldedWordKey {
        let count = range.count
        let lowerCase: UInt64 = 0x2020_2020_2020_2020
        guard count <= FoldedWordKey.maximumLength else { return .unrepresentable }
        let base = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
        func load(_ offset: Int) -> UInt64 { UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        if count > 8 {
            // Both loads lie inside the word: the first eight letters, and the last eight.
            let high = (load(range.upperBound &- 8) | lowerCase) &>> UInt64(8 &* (16 &- count))
            return FoldedWordKey(low: load(range.lowerBound) | lowerCase, high: high)
        }
        if range.upperBound >= 8 {
            return FoldedWordKey(low: (load(range.upperBound &- 8) | lowerCase) &>> UInt64(8 &* (8 &- count)), high: 0)
        }
        if range.lowerBound &+ 8 <= bytes.count {
            // A short word at the start of the sentence: loaded from its start, the bytes after it masked off.
            return FoldedWordKey(low: (load(range.lowerBound) | lowerCase) & (UInt64.max &>> UInt64(8 &* (8 &- count))), high: 0)
        }
        return FoldedWordKey(bytes, range)
    }

    /// The end of the run of ASCII letters starting at `start`, tested eight bytes at a time.
    ///
    /// A letter a step took 10 instructions; a word of up to eight letters is now one load
    /// and a dozen operations (`tokenize`: 36.6M -> 33.9M instructions on 1,000 articles). The
    /// byte-by-byte loop reads the last few bytes of a sentence (a test compares the two at
    /// every position of varied bytes).
    @inline(__always)
    static func asciiLetterRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        var i = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i &+ 8 <= n {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let others = nonLetterBytes(word)
                if others != 0 { return i &+ others.trailingZeroBitCount &>> 3 }
                i &+= 8
            }
        }
        while i < n, isASCIILetter(bytes[i]) { i += 1 }
        return i
    }

    /// The high bit of each byte of `word` that is not an ASCII letter (the eight bytes as in
    /// memory, little-endian).
    ///
    /// `| 0x20` folds capitals onto 0x61...0x7A, as `isASCIILetter` does; below the high bit,
    /// adding 0x1F sets bit 7 from 0x61 on and adding 0x05 from 0x7B on, without carrying into
    /// the next byte; a byte with its own high bit set is not ASCII.
    @inline(__always)
    static func nonLetterBytes(_ word: UInt64) -> UInt64 {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let folded = word | 0x2020_2020_2020_2020
        let low = folded & ~highBits
        let atLeastA = low &+ 0x1F1F_1F1F_1F1F_1F1F
        let pastZ = low &+ 0x0505_0505_0505_0505
        let letters = atLeastA & ~pastZ & ~folded & highBits
        return letters ^ highBits
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// "$", "%", "#", "+", "~", "&", "@" stand for words; the rest of ASCII is punctuation.
    @inline(__always) static func isSymbol(_ byte: UInt8) -> Bool {
        byte == 0x24 || byte == 0x25 || byte == 0x23 || byte == 0x2B || byte == 0x7E || byte == 0x26 || byte == 0x40
    }

    /// Digits, then any number of "," + exactly three digits or "." + digits.
    static func numberEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        var i = start
        while i < n, isDigit(bytes[i]) { i += 1 }
        while i + 1 < n {
            let separator = bytes[i]
            if separator == 0x2C {
                guard i + 3 < n, isDigit(bytes[i + 1]), isDigit(bytes[i + 2]), isDigit(bytes[i + 3]) else { break }
                if i + 4 < n, isDigit(bytes[i + 4]) { break }
                i += 4
            } else if separator == 0x2E, isDigit(bytes[i + 1]) {
                i += 1
                while i < n, isDigit(bytes[i]) { i += 1 }
            } else {
                break
            }
        }
        return i
    }

    /// Letters of any script, with an inner apostrophe followed by a letter ("don't", "O'Neill"),
    /// but not a possessive "’s" at the end.
    static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        var i = start
        while i < n {
            let byte = bytes[i]
            if isASCIILetter(byte) {
                i += 1
            } else if byte >= 0x80 {
                let (scalar, length) = decode(bytes, at: i)
                if classify(scalar) == .letter {
                    i += length
                } else if scalar == 0x2019, i > start, isInnerApostrophe(bytes, at: i + length) {
                    i += length
                } else {
                    break
                }
            } else if byte == 0x27, i > start, isInnerApostrophe(bytes, at: i + 1) {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    /// An apostrophe followed by a letter continues the word, unless it is a possessive "s".
    private static func isInnerApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at next: Int) -> Bool {
        guard next < bytes.count, isASCIILetter(bytes[next]) || bytes[next] >= 0xC3 else { return false }
        if bytes[next] | 0x20 == 0x73 {
            let after = next + 1
            return after < bytes.count && (isASCIILetter(bytes[after]) || bytes[after] >= 0xC3)
        }
        return true
    }

    /// The end of "’s" right after a word, or nil.
    private static func possessiveEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from i: Int, apostropheLength: Int, after previous: Token.Kind?, spaceBefore: Bool
    ) -> Int? {
        guard !spaceBefore, previous == .word || previous == .number else { return nil }
        let s = i + apostropheLength
        guard s < bytes.count, bytes[s] | 0x20 == 0x73 else { return nil }
        if s + 1 < bytes.count, isASCIILetter(bytes[s + 1]) || bytes[s + 1] >= 0xC3 { return nil }
        return s + 1
    }

    private static func startsLink(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        func lower(_ k: Int) -> UInt8 { k < bytes.count ? bytes[k] | 0x20 : 0 }
        if lower(i) == 0x68, lower(i + 1) == 0x74, lower(i + 2) == 0x74, lower(i + 3) == 0x70 {
            return (i + 4 < bytes.count && bytes[i + 4] == 0x3A) || (lower(i + 4) == 0x73 && i + 5 < bytes.count && bytes[i + 5] == 0x3A)
        }
        return lower(i) == 0x77 && lower(i + 1) == 0x77 && lower(i + 2) == 0x77 && i + 3 < bytes.count && bytes[i + 3] == 0x2E
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = bytes[i]
        let n = bytes.count
        if lead < 0xE0, i + 1 < n {
            return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if lead < 0xF0, i + 2 < n {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if i + 3 < n {
            let value = (UInt32(lead & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
                | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F)
            return (value, 4)
        }
        return (0xFFFD, 1)
    }

    enum ScalarClass { case space, letter, symbol, punctuation }

    /// How a non-ASCII scalar tokenises. Letters are the default, so accented names and other
    /// scripts stay words; the listed ranges are the marks news text actually uses.
    static func classify(_ scalar: UInt32) -> ScalarClass {
        switch scalar {
        case 0x00A0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return .space
        case 0x00A2...0x00A5, 0x20A0...0x20CF, 0x5143, 0x5186, 0x00BC...0x00BE, 0x2150...0x215F, 0x00B0:
            return .symbol
        case 0x00A1, 0x00A6...0x00BB, 0x00BF, 0x00D7, 0x00F7, 0x2010...0x205E, 0x2190...0x23FF,
             0x2500...0x27BF, 0x3001...0x303F, 0xFF01...0xFF0F, 0xFFFD:
            return .punctuation
        default:
            return .letter
        }
    }
}
