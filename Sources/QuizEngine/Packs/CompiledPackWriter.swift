/// Where `CompiledPackWriter` puts its bytes: a buffer for the pack file, or a running hash for
/// the fingerprint (which then costs no memory at all).
public protocol JSONByteSink {
    mutating func write(_ byte: UInt8)
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: JSONByteSink where Element == UInt8 {
    public mutating func write(_ byte: UInt8) { append(byte) }
    public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

extension StableHash.Running: JSONByteSink {
    public mutating func write(_ byte: UInt8) { add(CollectionOfOne(byte)) }
    public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) { add(bytes) }
}

/// Bytes collected and handed on a chunk at a time.
///
/// The chunk is raw memory the caller allocates and frees (`withChunks`): the writer makes
/// millions of writes of a few bytes, and appending each to an `Array` (a uniqueness and a
/// capacity check, a generic copy) was a third of writing a pack.
struct ChunkedSink: JSONByteSink {
    static let chunkSize = 1 << 16
    private let chunk: UnsafeMutablePointer<UInt8>
    private var count = 0
    let emit: (UnsafeBufferPointer<UInt8>) -> Void

    private init(chunk: UnsafeMutablePointer<UInt8>, emit: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.chunk = chunk
        self.emit = emit
    }

    /// Runs `body` with a sink whose chunk lives as long as the call; what is left in it at the
    /// end is handed on.
    static func withChunks(emit: @escaping (UnsafeBufferPointer<UInt8>) -> Void, _ body: (inout ChunkedSink) -> Void) {
        let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }
        var sink = ChunkedSink(chunk: chunk, emit: emit)
        body(&sink)
        sink.flush()
    }

    mutating func write(_ byte: UInt8) {
        if count == Self.chunkSize { flush() }
        chunk[count] = byte
        count += 1
    }

    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        if count + bytes.count > Self.chunkSize {
            flush()
            // Larger than a chunk (a long passage): handed on as it is.
            if bytes.count > Self.chunkSize { emit(bytes); return }
        }
        (chunk + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    mutating func flush() {
        guard count > 0 else { return }
        emit(UnsafeBufferPointer(start: chunk, count: count))
        count = 0
    }
}

/// Writes a compiled pack as JSON with sorted keys, byte for byte what Foundation's
/// `JSONEncoder` writes with `.sortedKeys` (and `.prettyPrinted, .withoutEscapingSlashes` for
/// the file).
///
/// Written by hand because encoding is on every compile's path: through `Codable` and
/// `JSONEncoder` a quarter of a 10,000-article compile went on writing the pack and on encoding
/// it a second time for its fingerprint. The `Codable` conformances stay the reference: tests
/// compare this writer's bytes with `JSONEncoder`'s.
public struct CompiledPackWriter<Sink: JSONByteSink> {
    public var sink: Sink
    /// Indented, with `" : "` between key and value, as the pack file is written.
    let pretty: Bool
    /// `/` written as `\/`, as `JSONEncoder` does unless told not to.
    let escapesSlashes: Bool
    private var depth = 0

    public init(sink: Sink, pretty: Bool, escapesSlashes: Bool) {
        self.sink = sink
        self.pretty = pretty
        self.escapesSlashes = escapesSlashes
    }

    // MARK: The pack's types, keys in sorted order

    public mutating func write(_ pack: CompiledPack) {
        object { w in
            w.key("articles") { $0.array(pack.articles) { $0.write($1) } }
            w.key("audience", pack.audience)
            w.key("author", pack.author)
            w.key("description", pack.description)
            w.key("fingerprint", pack.fingerprint)
            w.key("format", pack.format)
            w.key("id", pack.id)
            w.key("license", pack.license)
            w.key("questions") { $0.array(pack.questions) { $0.write($1) } }
            w.key("seed") { $0.number(pack.seed) }
            w.key("title", pack.title)
            w.key("version", pack.version)
        }
    }

    public mutating func write(_ article: CompiledArticle) {
        object { w in
            w.key("author", article.author)
            w.key("id", article.id)
            w.key("language", article.language)
            w.key("outlet", article.outlet)
            w.key("passages") { $0.array(article.passages) { $0.write($1) } }
            w.key("published", article.published?.description)
            w.key("title", article.title)
            w.key("url", article.url)
        }
    }

    mutating func write(_ passage: CompiledPassage) {
        object { w in
            w.key("id", passage.id)
            w.key("paragraph") { $0.number(passage.paragraph) }
            w.key("sentence") { $0.number(passage.sentence) }
            w.key("text", passage.text)
        }
    }

    /// Mirrors `Question.encode(to:)`: no `choices` key when there are none, and a
    /// multiple-choice answer with one letter written as a string.
    public mutating func write(_ question: Question) {
        object { w in
            w.key("answer") { w in
                switch question.answer {
                case let .trueFalse(value): w.literal(value ? "true" : "false")
                case let .verdict(verdict): w.string(verdict.rawValue)
                case let .choices(letters):
                    if question.kind == .multipleChoice, letters.count == 1 {
                        w.string(letters.first!)
                    } else {
                        w.array(letters.sorted()) { $0.string($1) }
                    }
                }
            }
            w.key("article", question.article)
            if !question.choices.isEmpty {
                w.key("choices") { $0.array(question.choices) { $0.write($1) } }
            }
            w.key("citations") { $0.array(question.citations) { $0.write($1) } }
            w.key("difficulty", question.difficulty.rawValue)
            w.key("explanation", question.explanation)
            w.key("finding", question.finding)
            w.key("id", question.id)
            w.key("kind", question.kind.rawValue)
            w.key("origin", question.origin.rawValue)
            w.key("prompt", question.prompt)
            w.key("skills") { $0.array(question.skills) { $0.string($1.rawValue) } }
        }
    }

