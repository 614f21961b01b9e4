import Testing
@testable import QuizEngine

@Suite("Resolving authored citations")
struct CitationResolverTests {
    static let article = Fixtures.article("cc", outlet: "CiberCuba", body: """
        The telephone conversation, held on November 21 and lasting less than 15 minutes, was the first direct contact.

        Maduro requested that Delcy Rodríguez assume an “interim government” — with elections.
        """)

    func resolve(_ quote: String) -> CitationResolver.Resolution {
        CitationResolver(articles: [Self.article]).resolve(article: "cc", quote: quote)
    }

    @Test("quotes resolve to the passage's exact words, tolerating typography and case", arguments: [
        ("held on November 21", "held on November 21"),
        ("assume an \"interim government\" - with", "assume an “interim government” — with"),
        ("assume  an\n“interim government”", "assume an “interim government”"),
        ("HELD ON NOVEMBER 21", "held on November 21"),
        ("Delcy Rodri\u{301}guez", "Delcy Rodríguez"),
        ("held on November 22", nil),
    ] as [(String, String?)])
    func tolerant(quote: String, expected: String?) {
        switch resolve(quote) {
        case let .found(citation, _):
            #expect(citation.quote == expected)
            #expect(Self.article.passage(id: citation.passage)!.text.contains(citation.quote))
        default:
            #expect(expected == nil)
        }
    }

    @Test("different words never match, and the closest passage is offered")
    func notFound() {
        guard case let .notFound(closest) = resolve("held on November 22") else {
            Issue.record("expected not found")
            return
        }
        #expect(closest?.id == "p1.s1")
    }

    @Test("a quote across two sentences is reported as such")
    func spansPassages() {
        let article = Fixtures.article("x", body: "The call was short. It lasted ten minutes.")
        guard case .spansPassages = CitationResolver(articles: [article]).resolve(article: "x", quote: "was short. It lasted") else {
            Issue.record("expected spansPassages")
            return
        }
    }

    @Test("an unknown article is reported")
    func unknownArticle() {
        guard case .unknownArticle = CitationResolver(articles: [Self.article]).resolve(article: "nope", quote: "x") else {
            Issue.record("expected unknownArticle")
            return
        }
    }
}
