/// Where a compiled pack's file is written: a buffer, or the app's file descriptor.
public protocol JSONByteSink {
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: JSONByteSink where Element == UInt8 {
    public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

/// Writes a compiled pack as JSON with sorted keys, byte for byte what Foundation's
/// `JSONEncoder` writes with `.sortedKeys` (and `.prettyPrinted, .withoutEscapingSlashes` for
/// the file).
///
/// Written by hand because encoding is on every compile's path: through `Codable` and
/// `JSONEncoder` a quarter of a 10,000-article compile went on writing the pack and on encoding
/// it a second time for its fingerprint. The `Codable` conformances stay the reference: tests
/// compare this writer's bytes with `JSONEncoder`'s.
///
/// The structure is written the way `JSONWriter` in the app writes it, by calls in order
/// (`beginObject`, `key`, a value, `endObject`) with one flag for "a comma comes first", rather
/// than through a closure per object and key and a stack of flags: those closures, calls and
/// array operations were two thirds of writing the small objects (passages, citations) that
/// make up most of a pack.
struct CompiledPackWriter {
    private var out: ChunkedSink
    /// Indented, with `" : "` between key and value, as the pack file is written.
    private let pretty: Bool
    private let escapes: JSONEscapeScan
    private var depth = 0
    /// Whether the open object or array has a value yet, so the next one needs a comma. A value
    /// that closes sets it for the container around it; an empty object or array is one closed
    /// with it unset.
    private var hasValue = false

    /// Runs `body` with a writer whose bytes go to `emit` a chunk at a time. `escapesSlashes`
    /// writes `/` as `\/`, as `JSONEncoder` does unless told not to.
    static func withWriter<Result>(
        pretty: Bool, escapesSlashes: Bool, emit: (UnsafeBufferPointer<UInt8>) -> Void,
        _ body: (inout CompiledPackWriter) -> Result
    ) -> Result {
        ChunkedSink.withChunks(emit: emit) { out in
            var writer = CompiledPackWriter(out: out, pretty: pretty, escapes: JSONEscapeScan(slash: escapesSlashes, delete: false))
            let result = body(&writer)
            out = writer.out
            return result
        }
    }

    private init(out: ChunkedSink, pretty: Bool, escapes: JSONEscapeScan) {
        self.out = out
        self.pretty = pretty
        self.escapes = escapes
    }

    // MARK: The pack's types, keys in sorted order

    mutating func write(_ pack: CompiledPack) {
        beginObject()
        key("articles"); array(pack.articles) { $0.write($1) }
        key("audience", pack.audience)
        key("author", pack.author)
        key("description", pack.description)
        key("fingerprint", pack.fingerprint)
        key("format", pack.format)
        key("id", pack.id)
        key("license", pack.license)
        key("questions"); array(pack.questions) { $0.write($1) }
        key("seed"); number(pack.seed)
        key("title", pack.title)
        key("version", pack.version)
        endObject()
    }

    mutating func write(_ article: CompiledArticle) {
        beginObject()
        key("author", article.author)
        key("id", article.id)
        key("language", article.language)
        key("outlet", article.outlet)
        key("passages"); array(article.passages) { $0.write($1) }
        key("published", article.published?.description)
        key("title", article.title)
        key("url", article.url)
        endObject()
    }

    mutating func write(_ passage: CompiledPassage) {
        beginObject()
        key("id", passage.id)
        key("paragraph"); number(passage.paragraph)
        key("sentence"); number(passage.sentence)
        key("text", passage.text)
        endObject()
    }

    /// Mirrors `Question.encode(to:)`: no `choices` key when there are none, and a
    /// multiple-choice answer with one letter written as a string.
    mutating func write(_ question: Question) {
        beginObject()
        key("answer")
        switch question.answer {
        case let .trueFalse(value): literal(value ? "true" : "false")
        case let .verdict(verdict): string(verdict.rawValue)
        case let .choices(letters):
            if question.kind == .multipleChoice, letters.count == 1 {
                string(letters.first!)
            } else {
                array(letters.sorted()) { $0.string($1) }
            }
        }
        key("article", question.article)
        if !question.choices.isEmpty {
            key("choices"); array(question.choices) { $0.write($1) }
        }
        key("citations"); array(question.citations) { $0.write($1) }
        key("difficulty", question.difficulty.rawValue)
        key("explanation", question.explanation)
        key("finding", question.finding)
        key("id", question.id)
        key("kind", question.kind.rawValue)
        key("origin", question.origin.rawValue)
        key("prompt", question.prompt)
        key("skills"); array(question.skills) { $0.string($1.rawValue) }
        endObject()
    }

    mutating func write(_ choice: Question.Choice) {
        beginObject()
        if let citation = choice.citation {
            key("citation"); write(citation)
        }
        key("id", choice.id)
        key("text", choice.text)
        endObject()
    }

    mutating func write(_ citation: Citation) {
        beginObject()
        key("article", citation.article)
        key("passage", citation.passage)
        key("quote", citation.quote)
        endObject()
    }

    // MARK: JSON structure

    private mutating func beginObject() {
        out.write(UInt8(ascii: "{"))
        depth += 1
        hasValue = false
    }

    private mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Ends an object or array. `JSONEncoder` leaves an empty line inside an empty one.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            out.write(0x0A)
            if !hasValue { out.write(0x0A) }
            indent()
        }
        out.write(bracket)
        hasValue = true
    }

