/// A compiled pack: what `factquiz compile` writes and the game plays.
///
/// Self-contained: it carries every passage a citation points at, so the game can quote sources
/// without the article files. `format` names the schema; loaders refuse formats they do not know.
public struct CompiledPack: Hashable, Sendable, Codable {
    public static let currentFormat = "factquiz-pack/1"

    public let format: String
    public let id: String
    public let title: String
    public let description: String?
    public let author: String?
    public let license: String?
    public let audience: String?
    /// The author's version string from `pack.yaml`, if any.
    public let version: String?
    /// A hash of the questions and passages: results from another fingerprint came from
    /// different questions and are not pooled in one report.
    public let fingerprint: String
    /// The seed generation used; sessions derive their order from their own seed.
    public let seed: UInt64
    public let articles: [CompiledArticle]
    public let questions: [Question]

    public init(
        format: String = CompiledPack.currentFormat, id: String, title: String, description: String? = nil,
        author: String? = nil, license: String? = nil, audience: String? = nil, version: String? = nil,
        fingerprint: String, seed: UInt64, articles: [CompiledArticle], questions: [Question]
    ) {
        self.format = format
        self.id = id
        self.title = title
        self.description = description
        self.author = author
        self.license = license
        self.audience = audience
        self.version = version
        self.fingerprint = fingerprint
        self.seed = seed
        self.articles = articles
        self.questions = questions
    }

    public func article(id: String) -> CompiledArticle? { articles.first { $0.id == id } }

    public func passage(_ citation: Citation) -> CompiledPassage? {
        article(id: citation.article)?.passages.first { $0.id == citation.passage }
    }
}

/// An article as a compiled pack (and `factquiz passages --format json`) carries it.
public struct CompiledArticle: Hashable, Sendable, Codable {
    public let id: String
    public let title: String
    public let outlet: String?
    public let author: String?
    public let published: CalendarDate?
    public let url: String?
    public let language: String?
    public let passages: [CompiledPassage]

    public init(
        id: String, title: String, outlet: String?, author: String?, published: CalendarDate?,
        url: String?, language: String?, passages: [CompiledPassage]
    ) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.author = author
        self.published = published
        self.url = url
        self.language = language
        self.passages = passages
    }

    public init(_ article: Article) {
        self.init(
            id: article.id, title: article.metadata.title, outlet: article.metadata.outlet,
            author: article.metadata.author, published: article.metadata.published,
            url: article.metadata.url, language: article.metadata.language,
            passages: article.passages.map(CompiledPassage.init)
        )
    }

    /// How questions name the source: the outlet, or the title in quotes.
    public var sourceName: String { outlet ?? "“\(title)”" }
}

public struct CompiledPassage: Hashable, Sendable, Codable {
    public let id: String
    public let paragraph: Int
    public let sentence: Int
    public let text: String

    public init(id: String, paragraph: Int, sentence: Int, text: String) {
        self.id = id
        self.paragraph = paragraph
        self.sentence = sentence
        self.text = text
    }

    public init(_ passage: Passage) {
        self.init(id: passage.id, paragraph: passage.paragraph, sentence: passage.sentence, text: passage.text)
    }
}
