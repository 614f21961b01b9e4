/// Finds where a JSON document first goes wrong, for error messages.
///
/// Foundation's decoder on Linux says only "the given data was not valid JSON"; a teacher with
/// a hand-edited results file needs the line and column. This scanner follows RFC 8259's grammar
/// with an explicit stack (no recursion, so a file of a million '[' cannot overflow anything) and
/// reports the first byte that does not fit.
enum JSONSyntaxCheck {
    struct Problem: Equatable {
        let line: Int
        /// 1-based, in characters.
        let column: Int
        let message: String
    }

    static func firstProblem(in bytes: [UInt8]) -> Problem? {
        var scanner = Scanner(bytes: bytes)
        return scanner.run()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        enum Container { case object, array }

        mutating func run() -> Problem? {
            var stack: [Container] = []
            skipSpace()
            if index < bytes.count, bytes[index] == 0xEF { index += 3 }  // byte-order mark
            // Expecting a value; after it, a separator or a closing bracket.
            var expectValue = true
            while true {
                skipSpace()
                if expectValue {
                    guard index < bytes.count else {
                        guard let top = stack.last else { return problem("the document ends where a value was expected") }
                        return problem("the document ends inside an \(top == .object ? "object" : "array")")
                    }
                    switch bytes[index] {
                    case UInt8(ascii: "{"):
                        index += 1
                        skipSpace()
                        if peek("}") { index += 1; expectValue = false; break }
                        stack.append(.object)
                        if let problem = key() { return problem }
                        continue
                    case UInt8(ascii: "["):
                        index += 1
                        skipSpace()
                        if peek("]") { index += 1; expectValue = false; break }
                        stack.append(.array)
                        continue
                    case UInt8(ascii: "\""):
                        if let problem = string() { return problem }
                    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        if let problem = number() { return problem }
                    case UInt8(ascii: "t"): if let problem = literal("true") { return problem }
                    case UInt8(ascii: "f"): if let problem = literal("false") { return problem }
                    case UInt8(ascii: "n"): if let problem = literal("null") { return problem }
                    default:
                        return problem("unexpected '\(character())' where a value was expected")
                    }
                    expectValue = false
                    continue
                }
                guard let top = stack.last else {
                    skipSpace()
                    return index < bytes.count ? problem("unexpected '\(character())' after the end of the document") : nil
                }
                guard index < bytes.count else { return problem("the document ends inside an \(top == .object ? "object" : "array")") }
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") {
                    index += 1
                    skipSpace()
                    if top == .object, let problem = key() { return problem }
                    expectValue = true
                } else if (top == .object && byte == UInt8(ascii: "}")) || (top == .array && byte == UInt8(ascii: "]")) {
                    index += 1
                    stack.removeLast()
                } else {
                    return problem("unexpected '\(character())': expected ',' or '\(top == .object ? "}" : "]")'")
                }
            }
        }

        /// `"name":` inside an object.
        mutating func key() -> Problem? {
            skipSpace()
            guard peek("\"") else {
                return index < bytes.count ? problem("unexpected '\(character())': expected a quoted key") : problem("the document ends where a key was expected")
            }
            if let problem = string() { return problem }
            skipSpace()
            guard peek(":") else { return problem("expected ':' after the key") }
            index += 1
            return nil
        }

        mutating func string() -> Problem? {
            let start = index
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { index += 1; return nil }
                if byte == UInt8(ascii: "\\") { index += 2; continue }
                if byte < 0x20 { return problem("a control character inside a string (write it as \\n or \\u00XX)") }
                index += 1
            }
            index = start
            return problem("a string that is never closed")
        }

        mutating func number() -> Problem? {
            let start = index
            if peek("-") { index += 1 }
            var digits = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) || "+-.eE".utf8.contains(bytes[index]) {
                index += 1
                digits += 1
            }
            if digits == 0 { index = start; return problem("a '-' that starts no number") }
            return nil
        }

        mutating func literal(_ word: String) -> Problem? {
            let start = index
            for byte in word.utf8 {
                guard index < bytes.count, bytes[index] == byte else {
                    var end = start
                    while end < bytes.count, end - start < 20, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[end]) { end += 1 }
                    let written = String(decoding: bytes[start..<end], as: UTF8.self)
                    index = start
                    return problem("'\(written)' is not a value; did you mean \(word)?")
                }
                index += 1
            }
            return nil
        }

        func peek(_ scalar: Unicode.Scalar) -> Bool {
            index < bytes.count && bytes[index] == UInt8(ascii: scalar)
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        func character() -> String {
            guard index < bytes.count else { return "end of file" }
            let byte = bytes[index]
            let hex = String(byte, radix: 16)
            return byte >= 0x21 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + (hex.count == 1 ? "0" : "") + hex
        }

        func problem(_ message: String) -> Problem {
            let end = min(index, bytes.count)
            var line = 1
            var lineStart = 0
            for i in 0..<end where bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
            let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
            return Problem(line: line, column: column, message: message)
        }
    }
}
