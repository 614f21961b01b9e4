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
    mutating func int(_ value: Int) { separator(); bytes.append(contentsOf: String(value).utf8); needsComma = true }
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

    /// A newline at the end of the document.
    mutating func newline() { bytes.append(0x0A) }

    private mutating func separator() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func appendString(_ value: some StringProtocol) {
        bytes.append(UInt8(ascii: "\""))
        var copy = String(value)
        copy.withUTF8 { source in
            var runStart = 0
            for i in 0..<source.count {
                let byte = source[i]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i]))
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30,
                                              Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]])
                }
                runStart = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

extension JSONWriter {
    /// `{"articles":[{"id","title","outlet","published","passages":[{"id","paragraph","sentence","text"}]}]}`
    mutating func articlesDocument(_ articles: [Article]) {
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
                beginObject()
                key("id"); string(passage.id)
                key("paragraph"); int(passage.paragraph)
                key("sentence"); int(passage.sentence)
                key("text"); string(passage.text)
                endObject()
            }
            endArray()
            endObject()
        }
        endArray()
        endObject()
        newline()
    }
}
