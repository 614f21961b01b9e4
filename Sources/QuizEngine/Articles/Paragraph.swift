/// A block of body text: what a reader sees as one paragraph, list item or sub-heading.
public struct Paragraph: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case prose
        /// A sub-heading: a short line without closing punctuation, or a Markdown `#` line.
        case heading
        /// An item of a numbered or bulleted list. The marker stays in the text (a citation of
        /// "2. Cancellation of ..." should read as the reader saw it) and is also kept in `marker`.
        case listItem = "list-item"
    }

    /// 1-based position among the article's kept paragraphs (dropped boilerplate is not counted).
    public let index: Int
    public let kind: Kind
    /// UTF-8 offsets of the paragraph's text in the article body, without surrounding white space.
    public let range: Range<Int>
    /// "1.", "-", "•" for a list item.
    public let marker: String?

    public init(index: Int, kind: Kind, range: Range<Int>, marker: String? = nil) {
        self.index = index
        self.kind = kind
        self.range = range
        self.marker = marker
    }
}
