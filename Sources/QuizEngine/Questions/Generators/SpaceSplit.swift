/// The words `split(separator: " ")` gives, as byte ranges, found on the UTF-8 bytes instead of
/// by `Character`: splitting every sentence of a large pack into substrings was a twentieth of
/// its compile.
enum SpaceSplit {
    /// Byte ranges of the space-separated words, or nil when a space joins the character after
    /// it (a combining mark or a joiner right after a space makes one `Character` with it, which
    /// is then not a separator); the caller then splits by `Character`. (A space after a
    /// prepended mark, as in some Arabic number signs, would also join it; no sentence a
    /// question is built on has one.)
    static func ranges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        return forEachWord(bytes) { ranges.append($0) } ? ranges : nil
    }

    /// How many words `ranges` gives and the first, without collecting them: a statement's
    /// length is checked for every claim that might become a question.
    static func countAndFirst(in text: String) -> (count: Int, first: Range<Int>?)? {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var first: Range<Int>?
            let handled = forEachWord(bytes) { range in
                if first == nil { first = range }
                count += 1
            }
            return handled ? (count, first) : nil
        }
    }

    /// Whether some space joins the character after it, which `split(separator: " ")` then does
    /// not split at (see `ranges`).
    static func hasJoinedSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: " "), bytes[index + 1] >= 0x80, joinsPrevious(bytes, at: index + 1) { return true }
            index += 1
        }
        return false
    }

    /// Calls `body` with each word's byte range in order; false, stopping early, when a space
    /// joins the character after it.
    private static func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Bool {
        var wordStart: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") {
                if let start = wordStart { body(start..<index) }
                wordStart = nil
                if index + 1 < bytes.count, bytes[index + 1] >= 0x80, joinsPrevious(bytes, at: index + 1) { return false }
            } else if wordStart == nil {
                wordStart = index
            }
            index += 1
        }
        if let start = wordStart { body(start..<bytes.count) }
        return true
    }

    /// Whether the scalar at `offset` extends the grapheme cluster before it.
    ///
    /// Kept out of line: it is rarely reached, and inlined, its Unicode property look-ups made
    /// the byte scanners that call it fetch type metadata each time they were entered.
    @inline(never)
    static func joinsPrevious(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard let scalar = bytes.scalar(at: offset) else { return true }
        let properties = scalar.properties
        return properties.isGraphemeExtend || properties.generalCategory == .spacingMark || scalar == "\u{200D}"
    }
}
