import Foundation

extension String {
    /// The text with the bytes at `range` (UTF-8 offsets on scalar boundaries) replaced by
    /// `replacement`, built in one buffer.
    ///
    /// Generated statements change one detail of a sentence. Foundation's
    /// `replacingCharacters(in:with:)` goes through `NSString` and UTF-16 and back (10,000
    /// instructions a call), and slicing and concatenating `String`s made three copies; for a
    /// range on scalar boundaries all three give the same scalars. (A bound inside a scalar is
    /// taken as slicing the `String` takes it.)
    func replacingUTF8(_ range: Range<Int>, with replacement: String) -> String {
        var text = self, replacement = replacement
        return text.withUTF8 { bytes in
            func isScalarBoundary(_ offset: Int) -> Bool { offset == bytes.count || bytes[offset] & 0xC0 != 0x80 }
            guard isScalarBoundary(range.lowerBound), isScalarBoundary(range.upperBound) else {
                let utf8 = self.utf8
                let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
                return String(self[..<start]) + replacement + String(self[end...])
            }
            return replacement.withUTF8 { inserted in
                let count = bytes.count - range.count + inserted.count
                return String(unsafeUninitializedCapacity: count) { buffer in
                    var written = 0
                    func append(_ part: UnsafeBufferPointer<UInt8>) {
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[written..<written + part.count]).initialize(from: part)
                        written += part.count
                    }
                    append(UnsafeBufferPointer(rebasing: bytes[..<range.lowerBound]))
                    append(inserted)
                    append(UnsafeBufferPointer(rebasing: bytes[range.upperBound...]))
                    return written
                }
            }
        }
    }

    /// What Foundation's `replacingCharacters(in:with:)` gives for a range of UTF-8 offsets:
    /// spliced on bytes when both bounds are character boundaries (where the two agree),
    /// else through Foundation, which widens a range that cuts through a character.
    func replacingCharacters(utf8 range: Range<Int>, with replacement: String) -> String {
        let utf8 = self.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        guard lower.samePosition(in: self) != nil, upper.samePosition(in: self) != nil else {
            return replacingCharacters(in: lower..<upper, with: replacement)
        }
        return replacingUTF8(range, with: replacement)
    }
}
