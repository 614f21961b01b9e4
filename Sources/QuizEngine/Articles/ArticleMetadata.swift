/// What an article says about itself: from front matter, or from the first line and the file
/// name of pasted text.
public struct ArticleMetadata: Hashable, Sendable, Codable {
    /// Stable id used in citations: from front matter `id`, else the file name without extension.
    public let id: String
    public let title: String
    public let outlet: String?
    public let author: String?
    /// The day the article appeared; relative dates ("this Monday") resolve against it.
    public let published: CalendarDate?
    public let url: String?
    public let language: String?

    public init(
        id: String, title: String, outlet: String? = nil, author: String? = nil,
        published: CalendarDate? = nil, url: String? = nil, language: String? = nil
    ) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.author = author
        self.published = published
        self.url = url
        self.language = language
    }

    /// How a question names its source: "CiberCuba" or, lacking an outlet, the title in quotes.
    public var sourceName: String { outlet ?? "“\(title)”" }
}
