import Foundation

/// Reads a well-formed compiled pack in one pass over its bytes, into the same values
/// `JSONDecoder` would give.
///
/// Why by hand: on Linux, Foundation's `JSONDecoder` spends most of its time building keyed
/// containers, and a 10,000-question pack took it about half a second, most of the time to the
/// first question. This reader only has to be right about packs that are right: it throws at
/// the first thing it does not expect (a missing key, a duplicate key, a wrong type, an escape
/// it would have to guess at), and `CompiledPackLoader` then goes the slow way, through
/// `JSONDecoder` and the scanner, which say what is wrong and where.
struct CompiledPackReader {
    struct Unexpected: Error {}

    private let bytes: [UInt8]
    private var position = 0

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    static func read(_ bytes: [UInt8]) throws -> CompiledPack {
        var reader = CompiledPackReader(bytes)
        let pack = try reader.pack()
        reader.skipWhitespace()
        guard reader.position == bytes.count else { throw Unexpected() }
        return pack
    }

    // MARK: The pack's types

    private mutating func pack() throws -> CompiledPack {
        var format, id, title, fingerprint: String?
        var description, author, license, audience, version: String?
        var seed: UInt64?
        var articles: [CompiledArticle]?
        var questions: [Question]?
        try object { reader, key in
            switch key {
            case "format": format = try reader.string()
            case "id": id = try reader.string()
            case "title": title = try reader.string()
            case "description": description = try reader.optionalString()
            case "author": author = try reader.optionalString()
            case "license": license = try reader.optionalString()
            case "audience": audience = try reader.optionalString()
            case "version": version = try reader.optionalString()
            case "fingerprint": fingerprint = try reader.string()
            case "seed": seed = try reader.unsigned()
            case "articles": articles = try reader.array { try $0.article() }
            case "questions": questions = try reader.array { try $0.question() }
            default: try reader.skipValue()
            }
        }
        guard let format, let id, let title, let fingerprint, let seed, let articles, let questions else { throw Unexpected() }
        return CompiledPack(
            format: format, id: id, title: title, description: description, author: author, license: license,
            audience: audience, version: version, fingerprint: fingerprint, seed: seed, articles: articles,
            questions: questions
        )
    }

    private mutating func article() throws -> CompiledArticle {
        var id, title: String?
        var outlet, author, url, language, published: String?
        var passages: [CompiledPassage]?
        try object { reader, key in
            switch key {
            case "id": id = try reader.string()
            case "title": title = try reader.string()
            case "outlet": outlet = try reader.optionalString()
            case "author": author = try reader.optionalString()
            case "published": published = try reader.optionalString()
            case "url": url = try reader.optionalString()
            case "language": language = try reader.optionalString()
            case "passages": passages = try reader.array { try $0.passage() }
            default: try reader.skipValue()
            }
        }
        guard let id, let title, let passages else { throw Unexpected() }
        var date: CalendarDate?
        if let published {
            guard let parsed = CalendarDate(iso: published) else { throw Unexpected() }
            date = parsed
        }
        return CompiledArticle(
            id: id, title: title, outlet: outlet, author: author, published: date, url: url, language: language,
            passages: passages
        )
    }

    private mutating func passage() throws -> CompiledPassage {
        var id, text: String?
        var paragraph, sentence: Int?
        try object { reader, key in
            switch key {
            case "id": id = try reader.string()
            case "text": text = try reader.string()
            case "paragraph": paragraph = try reader.integer()
            case "sentence": sentence = try reader.integer()
            default: try reader.skipValue()
            }
        }
        guard let id, let text, let paragraph, let sentence else { throw Unexpected() }
        return CompiledPassage(id: id, paragraph: paragraph, sentence: sentence, text: text)
    }

    /// The answer is read after the kind, whichever comes first in the object: its shape
    /// depends on the kind.
    private enum RawAnswer {
        case bool(Bool)
        case string(String)
        case strings([String])
    }

