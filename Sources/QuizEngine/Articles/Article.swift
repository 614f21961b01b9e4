/// An article read and segmented: its metadata, its body, and the passages citations point at.
///
/// A value, stored in one shared immutable box: the compiler hands articles to the index, the
/// checks, every question candidate and the writer, and copying a dozen reference-counted fields
/// each time (its metadata's strings, the source, three arrays) was measurable in a compile.
public struct Article: Sendable {
    private let storage: Storage

    public var metadata: ArticleMetadata { storage.metadata }
    /// The whole input file; diagnostics point into it.
    public var source: SourceFile { storage.source }
    /// UTF-8 offset in `source.text` where the body starts (after front matter or title line).
    public var bodyOffset: Int { storage.bodyOffset }
    public var paragraphs: [Paragraph] { storage.paragraphs }
    public var passages: [Passage] { storage.passages }
    /// Boilerplate recognised and kept out of passages.
    public var dropped: [DroppedBlock] { storage.dropped }

    public init(
        metadata: ArticleMetadata, source: SourceFile, bodyOffset: Int,
        paragraphs: [Paragraph], passages: [Passage], dropped: [DroppedBlock]
    ) {
        storage = Storage(
            metadata: metadata, source: source, bodyOffset: bodyOffset,
            paragraphs: paragraphs, passages: passages, dropped: dropped
        )
    }

    private final class Storage: Sendable {
        let metadata: ArticleMetadata
        let source: SourceFile
        let bodyOffset: Int
        let paragraphs: [Paragraph]
        let passages: [Passage]
        let dropped: [DroppedBlock]

        init(
            metadata: ArticleMetadata, source: SourceFile, bodyOffset: Int,
            paragraphs: [Paragraph], passages: [Passage], dropped: [DroppedBlock]
        ) {
            self.metadata = metadata
            self.source = source
            self.bodyOffset = bodyOffset
            self.paragraphs = paragraphs
            self.passages = passages
            self.dropped = dropped
        }
    }

    public var id: String { metadata.id }

    /// The body text (the source from `bodyOffset` on); paragraph and passage ranges are offsets
    /// into it. Cut from the source when asked rather than kept: a second copy of every article
    /// was a sixth of what a large compile held.
    public var body: String {
        let utf8 = source.text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: min(max(0, bodyOffset), utf8.count))
        return String(source.text[start...])
    }

    public func passage(id: String) -> Passage? {
        // Ids are "p<paragraph>.s<sentence>" in order, so this could be a binary search; articles
        // are small enough that a scan is clearer.
        passages.first { $0.id == id }
    }

    /// Where in the input file a body offset lies.
    public func location(ofBodyOffset offset: Int) -> SourceLocation {
        source.location(at: bodyOffset + offset)
    }
}
