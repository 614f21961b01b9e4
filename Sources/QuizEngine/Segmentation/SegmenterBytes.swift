/// Byte-level character classes the segmenter needs, over valid UTF-8.
///
/// The segmenter never builds `Character`s: on news text almost every byte is ASCII, and the few
/// multi-byte characters that matter (curly quotes, dashes, the ellipsis, bullets) are recognised
/// by their fixed UTF-8 encodings. Other non-ASCII letters are decoded to a scalar only where case
/// decides something (is "Él" the start of a sentence?).
enum SegmenterBytes {
    static let period = UInt8(ascii: ".")
    static let exclamation = UInt8(ascii: "!")
    static let question = UInt8(ascii: "?")
    static let space = UInt8(ascii: " ")
    static let apostrophe = UInt8(ascii: "'")
    static let doubleQuote = UInt8(ascii: "\"")
    static let hyphen = UInt8(ascii: "-")
    static let closingParenthesis = UInt8(ascii: ")")
    static let openingParenthesis = UInt8(ascii: "(")

    /// Space, tab, line feed, vertical tab, form feed, carriage return.
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    @inline(__always)
    static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

    /// Whether the three bytes at `i` are `E2 b1 b2` (the encoding of most punctuation we care
    /// about: curly quotes, dashes, the ellipsis, bullets).
    @inline(__always)
    static func isE2(_ text: UnsafeBufferPointer<UInt8>, at i: Int, _ b1: UInt8, _ b2: UInt8) -> Bool {
        i + 2 < text.count && text[i] == 0xE2 && text[i + 1] == b1 && text[i + 2] == b2
    }

    /// "…" (U+2026).
    static func isEllipsisCharacter(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool { isE2(text, at: i, 0x80, 0xA6) }

    /// Length of the closing quote or bracket at `i` (`"`, `'`, `)`, `]`, `”`, `’`, `»`, `›`), or 0.
    static func closerLength(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = text[i]
        if c == doubleQuote || c == apostrophe || c == closingParenthesis || c == UInt8(ascii: "]") { return 1 }
        if c == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0x9D || text[i + 2] == 0x99 || text[i + 2] == 0xBA {
            return 3
        }
        if c == 0xC2, i + 1 < text.count, text[i + 1] == 0xBB { return 2 }
        return 0
    }

    /// Length of the opening quote, bracket or inverted mark at `i` (`"`, `'`, `(`, `[`, `“`, `‘`,
    /// `«`, `‹`, `¿`, `¡`), or 0.
    static func openerLength(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = text[i]
        if c == doubleQuote || c == apostrophe || c == openingParenthesis || c == UInt8(ascii: "[") { return 1 }
        if c == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0x9C || text[i + 2] == 0x98 || text[i + 2] == 0xB9 {
            return 3
        }
        if c == 0xC2, i + 1 < text.count, text[i + 1] == 0xAB || text[i + 1] == 0xBF || text[i + 1] == 0xA1 { return 2 }
        return 0
    }

    /// Whether an em dash (—) or en dash (–) ends just before `end`.
    static func dashEnds(_ text: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        end >= 3 && text[end - 3] == 0xE2 && text[end - 2] == 0x80 && (text[end - 1] == 0x94 || text[end - 1] == 0x93)
    }

    /// Length of a list bullet at `i` (•, ‣, ⁃, ◦, ▪, ●), or 0. Hyphens and asterisks are not
    /// counted: inside a paragraph they are dashes and emphasis far more often than bullets.
    static func bulletLength(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        guard text[i] == 0xE2, i + 2 < text.count else { return 0 }
        switch (text[i + 1], text[i + 2]) {
        case (0x80, 0xA2), (0x80, 0xA3), (0x81, 0x83), (0x97, 0xA6), (0x96, 0xAA), (0x97, 0x8F): return 3
        default: return 0
        }
    }

    /// Whether the character ending just before `end` is a bullet.
    static func bulletEnds(_ text: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        end >= 3 && bulletLength(text, at: end - 3) == 3
    }

    /// The scalar starting at `i` and its length in bytes. Assumes valid UTF-8 (bodies are
    /// decoded and validated before they are segmented).
    static func scalar(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(text[i])
        let n = text.count
        var value: UInt32
        var length: Int
        if lead < 0x80 {
            return (Unicode.Scalar(UInt8(lead)), 1)
        } else if lead < 0xE0 {
            value = lead & 0x1F; length = 2
        } else if lead < 0xF0 {
            value = lead & 0x0F; length = 3
        } else {
            value = lead & 0x07; length = 4
        }
        guard i + length <= n else { return ("\u{FFFD}", 1) }
        for k in 1..<length { value = value << 6 | UInt32(text[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