    private mutating func question() throws -> Question {
        var id, kind, prompt, explanation, difficulty, origin: String?
        var article, finding: String?
        var choices: [Question.Choice]?
        var answer: RawAnswer?
        var citations: [Citation]?
        var skills: [String]?
        try object { reader, key in
            switch key {
            case "id": id = try reader.string()
            case "kind": kind = try reader.string()
            case "prompt": prompt = try reader.string()
            case "article": article = try reader.optionalString()
            case "choices": choices = try reader.isNull() ? [] : reader.array { try $0.choice() }
            case "answer": answer = try reader.rawAnswer()
            case "explanation": explanation = try reader.string()
            case "citations": citations = try reader.array { try $0.citation() }
            case "skills": skills = try reader.array { try $0.string() }
            case "difficulty": difficulty = try reader.string()
            case "origin": origin = try reader.string()
            case "finding": finding = try reader.optionalString()
            default: try reader.skipValue()
            }
        }
        guard let id, let prompt, let explanation, let citations, let answer,
              let kind = kind.flatMap(QuestionKind.init(rawValue:)),
              let difficulty = difficulty.flatMap(Difficulty.init(rawValue:)),
              let origin = origin.flatMap(Origin.init(rawValue:)),
              let names = skills
        else { throw Unexpected() }
        let known = names.compactMap(Skill.init(rawValue:))
        guard known.count == names.count else { throw Unexpected() }
        let value: Answer
        switch (kind, answer) {
        case let (.trueFalse, .bool(flag)): value = .trueFalse(flag)
        case let (.factCheck, .string(name)):
            guard let verdict = Verdict(rawValue: name) else { throw Unexpected() }
            value = .verdict(verdict)
        case let (.multipleChoice, .string(letter)): value = .choices([letter])
        case let (.spotTheInconsistency, .strings(letters)): value = .choices(Set(letters))
        default: throw Unexpected()
        }
        return Question(
            id: id, kind: kind, prompt: prompt, article: article, choices: choices ?? [], answer: value,
            explanation: explanation, citations: citations, skills: known, difficulty: difficulty, origin: origin,
            finding: finding
        )
    }

