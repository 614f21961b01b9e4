#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of one input file and the path it is reported under.
///
/// Everything the compiler reports points into a `SourceFile`. The model keeps UTF-8 offsets
/// (cheap to compute while scanning bytes); line and column are derived only when a location is
/// shown to a person, from the line table built here once.
public struct SourceFile: Sendable {
    /// The path as the user gave it, used verbatim in diagnostics.
    public let path: String
    /// The decoded text, with a byte-order mark removed and CRLF / CR line ends turned into LF,
    /// so that offsets, passages and quotes never see a stray carriage return.
    public let text: String
    /// UTF-8 offset of the first byte of each line.
    private let lineStarts: [Int]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        var copy = text
        self.lineStarts = copy.withUTF8(Self.lineStarts)
    }

    /// Offsets of the line starts, found with `memchr`: an input can be a 30 MB article, and a
    /// byte loop over it costs more than everything else the reader does per line.
    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        guard let base = bytes.baseAddress else { return starts }
        var offset = 0
        while offset < bytes.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), bytes.count - offset) {
            offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            starts.append(offset)
        }
        return starts
    }

    /// The number of lines (a file ending in a newline has an empty last line that is not counted).
    public var lineCount: Int {
        lineStarts.last == text.utf8.count && lineStarts.count > 1 ? lineStarts.count - 1 : lineStarts.count
    }

    /// Line (1-based) and column (1-based, counted in characters, the way an author counts
    /// "é" or "’" as one) of a UTF-8 offset. Offsets past the end clamp to the end.
    public func location(at utf8Offset: Int) -> SourceLocation {
        let offset = max(0, min(utf8Offset, text.utf8.count))
        let lineIndex = Self.lastIndex(in: lineStarts, notAbove: offset)
        let lineStart = lineStarts[lineIndex]
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: lineStart)
        let to = utf8.index(utf8.startIndex, offsetBy: offset)
        // ASCII before the offset on its line (and at it, so that no mark combines with the last
        // byte) is a character a byte, a line holding no "\r\n": counted without walking
        // characters, as most columns are.
        let ascii = utf8[from..<to].allSatisfy { $0 < 0x80 } && (to == utf8.endIndex || utf8[to] < 0x80)
        let column = (ascii ? offset - lineStart : text[from..<to].count) + 1
        return SourceLocation(file: path, offset: offset, line: lineIndex + 1, column: column)
    }

    /// The UTF-8 offset of a 1-based line and character column, if it exists.
    public func offset(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let lineText = self.line(line)
        var index = lineText.startIndex
        for _ in 1..<column {
            guard index < lineText.endIndex else { return nil }
            index = lineText.index(after: index)
        }
        return text.utf8.distance(from: text.utf8.startIndex, to: index)
    }

    /// The text of a 1-based line, without its newline.
    public func line(_ number: Int) -> Substring {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[number - 1])
        var end = number < lineStarts.count
            ? utf8.index(utf8.startIndex, offsetBy: lineStarts[number] - 1)
            : utf8.endIndex
        if end < start { end = start }
        return text[start..<end]
    }

    private static func lastIndex(in sorted: [Int], notAbove value: Int) -> Int {
        var low = 0, high = sorted.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sorted[mid] <= value { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
