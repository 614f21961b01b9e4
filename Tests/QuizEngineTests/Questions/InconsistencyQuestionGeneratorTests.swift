import QuizEngine
import Testing

@Suite("spot-the-inconsistency questions")
struct InconsistencyQuestionGeneratorTests {
    static let body = """
    Venezuela has 80% poverty after a decade of economic decline under Maduro.

    Food prices have tripled in Caracas markets since the start of the year, shoppers say.

    The government blames sanctions for the shortages in shops across the country.

    Officials live in luxury, a stark contrast to the 96% poverty rate in the country.

    Aid groups report that poverty has deepened most in rural areas of the country.

    Independent economists put poverty at 80% of households, matching earlier surveys.

    The opposition has called for new elections to be held before the end of the year.
    """

    static func fixture() -> (CheckFixture, [Finding]) {
        var f = CheckFixture()
        f.article("a", outlet: "The Daily Ledger", body)
        f.claim(.percentage, "a", "80%", percent(80), subject: "poverty")
        f.claim(.percentage, "a", "96%", percent(96), subject: "poverty rate")
        f.claim(.percentage, "a", "80%", percent(80), subject: "poverty", after: "Independent economists put poverty at")
        return (f, f.check([.numericConflict]))
    }

    @Test("a finding becomes a question citing exactly its passages, with distractors from the article")
    func shape() throws {
        let (f, findings) = Self.fixture()
        let finding = try #require(findings.first)
        let questions = InconsistencyQuestionGenerator(articles: f.articles, claims: f.claims).questions(from: findings, seed: 7)
        let question = try #require(questions.first)
        #expect(question.kind == .spotTheInconsistency)
        #expect(question.citations == finding.citations)
        #expect(question.choices.count == 4)
        #expect(question.origin == .generated)
        #expect(question.finding == "numeric-conflict")
        #expect(question.skills == [.numbers, .internalConsistency])
        #expect(question.difficulty == .easy)
        let answer = question.answer.sortedChoices
        #expect(answer.count == 2)
        let picked = question.choices.filter { answer.contains($0.id) }.compactMap(\.citation?.passage)
        #expect(Set(picked) == Set(finding.citations.map(\.passage)))
        // The other "80% poverty" passage agrees with one side and conflicts with the other:
        // never a distractor.
        #expect(!question.choices.contains { $0.text.hasPrefix("Independent economists") })
        #expect(question.explanation.hasSuffix(Lessons.lesson(for: .numericConflict)))
        for citation in finding.citations { #expect(question.explanation.contains(citation.quote)) }
    }

    @Test("the same seed gives the same question; ids do not depend on the seed")
    func deterministic() {
        let (f, findings) = Self.fixture()
        let generator = InconsistencyQuestionGenerator(articles: f.articles, claims: f.claims)
        let first = generator.questions(from: findings, seed: 11)
        #expect(first == generator.questions(from: findings, seed: 11))
        let other = generator.questions(from: findings, seed: 12)
        #expect(other.map(\.id) == first.map(\.id))
        #expect(Set(other.flatMap { $0.choices.map(\.text) }) == Set(first.flatMap { $0.choices.map(\.text) }))
    }

    @Test("the id comes from the content, not from the finding's position")
    func stableID() {
        let (f, findings) = Self.fixture()
        let generator = InconsistencyQuestionGenerator(articles: f.articles, claims: f.claims)
        let alone = generator.questions(from: findings, seed: 1)
        let extra = Finding(kind: .weekdayMismatch, confidence: 0.9, summary: "s", explanation: "e",
                            citations: [Citation(article: "a", passage: "p2.s1", quote: "Food prices")])
        let withAnother = generator.questions(from: [extra] + findings, seed: 1)
        #expect(withAnother.last?.id == alone.first?.id)
    }

    @Test("a finding whose quote is not in its passage makes no question")
    func badCitation() {
        let (f, _) = Self.fixture()
        let finding = Finding(kind: .numericConflict, confidence: 0.9, summary: "s", explanation: "e",
                              citations: [Citation(article: "a", passage: "p1.s1", quote: "not there")])
        #expect(InconsistencyQuestionGenerator(articles: f.articles, claims: f.claims).questions(from: [finding], seed: 1).isEmpty)
    }

    @Test("skills and difficulty follow the kind", arguments: [
        (Finding.Kind.weekdayMismatch, Skill.datesAndTimelines, Difficulty.hard),
        (.spanArithmetic, .datesAndTimelines, .hard),
        (.quoteDrift, .quotes, .medium),
        (.attributionConflict, .sourcing, .medium),
        (.locationConflict, .peopleAndPlaces, .medium),
        (.numericConflict, .numbers, .easy),
    ])
    func skillsByKind(kind: Finding.Kind, skill: Skill, difficulty: Difficulty) {
        #expect(InconsistencyQuestionGenerator.skills(for: kind, crossSource: true) == [skill, .crossSource])
        #expect(InconsistencyQuestionGenerator.difficulty(for: kind) == difficulty)
    }
}
