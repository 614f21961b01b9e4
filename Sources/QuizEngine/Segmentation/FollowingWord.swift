/// The word after a candidate sentence end, past white space and opening quotes or brackets:
/// what kind of character it starts with, and its ASCII letters for the word lists.
struct FollowingWord {
    enum Kind {
        /// Nothing follows: the paragraph ends.
        case end
        /// A capital letter, or something else a sentence can start with: a caseless letter, `#`, `@`.
        case capital
        case lower
        /// A digit or a currency sign ("$7 billion").
        case digit
        /// Anything else: a dash, a bullet, a comma, a symbol. Not a sentence start.
        case other
    }

    let kind: Kind
    /// The first byte of the word.
    let start: Int
    /// End of the run of ASCII letters from `start`.
    let lettersEnd: Int

    init(_ text: UnsafeBufferPointer<UInt8>, after position: Int) {
        let n = text.count
        var i = position
        while i < n, SegmenterBytes.isSpace(text[i]) { i += 1 }
        while i < n {
            let length = SegmenterBytes.openerLength(text, at: i)
            if length == 0 { break }
            i += length
        }
        start = i
        var e = i
        while e < n, SegmenterBytes.isLetter(text[e]) { e += 1 }
        lettersEnd = e
        kind = Self.kind(text, at: i)
    }

    private static func kind(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Kind {
        let n = text.count
        guard i < n else { return .end }
        let c = text[i]
        if SegmenterBytes.isUpper(c) { return .capital }
        if SegmenterBytes.isLower(c) {
            // "iPhone", "eBay": brand names that open sentences in lower case.
            return i + 1 < n && SegmenterBytes.isUpper(text[i + 1]) ? .capital : .lower
        }
        if SegmenterBytes.isDigit(c) || c == UInt8(ascii: "$") { return .digit }
        if c == UInt8(ascii: "#") || c == UInt8(ascii: "@") { return .capital }
        guard c >= 0xC0 else { return .other }
        let (scalar, _) = SegmenterBytes.scalar(text, at: i)
        if scalar == "€" || scalar == "£" || scalar == "¥" { return .digit }
        let properties = scalar.properties
        if properties.isLowercase { return .lower }
        if properties.isUppercase || properties.isAlphabetic { return .capital }
        return .other
    }

    /// The word is ASCII letters only (not the start of "Thé" or "Ana’s").
    private func isWholeASCIIWord(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        lettersEnd > start && (lettersEnd == text.count || text[lettersEnd] < 0x80 || isApostrophe(text, at: lettersEnd))
    }

    private func isApostrophe(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i < text.count && (text[i] == SegmenterBytes.apostrophe || SegmenterBytes.isE2(text, at: i, 0x80, 0x99))
    }

    /// A word that ordinarily opens a sentence ("The", "How", "Did", "Don't"), not a noun or name.
    func isSentenceOpener(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard kind == .capital, isWholeASCIIWord(text) else { return false }
        let word = start..<lettersEnd
        if SentenceWords.openers.contains(text, word) { return true }
        return isApostrophe(text, at: lettersEnd) && SentenceWords.contractionStems.contains(text, word)
    }

    /// Whether the word is in `words` (compared as whole ASCII words).
    func isOne(of words: WordSet, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        isWholeASCIIWord(text) && words.contains(text, start..<lettersEnd)
    }
}
