/// A strict JSON (RFC 8259) scanner over UTF-8 bytes that knows where it is.
///
/// Foundation's JSON parsers on Linux report neither the line nor the column of a syntax error,
/// and a `DecodingError` names a key path but not a position. A compiled pack is untrusted input
/// and its errors must point at a place, so this scanner does two small jobs no package here
/// does: find the first syntax error (and refuse nesting deep enough to exhaust the stack of a
/// recursive parser), and find the byte offset of the value at a key path.
struct JSONScanner {
    struct SyntaxError: Error, Equatable {
        let offset: Int
        let message: String
    }

    /// One step of a key path: an object key or an array index.
    enum PathComponent: Equatable {
        case key(String)
        case index(Int)
    }

    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The first syntax error in the document, if any.
    static func validate(_ bytes: [UInt8]) -> SyntaxError? {
        var scanner = JSONScanner(bytes)
        do {
            scanner.skipWhitespace()
            try scanner.skipValue(depth: 0)
            scanner.skipWhitespace()
            if scanner.position < bytes.count {
                return SyntaxError(offset: scanner.position, message: "unexpected text after the end of the document")
            }
            return nil
        } catch let error as SyntaxError {
            return error
        } catch {
            return SyntaxError(offset: scanner.position, message: "malformed JSON")
        }
    }

    /// Byte offset where the value at `path` starts, in a document that is valid JSON.
    static func offset(of path: [PathComponent], in bytes: [UInt8]) -> Int? {
        var scanner = JSONScanner(bytes)
        scanner.skipWhitespace()
        for component in path {
            guard scanner.position < bytes.count else { return nil }
            switch (component, bytes[scanner.position]) {
            case let (.key(name), UInt8(ascii: "{")):
                guard scanner.enterObject(findingKey: name) else { return nil }
            case let (.index(index), UInt8(ascii: "[")):
                guard scanner.enterArray(findingIndex: index) else { return nil }
            default:
                return nil
            }
        }
        return scanner.position
    }

    // MARK: Navigation (on valid documents)

    private mutating func enterObject(findingKey name: String) -> Bool {
        position += 1
        skipWhitespace()
        while position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            guard let key = try? readString() else { return false }
            skipWhitespace()
            position += 1  // ':'
            skipWhitespace()
            if key == name { return true }
            guard (try? skipValue(depth: 0)) != nil else { return false }
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: ",") { position += 1; skipWhitespace() }
        }
        return false
    }

    private mutating func enterArray(findingIndex index: Int) -> Bool {
        position += 1
        skipWhitespace()
        var current = 0
        while position < bytes.count, bytes[position] != UInt8(ascii: "]") {
            if current == index { return true }
            guard (try? skipValue(depth: 0)) != nil else { return false }
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: ",") { position += 1; skipWhitespace() }
            current += 1
        }
        return false
    }

    // MARK: Scanning

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private func fail(_ message: String) -> SyntaxError { SyntaxError(offset: position, message: message) }

    private mutating func skipValue(depth: Int) throws {
        guard depth <= Self.maximumDepth else { throw fail("nesting deeper than \(Self.maximumDepth) levels") }
        guard position < bytes.count else { throw fail("unexpected end of file: a value is missing") }
        switch bytes[position] {
        case UInt8(ascii: "{"): try skipObject(depth: depth + 1)
        case UInt8(ascii: "["): try skipArray(depth: depth + 1)
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "t"): try expectWord("true")
        case UInt8(ascii: "f"): try expectWord("false")
        case UInt8(ascii: "n"): try expectWord("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default: throw fail("unexpected character '\(Self.show(bytes[position]))': expected a value")
        }
    }

    private mutating func skipObject(depth: Int) throws {
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") { position += 1; return }
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw fail("unexpected end of file inside an object: a '}' is missing") }
            guard bytes[position] == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
            _ = try readString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw fail("expected ':' after the key") }
            position += 1
            skipWhitespace()
            try skipValue(depth: depth)
            skipWhitespace()
            guard position < bytes.count else { throw fail("unexpected end of file inside an object: a '}' is missing") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") { position += 1; return }
            throw fail("expected ',' or '}' after a value in an object")
        }
    }

    private mutating func skipArray(depth: Int) throws {
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; return }
        while true {
            skipWhitespace()
            try skipValue(depth: depth)
            skipWhitespace()
            guard position < bytes.count else { throw fail("unexpected end of file inside a list: a ']' is missing") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") { position += 1; return }
            throw fail("expected ',' or ']' after a value in a list")
        }
    }

    /// Reads a string (position at its opening quote) and returns its content, escapes decoded
    /// only as far as comparing keys needs.
    private mutating func readString() throws -> String {
        position += 1
        var content: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: content, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position + 1 < bytes.count else { throw fail("unexpected end of file in a string") }
                let escaped = bytes[position + 1]
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                    content.append(escaped); position += 2
                case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    content.append(0x20); position += 2
                case UInt8(ascii: "u"):
                    guard position + 5 < bytes.count,
                          bytes[(position + 2)...(position + 5)].allSatisfy(Self.isHexDigit) else {
                        throw fail("'\\u' must be followed by four hex digits")
                    }
                    content.append(UInt8(ascii: "?")); position += 6
                default:
                    throw fail("unknown escape '\\\(Self.show(escaped))' in a string")
                }
            case 0x00..<0x20:
                throw fail("control character in a string: write it as an escape such as \\n")
            default:
                content.append(byte)
                position += 1
            }
        }
        throw fail("unexpected end of file in a string: a closing '\"' is missing")
    }

    private mutating func skipNumber() throws {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, Self.isDigit(bytes[position]) else { throw fail("malformed number") }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < bytes.count, Self.isDigit(bytes[position]) else { throw fail("malformed number") }
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count, Self.isDigit(bytes[position]) else { throw fail("malformed number") }
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        }
        if position - start > 40 { position = start; throw fail("number too long") }
    }

    private mutating func expectWord(_ word: String) throws {
        let utf8 = Array(word.utf8)
        guard position + utf8.count <= bytes.count, Array(bytes[position..<(position + utf8.count)]) == utf8 else {
            throw fail("unexpected text: expected \(word)")
        }
        position += utf8.count
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isHexDigit(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)
    }
    private static func show(_ b: UInt8) -> String {
        b >= 0x20 && b < 0x7F ? String(UnicodeScalar(b)) : "\\x" + String(b, radix: 16)
    }
}
