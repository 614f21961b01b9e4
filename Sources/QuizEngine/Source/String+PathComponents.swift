extension String {
    /// The last non-empty piece between `separator`s ("b" for "a/b/"), or the whole string when
    /// there is none: what `split(separator:).last ?? self[...]` gives.
    ///
    /// Why not `split`: it compares characters and makes every piece, and splitting each article's
    /// path to find its file name was 0.6% of compiling 1,000 articles. An ASCII string is split
    /// here on its bytes, which for ASCII is the same (a character is one byte, the one two-byte
    /// character "\r\n" holds no separator); other text goes through `split` as before, where a
    /// separator followed by a combining mark is not a separator.
    public func lastComponent(separatedBy separator: Unicode.Scalar) -> Substring {
        precondition(separator.isASCII, "an ASCII separator")
        let byte = UInt8(separator.value)
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return split(separator: Character(separator)).last ?? self[...]
        }
        let utf8 = self.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == byte { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return self[...] }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != byte { start = utf8.index(before: start) }
        return self[start..<end]
    }

    /// Whether one of the pieces between `separator`s is `component`: what
    /// `split(separator:).contains(component)` gives, on bytes for ASCII as `lastComponent`.
    ///
    /// The pieces are compared where they stand, between one separator and the next (empty
    /// ones skipped, as `split` skips them): splitting the bytes made an array of pieces for
    /// every article's path, 3,700 instructions a path.
    public func hasComponent(_ component: String, separatedBy separator: Unicode.Scalar) -> Bool {
        precondition(separator.isASCII, "an ASCII separator")
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return split(separator: Character(separator)).contains { $0 == component }
        }
        let byte = UInt8(separator.value)
        let utf8 = self.utf8
        var pieceStart = utf8.startIndex
        var index = utf8.startIndex
        while true {
            let atEnd = index == utf8.endIndex
            if atEnd || utf8[index] == byte {
                if pieceStart < index, utf8[pieceStart..<index].elementsEqual(component.utf8) { return true }
                if atEnd { return false }
                pieceStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
    }
}
