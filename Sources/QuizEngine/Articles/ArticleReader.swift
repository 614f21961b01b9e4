import Foundation

/// Reads one article file into an `Article`: metadata, body, boilerplate dropped, paragraphs and
/// sentences with stable ids.
///
/// Two forms are accepted. Markdown with YAML front matter (`title` required; `id`, `outlet`,
/// `author`, `published: YYYY-MM-DD`, `url`, `language` optional). Or raw pasted text: the first
/// non-empty line is the title, the id comes from the file name, and the published date can be
/// supplied by the caller.
public struct ArticleReader: Sendable {
    public struct Options: Sendable {
        /// Published date for articles that do not state one (`--published`).
        public var published: CalendarDate?

        public init(published: CalendarDate? = nil) {
            self.published = published
        }
    }

    public var options: Options
    public var segmenter: SentenceSegmenter

    public init(options: Options = Options(), segmenter: SentenceSegmenter = SentenceSegmenter()) {
        self.options = options
        self.segmenter = segmenter
    }

    /// Reads an article from a file's bytes. Returns nil (after reporting) when the bytes cannot
    /// be text; otherwise returns as much of an article as could be read, with any problems
    /// reported to `sink`.
    ///
    /// The bytes are taken (`consuming`) and let go of once they are decoded: everything after
    /// works on the decoded text, and keeping both held a second copy of the file throughout.
    public func read(path: String, bytes: consuming [UInt8], sink: DiagnosticSink) -> Article? {
        let decoded = SourceDecoder.decode(path: path, bytes: bytes)
        _ = consume bytes
        switch decoded {
        case let .success(file):
            return read(file, sink: sink)
        case let .failure(.invalidUTF8(byte, line, column)):
            sink.report(.invalidUTF8(byte: byte), at: SourceLocation(file: path, offset: 0, line: line, column: column))
            return nil
        case let .failure(.binary(line, column)):
            sink.report(.binaryFile, at: SourceLocation(file: path, offset: 0, line: line, column: column))
            return nil
        }
    }

    public func read(_ file: SourceFile, sink: DiagnosticSink) -> Article? {
        let fileID = Self.id(fromPath: file.path)
        var title: String?
        var bodyOffset = 0
        // The front matter's values are looked up where they are rather than copied into a
        // dictionary of their texts: filling that was a table allocated and hashed into for
        // every article.
        var fields: [String: (text: String, location: SourceLocation)] = [:]
        var publishedText: (String, SourceLocation)?

        if let frontMatter = FrontMatter.parse(file, sink: sink) {
            bodyOffset = frontMatter.bodyOffset
            fields = frontMatter.values
            title = fields["title"]?.text
            if title == nil { sink.report(.missingTitle, at: file.location(at: 0), length: 3) }
            if let published = fields["published"] { publishedText = published }
            if let id = fields["id"], !Self.isValidID(id.text) {
                sink.report(.badArticleID(id.text), at: id.location, length: id.text.count)
                fields["id"] = nil
            }
        } else {
            guard let (line, end) = Self.firstNonEmptyLine(file.text) else {
                sink.report(.emptyArticle, at: file.location(at: 0))
                return nil
            }
            title = line
            bodyOffset = end
        }

        var published = options.published
        if let (text, location) = publishedText {
            if let date = CalendarDate(iso: text) {
                published = date
            } else {
                sink.report(.badPublishedDate(text), at: location, length: text.count)
            }
        }

        let metadata = ArticleMetadata(
            id: fields["id"]?.text ?? fileID,
            title: title ?? fileID,
            outlet: fields["outlet"]?.text,
            author: fields["author"]?.text,
            published: published,
            url: fields["url"]?.text,
            language: fields["language"]?.text
        )
        let (paragraphs, passages, dropped) = structure(file.text, bodyOffset: min(bodyOffset, file.text.utf8.count))
        if passages.isEmpty, title != nil {
            sink.report(.noBody, at: file.location(at: bodyOffset))
        }
        return Article(
            metadata: metadata, source: file, bodyOffset: bodyOffset,
            paragraphs: paragraphs, passages: passages, dropped: dropped
        )
    }

    /// The article id for a file: its name without directory and extension, with characters an
    /// id cannot hold replaced by "-".
    public static func id(fromPath path: String) -> String {
        var path = path
        if let id = path.withUTF8(idOfPlainPath) { return id }
        return idByCharacters(fromPath: path)
    }

