/// Splits a paragraph into sentences.
///
/// Works over UTF-8 bytes for speed. Returned ranges are offsets into the given buffer, trimmed
/// of surrounding white space.
public struct SentenceSegmenter: Sendable {
    public init() {}

    public func sentences(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = text.count
        while i < n {
            let c = text[i]
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
                var end = i + 1
                while end < n, text[end] == UInt8(ascii: "\"") || text[end] == UInt8(ascii: ")") { end += 1 }
                if end + 1 < n, text[end] == 0x20, text[end + 1] >= 0x41, text[end + 1] <= 0x5A {
                    result.append(start..<end)
                    start = end + 1
                    i = start
                    continue
                }
            }
            i += 1
        }
        if start < n { result.append(start..<n) }
        return result.compactMap { trimmed($0, in: text) }
    }

    /// Convenience for tests and small inputs.
    public func sentences(in text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { buffer in
            sentences(in: buffer).map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) }
        }
    }

    private func trimmed(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, text[lower] == 0x20 || text[lower] == 0x0A || text[lower] == 0x09 { lower += 1 }
        while upper > lower, text[upper - 1] == 0x20 || text[upper - 1] == 0x0A || text[upper - 1] == 0x09 { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }
}
