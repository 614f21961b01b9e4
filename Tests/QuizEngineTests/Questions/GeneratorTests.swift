import Testing
@testable import QuizEngine

@Suite("Generated true/false and fact-check questions")
struct GeneratorTests {
    static let report = Fixtures.article("courier", outlet: "Riverside Courier", body: """
        The old bridge reopened on Monday, March 3, after eleven weeks of repairs, the city said.

        The repairs cost $2.4 million, about $400,000 more than the council approved in December.

        Officials said about 12,000 cars crossed the bridge each day before it closed.

        The inspection that followed the reopening lasted less than 15 minutes, a city engineer said.
        """)
    static let sibling = Fixtures.article("gazette", outlet: "Valley Gazette", body: """
        The mayor said the bridge would stay open all winter, despite the storms that had flooded the valley.
        """)

    static var claims: [[Claim]] {
        let a = report
        return [[
            Fixtures.claim(.number, "eleven weeks", in: a, value: .number(Quantity(stated: 11)), subject: "repairs"),
            Fixtures.claim(.money, "$2.4 million", in: a, value: .money(Quantity(stated: 2_400_000), currency: "USD"), subject: "repairs"),
            Fixtures.claim(.number, "about 12,000 cars", in: a, value: .number(Quantity(stated: 12_000, hedge: .approximately)), subject: "cars"),
            Fixtures.claim(.duration, "less than 15 minutes", in: a, value: .duration(Quantity(stated: 900, hedge: .lessThan)), subject: "inspection"),
        ], []]
    }

    @Test("true/false questions alternate answers and cite exact spans of their passages")
    func trueFalse() {
        var random = SplitMix64(seed: 3)
        let questions = TrueFalseGenerator(articles: [Self.report, Self.sibling], claims: Self.claims).questions(count: 4, random: &random)
        #expect(questions.count == 4)
        let answers = questions.map { $0.answer }
        #expect(answers.filter { $0 == .trueFalse(true) }.count == 2)
        for question in questions {
            #expect(question.prompt.hasPrefix("According to Riverside Courier, "))
            #expect(question.kind == .trueFalse)
            let citation = question.citations[0]
            let passage = Self.report.passage(id: citation.passage)!
            #expect(passage.text.contains(citation.quote))
            if question.answer == .trueFalse(false) {
                // Exactly one detail changed: the prompt differs from the passage, the explanation names both.
                #expect(!question.prompt.contains(passage.text.dropFirst(4)))
                #expect(question.explanation.hasPrefix("False. The statement changes"))
            } else {
                #expect(question.explanation.hasPrefix("True."))
            }
            #expect(question.explanation.contains("Lesson:"))
        }
    }

    @Test("generation is deterministic for a seed")
    func deterministic() {
        var a = SplitMix64(seed: 9), b = SplitMix64(seed: 9)
        let generator = TrueFalseGenerator(articles: [Self.report], claims: [Self.claims[0]])
        let first = generator.questions(count: 4, random: &a)
        #expect(!first.isEmpty)
        #expect(first == generator.questions(count: 4, random: &b))
    }

    @Test("a hedged figure made exact is not stated, not supported")
    func overInference() throws {
        let claim = Self.claims[0][3]
        #expect(FactCheckGenerator.exactVersion(of: claim) == "12 minutes")
        var random = SplitMix64(seed: 1)
        let questions = FactCheckGenerator(articles: [Self.report, Self.sibling], claims: Self.claims).questions(count: 3, random: &random)
        #expect(Set(questions.map(\.answer)) == [.verdict(.supported), .verdict(.contradicted), .verdict(.notStated)])
        let notStated = try #require(questions.first { $0.answer == .verdict(.notStated) })
        #expect(notStated.explanation.hasPrefix("Not stated."))
    }

    @Test("the altered number never equals another figure stated in the pack", arguments: 0..<20)
    func alterationAvoidsTakenValues(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let claims = Self.claims[0]
        let alteration = DetailAlteration(claims: claims)
        let change = alteration.change(claims[0], in: "", random: &random)
        #expect(change != nil)
        #expect(change?.replacement != "eleven weeks")
        #expect(change?.replacement.hasSuffix(" weeks") == true)
    }

    @Test("numbers keep their written style when changed", arguments: [
        (9_000.0, "12,000", "9,000"), (1.8, "2.4", "1.8"), (4, "7", "4"), (1_500_000, "2,000,000", "1,500,000"),
    ])
    func formatting(value: Double, original: String, expected: String) {
        #expect(DetailAlteration.format(value, like: original) == expected)
    }
}