    private mutating func rawAnswer() throws -> RawAnswer {
        skipWhitespace()
        guard position < bytes.count else { throw Unexpected() }
        switch bytes[position] {
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool(try boolean())
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "["): return .strings(try array { try $0.string() })
        default: throw Unexpected()
        }
    }

    private mutating func choice() throws -> Question.Choice {
        var id, text: String?
        var citation: Citation??
        try object { reader, key in
            switch key {
            case "id": id = try reader.string()
            case "text": text = try reader.string()
            case "citation": citation = try reader.isNull() ? Citation?.none : reader.citation()
            default: try reader.skipValue()
            }
        }
        guard let id, let text else { throw Unexpected() }
        return Question.Choice(id: id, text: text, citation: citation ?? nil)
    }

    private mutating func citation() throws -> Citation {
        var article, passage, quote: String?
        try object { reader, key in
            switch key {
            case "article": article = try reader.string()
            case "passage": passage = try reader.string()
            case "quote": quote = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let article, let passage, let quote else { throw Unexpected() }
        return Citation(article: article, passage: passage, quote: quote)
    }

    // MARK: JSON

    private mutating func object(_ member: (inout CompiledPackReader, String) throws -> Void) throws {
        skipWhitespace()
        try expect(UInt8(ascii: "{"))
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { position += 1; return }
        // A duplicate key is for the slow path to judge. Objects here have a dozen keys at
        // most, so a list beats a set.
        var seen: [String] = []
        while true {
            skipWhitespace()
            let key = try string()
            guard !seen.contains(key) else { throw Unexpected() }
            seen.append(key)
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            try expect(UInt8(ascii: "}"))
            return
        }
    }

    private mutating func array<T>(_ element: (inout CompiledPackReader) throws -> T) throws -> [T] {
        skipWhitespace()
        try expect(UInt8(ascii: "["))
        var values: [T] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            position += 1
            return values
        }
        while true {
            values.append(try element(&self))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            try expect(UInt8(ascii: "]"))
            return values
        }
    }

    /// A string without escapes is one slice of the input; invalid UTF-8, and escapes other than
    /// the simple ones, send the pack to the slow path.
    private mutating func string() throws -> String {
        skipWhitespace()
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = try Self.text(bytes[start..<position])
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if byte < 0x20 { throw Unexpected() }
            position += 1
        }
        throw Unexpected()
    }

    /// The bytes as a string, or a throw when they are not valid UTF-8. `String(decoding:)`
    /// repairs invalid UTF-8, so a repair shows as bytes that differ from the input; checking
    /// that way is far cheaper than `String(validating:)`, which here was not specialised and
    /// looked up generic metadata for every string (a third of reading a large pack).
    private static func text(_ slice: ArraySlice<UInt8>) throws -> String {
        var text = String(decoding: slice, as: UTF8.self)
        let same = text.withUTF8 { decoded in
            slice.withUnsafeBufferPointer { input in
                decoded.count == input.count && (input.isEmpty || memcmp(decoded.baseAddress!, input.baseAddress!, input.count) == 0)
            }
        }
        guard same else { throw Unexpected() }
        return text
    }

    private mutating func escapedString(from start: Int) throws -> String {
        var content = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return try Self.text(content[...])
            case UInt8(ascii: "\\"):
                guard position + 1 < bytes.count else { throw Unexpected() }
                switch bytes[position + 1] {
                case UInt8(ascii: "\""): content.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): content.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): content.append(UInt8(ascii: "/"))
                case UInt8(ascii: "n"): content.append(0x0A)
                case UInt8(ascii: "t"): content.append(0x09)
                case UInt8(ascii: "r"): content.append(0x0D)
                case UInt8(ascii: "b"): content.append(0x08)
                case UInt8(ascii: "f"): content.append(0x0C)
                case UInt8(ascii: "u"):
                    // A code point outside the surrogates; pairs and lone surrogates go the slow way.
                    guard position + 5 < bytes.count, let value = Self.hex(bytes[(position + 2)...(position + 5)]),
                          !(0xD800...0xDFFF).contains(value), let scalar = Unicode.Scalar(value) else { throw Unexpected() }
                    content.append(contentsOf: Array(String(Character(scalar)).utf8))
                    position += 6
                    continue
                default: throw Unexpected()
                }
                position += 2
            default:
                if byte < 0x20 { throw Unexpected() }
                content.append(byte)
                position += 1
            }
        }
        throw Unexpected()
    }

    private mutating func optionalString() throws -> String? {
        try isNull() ? nil : string()
    }

    /// Consumes `null` if it is next.
    private mutating func isNull() throws -> Bool {
        skipWhitespace()
        guard peek(UInt8(ascii: "n")) else { return false }
        try word("null")
        return true
    }

    private mutating func boolean() throws -> Bool {
        skipWhitespace()
        if peek(UInt8(ascii: "t")) { try word("true"); return true }
        try word("false")
        return false
    }

    /// A plain non-negative or negative integer: no fraction, no exponent, at most 18 digits.
    private mutating func integer() throws -> Int {
        skipWhitespace()
        let negative = peek(UInt8(ascii: "-"))
        if negative { position += 1 }
        let magnitude = try digits(limit: 18)
        return negative ? -Int(magnitude) : Int(magnitude)
    }

    private mutating func unsigned() throws -> UInt64 {
        skipWhitespace()
        return try digits(limit: 20)
    }

    private mutating func digits(limit: Int) throws -> UInt64 {
        let start = position
        var value: UInt64 = 0
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39, position - start < limit {
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(bytes[position] - 0x30))
            guard !overflow1, !overflow2 else { throw Unexpected() }
            value = sum
            position += 1
        }
        guard position > start, !(bytes[start] == 0x30 && position - start > 1) else { throw Unexpected() }
        if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position])
            || (0x30...0x39).contains(bytes[position]) {
            throw Unexpected()
        }
        return value
    }

    /// A key this reader does not know: the slow path decides whether it matters (skipping it
    /// here would need the scanner's depth limit, and a pack factquiz wrote has none).
    private mutating func skipValue() throws {
        throw Unexpected()
    }

    private mutating func word(_ text: StaticString) throws {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw Unexpected() }
        let expected = UnsafeBufferPointer(start: text.utf8Start, count: count)
        for i in 0..<count where bytes[position + i] != expected[i] { throw Unexpected() }
        position += count
    }

    private func peek(_ byte: UInt8) -> Bool { position < bytes.count && bytes[position] == byte }

    private mutating func expect(_ byte: UInt8) throws {
        guard peek(byte) else { throw Unexpected() }
        position += 1
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private static func hex(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        for byte in digits {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
