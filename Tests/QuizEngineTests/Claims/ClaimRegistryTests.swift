import QuizEngine
import Testing

@Suite("Claim recognizer registry")
struct ClaimRegistryTests {
    static let quantityAndDateKinds: [ClaimKind] = [.number, .percentage, .money, .date, .weekdayDate, .duration, .age, .year, .span]

    @Test("every quantity and date kind has exactly one registered recognizer", arguments: quantityAndDateKinds)
    func registered(_ kind: ClaimKind) {
        #expect(ClaimExtractor.recognizers.filter { $0.kinds.contains(kind) }.count == 1)
    }

    @Test("each recognizer returns only the kinds it declares")
    func declaredKinds() {
        let article = ArticleFixture.article(
            "On Friday, November 29, 2024, Maduro, 62, said 80% of 7 million people paid $300 for a 72-hour visa since 2013, in 2018.",
            published: "2025-12-02"
        )
        let context = SentenceContext(
            article: article.metadata, passage: article.passages[0], previous: nil, next: nil, earlierClaims: []
        )
        for recognizer in ClaimExtractor.recognizers {
            let found = recognizer.claims(in: context)
            #expect(found.allSatisfy { recognizer.kinds.contains($0.kind) })
        }
        let kinds = Set(ClaimExtractor().claims(in: article).map(\.kind))
        #expect(kinds.isSuperset(of: [.number, .percentage, .money, .date, .weekdayDate, .duration, .age, .year, .span]))
    }
}
