import Foundation
import QuizEngine

/// Articles made from a few lines of text, and the seed articles, run through the real reader
/// and claim extractor, for the quote, attribution, role and location tests.
enum PeopleClaimFixtures {
    /// An article whose body is `body` (paragraphs separated by blank lines).
    static func article(_ body: String, id: String = "test", published: String? = "2025-12-02") -> Article {
        var text = "---\nid: \(id)\ntitle: Test article\n"
        if let published { text += "published: \(published)\n" }
        text += "---\n" + body + "\n"
        let sink = DiagnosticSink()
        guard let article = ArticleReader().read(SourceFile(path: "\(id).md", text: text), sink: sink) else {
            fatalError("fixture article did not read: \(sink.diagnostics)")
        }
        return article
    }

    /// The claims of one kind in `body`, in text order.
    static func claims(_ kind: ClaimKind, in body: String) -> [Claim] {
        ClaimExtractor().claims(in: article(body)).filter { $0.kind == kind }
    }

    /// The claims of one kind in `sentence`, taken as one passage whatever the segmenter would
    /// make of it ("Sen. Marco Rubio" stays together).
    static func claims(_ kind: ClaimKind, inOneSentence sentence: String) -> [Claim] {
        let metadata = ArticleMetadata(id: "test", title: "Test article", published: CalendarDate(year: 2025, month: 12, day: 2))
        let length = sentence.utf8.count
        let article = Article(
            metadata: metadata, source: SourceFile(path: "test.md", text: sentence), bodyOffset: 0,
            paragraphs: [Paragraph(index: 1, kind: .prose, range: 0..<length)],
            passages: [Passage(paragraph: 1, sentence: 1, text: sentence, range: 0..<length)], dropped: []
        )
        return ClaimExtractor().claims(in: article).filter { $0.kind == kind }
    }

    /// One sentence run through the registered recognizer of `kind`, as if the recognizers
    /// before it had found `earlier` (words of the sentence, their kind and value): how the
    /// people recognizers' use of dates and figures is tested without the date recognizers.
    static func recognize(
        _ kind: ClaimKind, in text: String, after earlier: [(words: String, kind: ClaimKind, value: ClaimValue)],
        published: CalendarDate? = nil
    ) -> [Claim] {
        let metadata = ArticleMetadata(id: "test", title: "Test", published: published)
        let passage = Passage(paragraph: 1, sentence: 1, text: text, range: 0..<text.utf8.count)
        let found = earlier.map { words, kind, value in
            guard let range = text.range(of: words) else { fatalError("\(words) not in \(text)") }
            let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            return Claim(kind: kind, article: "test", passage: passage.id, range: start..<(start + words.utf8.count),
                         text: words, value: value)
        }
        let context = SentenceContext(article: metadata, passage: passage, previous: nil, next: nil, earlierClaims: [], claimsInSentence: found)
        guard let recognizer = ClaimExtractor.recognizers.first(where: { $0.kinds.contains(kind) }) else { fatalError("no \(kind) recognizer") }
        return recognizer.claims(in: context)
    }

    static func year(_ year: Int) -> DateValue {
        DateValue(year: year, month: nil, day: nil, precision: .year,
                  earliest: CalendarDate(year: year, month: 1, day: 1), latest: CalendarDate(year: year, month: 12, day: 31))
    }

    /// The claims of one kind in a seed article (`seeds/` at the repository's root).
    static func seedClaims(_ kind: ClaimKind, seed: Seed) -> [Claim] {
        ClaimExtractor().claims(in: seedArticle(seed)).filter { $0.kind == kind }
    }

    enum Seed: String, CaseIterable, Sendable {
        /// The long feature on the secret call, with most of the quotes.
        case secretCall = "000_5c751eb11b941e74.txt"
        /// CiberCuba's report on Maduro's conditions, with most of the sources.
        case cibercuba = "001_4dba223d2a29a9c4.txt"
    }

    static func seedArticle(_ seed: Seed) -> Article {
        let url = repositoryRoot.appendingPathComponent("seeds").appendingPathComponent(seed.rawValue)
        guard let data = try? Data(contentsOf: url) else { fatalError("missing seed \(url.path)") }
        let sink = DiagnosticSink()
        guard let article = ArticleReader().read(path: url.path, bytes: Array(data), sink: sink) else {
            fatalError("seed did not read")
        }
        return article
    }

    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()
}

extension Claim {
    var quoteValue: QuoteValue? {
        if case let .quote(value) = value { return value }
        return nil
    }

    var attributionSource: String? {
        if case let .attribution(source) = value { return source }
        return nil
    }

    var roleValue: (person: String, role: String)? {
        if case let .role(person, role) = value { return (person, role) }
        return nil
    }

    var locationValue: (entity: String, place: String)? {
        if case let .location(entity, place) = value { return (entity, place) }
        return nil
    }
}
