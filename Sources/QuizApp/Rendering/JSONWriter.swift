import QuizEngine

/// Writes JSON into a byte buffer, streaming.
///
/// Hand-written because `passages --format json` on a 30 MB article must finish in a fraction
/// of a second, and `JSONEncoder` spends most of that building intermediate containers. Output
/// is compact, keys in the order written, strings escaped per RFC 8259 (control characters as
/// `\uXXXX`, so escape sequences in articles never reach a terminal raw).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the next value in the current container needs a comma before it.
    private var needsComma = false

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    mutating func beginObject() { separator(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma = true }
    mutating func beginArray() { separator(); bytes.append(UInt8(ascii: "[")); needsComma = false }
    mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma = true }

    mutating func key(_ name: String) {
        separator()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func string(_ value: some StringProtocol) { separator(); appendString(value); needsComma = true }
    mutating func int(_ value: Int) {
        separator()
        appendDecimal(value)
        needsComma = true
    }

    mutating func bool(_ value: Bool) { separator(); bytes.append(contentsOf: (value ? "true" : "false").utf8); needsComma = true }
    mutating func null() { separator(); bytes.append(contentsOf: "null".utf8); needsComma = true }

    mutating func double(_ value: Double) {
        separator()
        if !value.isFinite {
            bytes.append(contentsOf: "null".utf8)
        } else if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else {
            bytes.append(contentsOf: "\(value)".utf8)
        }
        needsComma = true
    }

    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Makes room for `count` more bytes.
    mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
        let capacity = bytes.capacity
        bytes.withUnsafeBufferPointer { MemoryAdvice.preferHugePages($0.baseAddress, byteCount: capacity) }
    }

    /// A newline at the end of the document.
    mutating func newline() { bytes.append(0x0A) }

    private mutating func separator() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Digits of an integer, written directly: `String(value)` per number adds up over the
    /// hundreds of thousands of passages of a large article.
    private mutating func appendDecimal(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }

    private mutating func appendString(_ value: some StringProtocol) {
        var copy = String(value)
        copy.withUTF8 { appendEscaped($0) }
    }

    private mutating func appendString(_ value: String) {
        var copy = value
        copy.withUTF8 { appendEscaped($0) }
    }

    private static func put(_ text: StaticString, at cursor: inout UnsafeMutablePointer<UInt8>) {
        cursor.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        cursor += text.utf8CodeUnitCount
    }

    private static func put(_ bytes: UnsafeBufferPointer<UInt8>, at cursor: inout UnsafeMutablePointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        cursor.update(from: base, count: bytes.count)
        cursor += bytes.count
    }

    /// Decimal digits of `value`, counted first and then written from the last one back: divisions
    /// by the constant 10 compile to multiplications.
    private static func putDecimal(_ value: Int, at cursor: inout UnsafeMutablePointer<UInt8>) {
        if value < 0 {
            cursor.pointee = UInt8(ascii: "-")
            cursor += 1
        }
        var rest = value.magnitude
        var count = 1
        var scale = rest
        while scale >= 10 {
            scale /= 10
            count += 1
        }
        var digit = cursor + count
        repeat {
            digit -= 1
            digit.pointee = UInt8(truncatingIfNeeded: rest % 10) + 0x30
            rest /= 10
        } while rest > 0
        cursor += count
    }

    /// Whether `bytes` can go into a JSON string as they are: no control character, quote,
    /// backslash or DEL. For short texts such as passage ids.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstByteNeedingEscape(bytes) == bytes.count
    }

    /// `{"id":…,"paragraph":…,"sentence":…,"text":…}` for one passage: exactly what
    /// `beginObject`, `key`, `int`, `string` and `endObject` write, in three appends instead of
    /// fifteen (a 30 MB article has two hundred thousand passages).
    mutating func passageObject(_ passage: Passage) {
        var id = passage.id
        let written = id.withUTF8 { id -> Bool in
            guard id.count <= 40, Self.isPlain(id) else { return false }
            separator()
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 160) { buffer in
                let start = buffer.baseAddress!
                var cursor = start
                Self.put("{\"id\":\"", at: &cursor)
                Self.put(id, at: &cursor)
                Self.put("\",\"paragraph\":", at: &cursor)
                Self.putDecimal(passage.paragraph, at: &cursor)
                Self.put(",\"sentence\":", at: &cursor)
                Self.putDecimal(passage.sentence, at: &cursor)
                Self.put(",\"text\":\"", at: &cursor)
                bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: cursor - start))
            }
            return true
        }
        guard written else {
            beginObject()
            key("id"); string(passage.id)
            key("paragraph"); int(passage.paragraph)
            key("sentence"); int(passage.sentence)
            key("text"); string(passage.text)
            endObject()
            return
        }
        var text = passage.text
        text.withUTF8 { appendEscapedContent($0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// A JSON string literal of `source`, copied in runs between the bytes that need an escape;
    /// the runs are found eight bytes at a time (see `JSONEscapeScan`).
    private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        appendEscapedContent(source)
        bytes.append(UInt8(ascii: "\""))
    }

    /// The inside of a JSON string literal of `source`.
    private mutating func appendEscapedContent(_ source: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        while runStart < source.count {
            let rest = UnsafeBufferPointer(rebasing: source[runStart...])
            let escape = runStart + Self.firstByteNeedingEscape(rest)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<escape]))
            guard escape < source.count else { break }
            appendEscape(for: source[escape])
            runStart = escape + 1
        }
    }

    private mutating func appendEscape(for byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
            bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30,
                                      Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]])
        }
    }

    /// What this writer escapes: control characters, `"`, backslash and DEL; `/` is left as it
    /// is. The scan is the engine's, shared with the pack writer.
    private static let escapes = JSONEscapeScan(slash: false, delete: true)

    /// The offset of the first byte that needs an escape, or `source.count` when there is none.
    private static func firstByteNeedingEscape(_ source: UnsafeBufferPointer<UInt8>) -> Int {
        escapes.firstEscape(in: source)
    }
}

