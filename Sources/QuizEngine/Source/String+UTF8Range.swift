extension String {
    /// The text at a range of UTF-8 offsets: claims, words and passages record their spans that
    /// way.
    func utf8Slice(_ range: Range<Int>) -> Substring {
        let utf8 = self.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return self[start..<utf8.index(start, offsetBy: range.count)]
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The scalar whose UTF-8 encoding starts at `offset`, or nil where none does (past the end,
    /// or a byte that does not start a valid sequence).
    func scalar(at offset: Int) -> Unicode.Scalar? {
        guard offset >= 0, offset < count else { return nil }
        var decoder = UTF8()
        var iterator = self[offset...].makeIterator()
        guard case let .scalarValue(scalar) = decoder.decode(&iterator) else { return nil }
        return scalar
    }
}