    /// A key with a string value, left out when the value is nil (`encodeIfPresent`).
    @inline(__always)
    private mutating func key(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// `,` if needed, a new indented line, and `"name" : ` (`"name":` when compact), with room
    /// asked for once.
    ///
    /// Inlined where it is called, so that each name's length is a constant and its bytes are
    /// stored by a few moves: as a call, two `memcpy` calls of a few bytes each were a third of
    /// the cost of a key.
    @inline(__always)
    private mutating func key(_ name: StaticString) {
        out.reserve(7 + 2 * depth + name.utf8CodeUnitCount)
        if hasValue { out.storeReserved(UInt8(ascii: ",")) }
        if pretty { newlineAndIndentReserved() }
        out.storeReserved(UInt8(ascii: "\""))
        storeReserved(name)
        if pretty { storeReserved("\" : ") } else { storeReserved("\":") }
    }

    @inline(__always)
    private mutating func storeReserved(_ text: StaticString) {
        out.storeReserved(text.utf8Start, count: text.utf8CodeUnitCount)
    }

    mutating func array<Element>(_ elements: [Element], _ writeElement: (inout Self, Element) -> Void) {
        out.write(UInt8(ascii: "["))
        depth += 1
        hasValue = false
        for element in elements {
            out.reserve(1 + 1 + 2 * depth)
            if hasValue { out.storeReserved(UInt8(ascii: ",")) }
            if pretty { newlineAndIndentReserved() }
            writeElement(&self, element)
        }
        close(UInt8(ascii: "]"))
    }

    /// Decimal digits, written from the last one back into a small buffer.
    private mutating func number(_ value: some BinaryInteger) {
        var magnitude = UInt64(value.magnitude)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(truncatingIfNeeded: magnitude % 10) + UInt8(ascii: "0")
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            out.write(UnsafeBufferPointer(rebasing: digits[start...]))
        }
        hasValue = true
    }

    private mutating func literal(_ text: StaticString) {
        out.write(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        hasValue = true
    }

    /// A JSON string: quotes, backslashes and control characters escaped as `JSONEncoder` does
    /// (`\n`-style where JSON has a short form, `\u00XX` otherwise); everything else, non-ASCII
    /// included, copied as UTF-8 in runs found by `JSONEscapeScan`.
    ///
    /// The bytes are read in place where the string has them contiguous (native and small
    /// strings, all of a pack's): a mutable copy for `withUTF8` retained and released each of
    /// the pack's strings, twice per compile (file and fingerprint).
    private mutating func string(_ value: String) {
        if value.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) == nil {
            var value = value
            value.withUTF8 { string(utf8: $0) }
        }
    }

    private mutating func string(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        out.write(UInt8(ascii: "\""))
        var runStart = 0
        while true {
            let escape = escapes.firstEscape(in: bytes, from: runStart)
            if runStart < escape { out.write(UnsafeBufferPointer(rebasing: bytes[runStart..<escape])) }
            guard escape < bytes.count else { break }
            self.escape(bytes[escape])
            runStart = escape + 1
        }
        out.write(UInt8(ascii: "\""))
        hasValue = true
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
            out.write(hex.utf8Start[Int(byte >> 4)])
            out.write(hex.utf8Start[Int(byte & 0x0F)])
        }
    }

    private mutating func raw(_ text: StaticString) {
        out.write(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The line feed that ends the file.
    mutating func newline() { out.write(0x0A) }

    /// A line feed and the indentation; the caller reserved `1 + 2 * depth` bytes.
    private mutating func newlineAndIndentReserved() {
        out.storeReserved(0x0A)
        indentReserved()
    }

    /// The closing bracket's line: indentation at the current depth.
    private mutating func indent() {
        out.reserve(2 * depth)
        indentReserved()
    }

    /// Two spaces a level, copied from a run of spaces rather than a pair at a time.
    private mutating func indentReserved() {
        var remaining = depth * 2
        while remaining > 0 {
            let now = min(remaining, Self.spaces.utf8CodeUnitCount)
            out.storeReserved(Self.spaces.utf8Start, count: now)
            remaining -= now
        }
    }

    private static let spaces: StaticString = "                                                                "
}

extension CompiledPack {
    /// Writes the pack file's bytes to `sink` as they are made, so that a large pack is never
    /// held whole in memory (see `encodedJSON`).
    ///
    /// The writer fills a buffer of its own and hands `sink` 64 KB at a time: generic code is not
    /// specialised across modules, so a writer working on the app's sink directly paid a
    /// protocol call for every byte (a tenth of a 10,000-article compile).
    public func writeJSON<Sink: JSONByteSink>(to sink: inout Sink) {
        CompiledPackWriter.withWriter(pretty: true, escapesSlashes: false, emit: { sink.write($0) }) { writer in
            writer.write(self)
            writer.newline()
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