    /// The id of a path that is all ASCII without "\r", read in one pass over its bytes; nil for
    /// any other path (and for one made only of "/"), which `idByCharacters` reads.
    ///
    /// Why: through `String`'s views (a backward search by characters for the dot, a byte array
    /// for the cleaned name) each article's id took about 6,000 instructions, 0.4% of compiling
    /// 1,000 articles. In such a path every byte is a character of its own, so the bytes give what
    /// the characters give (tests compare the two).
    private static func idOfPlainPath(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for byte in bytes where byte >= 0x80 || byte == UInt8(ascii: "\r") { return nil }
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var end = bytes.count
        while end > 0, bytes[end - 1] == slash { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0, bytes[start - 1] != slash { start -= 1 }
        var stemEnd = end
        if bytes[start] != dot, let lastDot = bytes[start..<end].lastIndex(of: dot) { stemEnd = lastDot }
        guard stemEnd > start else { return "article" }
        return String(unsafeUninitializedCapacity: stemEnd - start) { cleaned in
            for i in 0..<(stemEnd - start) {
                let byte = bytes[start + i]
                cleaned[i] = isIDByte(byte) ? byte : UInt8(ascii: "-")
            }
            return stemEnd - start
        }
    }

    /// `id(fromPath:)` read by characters: the reference for `idOfPlainPath`, and the reading of
    /// paths with non-ASCII text or "\r" in them.
    static func idByCharacters(fromPath path: String) -> String {
        let name = path.lastComponent(separatedBy: "/")
        var stem = name
        if !name.hasPrefix("."), let dot = name.lastIndex(of: ".") { stem = name[..<dot] }
        let cleaned: String
        if stem.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) {
            // Every byte is a character of its own: cleaned byte by byte, as most names are (by
            // characters, with Foundation's search for the dot, this was 1% of a compile).
            cleaned = String(decoding: stem.utf8.map { isIDByte($0) ? $0 : UInt8(ascii: "-") }, as: UTF8.self)
        } else {
            cleaned = String(stem.map { isIDCharacter($0) ? $0 : "-" })
        }
        return cleaned.isEmpty ? "article" : cleaned
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.allSatisfy(isIDCharacter)
    }

    /// ASCII letters and digits, "-", "_" and ".".
    private static func isIDCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "-_.".contains(character))
    }

    /// The first line with more than white space, trimmed, and the offset just after it. Walks
    /// the bytes line by line rather than splitting the whole text: pasted articles can be large.
    private static func firstNonEmptyLine(_ text: String) -> (String, Int)? {
        var text = text
        return text.withUTF8 { bytes -> (String, Int)? in
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
                let trimmed = line.trimmingSpacesAndTabs()
                if !trimmed.isEmpty {
                    return (trimmed, min(lineEnd + 1, bytes.count))
                }
                lineStart = lineEnd + 1
            }
            return nil
        }
    }

    /// Paragraphs, passages and dropped boilerplate of the body of `text` (from UTF-8 offset
    /// `bodyOffset` on). Ranges are offsets into the body, but the bytes are read in place: a
    /// copy of the body was another buffer the size of the article to allocate and fill (on
    /// 30 MB of news, a sixth of the whole process's memory).
    private func structure(_ text: String, bodyOffset: Int) -> ([Paragraph], [Passage], [DroppedBlock]) {
        var source = text
        return source.withUTF8 { whole in
            let bytes = UnsafeBufferPointer(rebasing: whole[bodyOffset...])
            let blocks = BodySplitter().blocks(in: bytes)
            let filter = BoilerplateFilter()
            var paragraphs: [Paragraph] = []
            paragraphs.reserveCapacity(blocks.count)
            paragraphs.withUnsafeBufferPointer {
                MemoryAdvice.preferHugePages($0.baseAddress, byteCount: paragraphs.capacity * MemoryLayout<Paragraph>.stride)
            }
            var dropped: [DroppedBlock] = []
            var afterTrailer = false
            for block in blocks {
                let blockBytes = UnsafeBufferPointer(rebasing: bytes[block.range])
                if block.range.count <= BoilerplateFilter.maximumLength || afterTrailer,
                   let reason = filter.classify(blockBytes, afterTrailer: afterTrailer) {
                    if reason == .trailer { afterTrailer = true }
                    let text = String(decoding: blockBytes, as: UTF8.self)
                    dropped.append(DroppedBlock(reason: reason, range: block.range, text: text))
                    continue
                }
                let kind = block.kind == .prose && block.standsAlone && Self.looksLikeHeading(blockBytes)
                    ? .heading : block.kind
                paragraphs.append(Paragraph(index: paragraphs.count + 1, kind: kind, range: block.range, marker: block.marker))
            }
            let passages = PassageBuilder(segmenter: segmenter).passages(of: paragraphs, bytes: bytes)
            return (paragraphs, passages, dropped)
        }
    }

    /// A sub-heading: short, capitalised, not ending like a sentence ("A failed negotiation under
    /// military pressure").
    private static func looksLikeHeading(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 120, let first = bytes.first, first >= 0x41, first <= 0x5A else { return false }
        guard !BodySplitter.endsSentence(bytes, last: bytes.count - 1, first: 0) else { return false }
        if let last = bytes.last, last == UInt8(ascii: ",") || last == UInt8(ascii: ";") { return false }
        let words = bytes.split(separator: 0x20).count
        return words >= 2 && words <= 14
    }
}
