import QuizEngine
import Testing

@Suite("Registry of the people, quote, source and place recognizers")
struct PeopleRecognizerRegistryTests {
    @Test("quote, attribution, role and location each have exactly one registered recognizer",
          arguments: [ClaimKind.quote, .attribution, .role, .location])
    func oneRecognizerPerKind(_ kind: ClaimKind) {
        #expect(ClaimExtractor.recognizers.filter { $0.kinds.contains(kind) }.count == 1)
    }

    @Test("claims come out in text order within each passage, each span exactly its text")
    func claimsAreOrderedAndExact() {
        for seed in PeopleClaimFixtures.Seed.allCases {
            let article = PeopleClaimFixtures.seedArticle(seed)
            let claims = ClaimExtractor().claims(in: article)
            for claim in claims {
                let passage = article.passage(id: claim.passage)
                let bytes = Array(passage?.text.utf8 ?? "".utf8)
                #expect(claim.range.upperBound <= bytes.count)
                #expect(String(decoding: bytes[claim.range], as: UTF8.self) == claim.text)
            }
        }
    }
}
