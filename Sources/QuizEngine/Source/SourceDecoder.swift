#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of an input file into a `SourceFile`, or says precisely why it cannot.
///
/// Input files are untrusted: they may hold invalid UTF-8, a byte-order mark, Windows line ends or
/// NUL bytes. Invalid UTF-8 is rejected (with the line and column of the first bad byte) rather
/// than silently replaced, because a quote that no longer matches its article is worse than a
/// clear error.
public enum SourceDecoder {
    public enum Failure: Error, Equatable, Sendable {
        /// The first byte that is not valid UTF-8, and where it is.
        case invalidUTF8(byte: UInt8, line: Int, column: Int)
        /// A NUL byte: the file is binary, not text.
        case binary(line: Int, column: Int)
    }

    /// Whether decoding would leave these bytes as they are apart from checking them: no
    /// byte-order mark to drop, no carriage return to fold, no NUL to refuse. (Whether they are
    /// valid UTF-8 is left to the caller, which reads them anyway.) A reader that handles such
    /// bytes itself can skip building the text, which only diagnostics need.
    public static func leavesUnchanged(_ bytes: [UInt8]) -> Bool {
        !hasByteOrderMark(bytes[...]) && firstIndex(of: UInt8(ascii: "\r"), in: bytes[...]) == nil
            && firstIndex(of: 0, in: bytes[...]) == nil
    }

    private static func hasByteOrderMark(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.starts(with: [0xEF, 0xBB, 0xBF])
    }

    public static func decode(path: String, bytes: [UInt8]) -> Result<SourceFile, Failure> {
        let start = hasByteOrderMark(bytes[...]) ? 3 : 0
        let body = bytes[start...]
        // The common case (valid text) in fast passes: a copy into the string's storage (on huge
        // pages), the standard library's validation, a `memcmp` and two `memchr`s. The
        // byte-by-byte search for the first bad byte runs only when there is one, to say where.
        guard var text = validText(body) else {
            let bad = firstInvalidUTF8(body) ?? body.startIndex
            let (line, column) = position(of: bad, in: body)
            return .failure(.invalidUTF8(byte: body[bad], line: line, column: column))
        }
        if let nul = firstIndex(of: 0, in: body) {
            let (line, column) = position(of: nul, in: body)
            return .failure(.binary(line: line, column: column))
        }
        if firstIndex(of: UInt8(ascii: "\r"), in: body) != nil {
            text = text.replacingCRLF()
        }
        return .success(SourceFile(path: path, text: text))
    }

    /// The bytes as a string, or nil if they are not valid UTF-8. The string is built in storage
    /// advised onto huge pages; the standard library repairs invalid UTF-8 as it builds a string,
    /// so a repair shows as bytes that differ from the input.
    private static func validText(_ bytes: ArraySlice<UInt8>) -> String? {
        let count = bytes.count
        return bytes.withUnsafeBufferPointer { source -> String? in
            guard let sourceBase = source.baseAddress, count > 0 else { return "" }
            let text = String(unsafeUninitializedCapacity: count) { buffer in
                MemoryAdvice.preferHugePages(buffer.baseAddress, byteCount: count)
                buffer.baseAddress!.initialize(from: sourceBase, count: count)
                return count
            }
            var copy = text
            let unchanged = copy.withUTF8 { $0.count == count && memcmp($0.baseAddress!, sourceBase, count) == 0 }
            return unchanged ? text : nil
        }
    }

    /// `memchr` over a slice: tens of megabytes per millisecond, where a Swift loop does one.
    private static func firstIndex(of byte: UInt8, in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBytes { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base, Int32(byte), buffer.count) else { return nil }
            return bytes.startIndex + (UnsafeRawPointer(found) - base)
        }
    }

    /// Index of the first byte of an invalid UTF-8 sequence, if any.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minSecond: UInt8 = 0x80, maxSecond: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; minSecond = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; maxSecond = 0x9F
            case 0xF0: length = 4; minSecond = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; maxSecond = 0x8F
            default: return i
            }
            guard i + length <= end else { return i }
            let second = bytes[i + 1]
            guard second >= minSecond, second <= maxSecond else { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    /// 1-based line and column (columns counted in characters of the valid prefix) of a byte index.
    private static func position(of index: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        for i in bytes.startIndex..<index where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        let prefix = String(decoding: bytes[lineStart..<index], as: UTF8.self)
        return (line, prefix.count + 1)
    }
}

private extension String {
    /// CRLF and lone CR become LF. Done on bytes: `String.replacing` treats "\r\n" as one
    /// character and would need two passes.
    func replacingCRLF() -> String {
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if byte == UInt8(ascii: "\r") {
                out.append(UInt8(ascii: "\n"))
                previousWasCR = true
                continue
            }
            if byte == UInt8(ascii: "\n"), previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
