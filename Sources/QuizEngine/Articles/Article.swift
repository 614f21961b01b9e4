/// An article read and segmented: its metadata, its body, and the passages citations point at.
public struct Article: Sendable {
    public let metadata: ArticleMetadata
    /// The whole input file; diagnostics point into it.
    public let source: SourceFile
    /// UTF-8 offset in `source.text` where the body starts (after front matter or title line).
    public let bodyOffset: Int
    /// The body text; paragraph and passage ranges are offsets into it.
    public let body: String
    public let paragraphs: [Paragraph]
    public let passages: [Passage]
    /// Boilerplate recognised and kept out of passages.
    public let dropped: [DroppedBlock]

    public init(
        metadata: ArticleMetadata, source: SourceFile, bodyOffset: Int, body: String,
        paragraphs: [Paragraph], passages: [Passage], dropped: [DroppedBlock]
    ) {
        self.metadata = metadata
        self.source = source
        self.bodyOffset = bodyOffset
        self.body = body
        self.paragraphs = paragraphs
        self.passages = passages
        self.dropped = dropped
    }

    public var id: String { metadata.id }

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