extension JSONWriter {
    /// `{"articles":[{"id","title","outlet","published","passages":[{"id","paragraph","sentence","text"}]}]}`
    ///
    /// With `output`, the document is handed to it a megabyte at a time as it is written instead
    /// of being held whole: for 30 MB of news the whole document was 45 MB more memory to fault
    /// in, and on the test machine the kernel zeroing fresh pages was the largest cost of
    /// `factquiz passages`.
    mutating func articlesDocument(_ articles: [Article], output: ((UnsafeRawBufferPointer) -> Void)? = nil) {
        if output != nil {
            reserve(Self.chunkBytes + (1 << 16))
        } else {
            // Reserve what the document will take (text, a little for escapes, and up to 72
            // bytes of keys and numbers per passage), so a 30 MB article is not copied again each
            // time the buffer doubles. Reserved but unused memory is never touched.
            var estimate = 256
            for article in articles {
                estimate += 256 + article.metadata.title.utf8.count * 2
                for passage in article.passages {
                    let length = passage.text.utf8.count
                    estimate += length + length / 16 + 72
                }
            }
            reserve(estimate)
        }
        beginObject()
        key("articles")
        beginArray()
        for article in articles {
            beginObject()
            key("id"); string(article.id)
            key("title"); string(article.metadata.title)
            key("outlet"); optionalString(article.metadata.outlet)
            key("published"); optionalString(article.metadata.published?.description)
            key("passages")
            beginArray()
            for passage in article.passages {
                passageObject(passage)
                if let output, bytes.count >= Self.chunkBytes { flush(to: output) }
            }
            endArray()
            endObject()
        }
        endArray()
        endObject()
        newline()
        if let output { flush(to: output) }
    }

    /// How much of a streamed document is gathered before it is handed on.
    static let chunkBytes = 1 << 20

    /// Hands what has been written so far to `output` and starts again with an empty buffer
    /// (its storage kept).
    mutating func flush(to output: (UnsafeRawBufferPointer) -> Void) {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes(output)
        bytes.removeAll(keepingCapacity: true)
    }
}
