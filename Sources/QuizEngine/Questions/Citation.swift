/// Where an answer comes from: an article, a passage in it, and the exact words that decide.
///
/// `quote` is always an exact substring of the passage's text: the compiler resolves authored
/// quotes (typed with straight quotes, different dashes or spacing) to the passage's own words.
public struct Citation: Hashable, Sendable, Codable {
    public let article: String
    public let passage: String
    public let quote: String

    public init(article: String, passage: String, quote: String) {
        self.article = article
        self.passage = passage
        self.quote = quote
    }
}