    mutating func write(_ choice: Question.Choice) {
        object { w in
            if let citation = choice.citation { w.key("citation") { $0.write(citation) } }
            w.key("id", choice.id)
            w.key("text", choice.text)
        }
    }

    mutating func write(_ citation: Citation) {
        object { w in
            w.key("article", citation.article)
            w.key("passage", citation.passage)
            w.key("quote", citation.quote)
        }
    }

    // MARK: JSON structure

    /// Whether the object being written has had a key yet (one flag per open object).
    private var objectHasKey: [Bool] = []

    private mutating func object(_ body: (inout Self) -> Void) {
        raw("{")
        depth += 1
        objectHasKey.append(false)
        body(&self)
        let hadKey = objectHasKey.removeLast()
        depth -= 1
        if pretty {
            newline()
            if !hadKey { newline() }
            indent()
        }
        raw("}")
    }

    /// A key with a string value, left out when the value is nil (`encodeIfPresent`).
    private mutating func key(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name) { $0.string(value) }
    }

    private mutating func key(_ name: StaticString, _ value: (inout Self) -> Void) {
        if objectHasKey[objectHasKey.count - 1] { raw(",") }
        objectHasKey[objectHasKey.count - 1] = true
        if pretty {
            newline()
            indent()
        }
        sink.write(UInt8(ascii: "\""))
        name.withUTF8Buffer { sink.write($0) }
        raw(pretty ? "\" : " : "\":")
        value(&self)
    }

    private mutating func array<Element>(_ elements: [Element], _ writeElement: (inout Self, Element) -> Void) {
        raw("[")
        depth += 1
        for (index, element) in elements.enumerated() {
            if index > 0 { raw(",") }
            if pretty {
                newline()
                indent()
            }
            writeElement(&self, element)
        }
        depth -= 1
        if pretty {
            // JSONEncoder leaves an empty line inside an empty array.
            newline()
            if elements.isEmpty { newline() }
            indent()
        }
        raw("]")
    }

    private mutating func number(_ value: some BinaryInteger) {
        var text = String(value)
        text.withUTF8 { sink.write($0) }
    }

    private mutating func literal(_ text: StaticString) {
        text.withUTF8Buffer { sink.write($0) }
    }

    /// A JSON string: quotes, backslashes and control characters escaped as `JSONEncoder` does
    /// (`\n`-style where JSON has a short form, `\u00XX` otherwise); everything else, non-ASCII
    /// included, copied as UTF-8.
    private mutating func string(_ value: String) {
        var value = value
        sink.write(UInt8(ascii: "\""))
        value.withUTF8 { bytes in
            var runStart = 0
            for (offset, byte) in bytes.enumerated() where Self.needsEscape(byte, slashes: escapesSlashes) {
                if runStart < offset { sink.write(UnsafeBufferPointer(rebasing: bytes[runStart..<offset])) }
                escape(byte)
                runStart = offset + 1
            }
            if runStart < bytes.count { sink.write(UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
        sink.write(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8, slashes: Bool) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || slashes && byte == UInt8(ascii: "/")
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case UInt8(ascii: "/"): raw("\\/")
        case 0x08: raw("\\b")
        case 0x09: raw("\\t")
        case 0x0A: raw("\\n")
        case 0x0C: raw("\\f")
        case 0x0D: raw("\\r")
        default:
            let hex: StaticString = "0123456789abcdef"
            raw("\\u00")
            hex.withUTF8Buffer { digits in
                sink.write(digits[Int(byte >> 4)])
                sink.write(digits[Int(byte & 0x0F)])
            }
        }
    }

    private mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { sink.write($0) }
    }

    private mutating func newline() { sink.write(0x0A) }

    private mutating func indent() {
        // Two spaces a level, written at once rather than a pair at a time.
        let spaces: StaticString = "                                                                "
        var remaining = depth * 2
        spaces.withUTF8Buffer { run in
            while remaining > 0 {
                let now = min(remaining, run.count)
                sink.write(UnsafeBufferPointer(rebasing: run[0..<now]))
                remaining -= now
            }
        }
    }
}

extension CompiledPack {
    /// Writes the pack file's bytes to `sink` as they are made, so that a large pack is never
    /// held whole in memory (see `encodedJSON`).
    ///
    /// The writer fills a buffer of its own and hands `sink` 64 KB at a time: generic code is not
    /// specialised across modules, so a writer working on the app's sink directly paid a
    /// protocol call for every byte (a tenth of a 10,000-article compile).
    public func writeJSON<Sink: JSONByteSink>(to sink: inout Sink) {
        withoutActuallyEscaping({ (chunk: UnsafeBufferPointer<UInt8>) in sink.write(chunk) }) { emit in
            ChunkedSink.withChunks(emit: emit) { chunks in
                var writer = CompiledPackWriter<ChunkedSink>(sink: chunks, pretty: true, escapesSlashes: false)
                writer.write(self)
                writer.sink.write(0x0A)
                chunks = writer.sink
            }
        }
    }

    /// The pack file's bytes: pretty-printed with sorted keys and a final newline, so the same
    /// pack gives the same bytes and diffs between versions read well.
    public func encodedJSON() -> [UInt8] {
        var bytes: [UInt8] = []
        writeJSON(to: &bytes)
        return bytes
    }
}
