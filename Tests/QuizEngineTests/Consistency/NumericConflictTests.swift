import QuizEngine
import Testing

@Suite("numeric-conflict")
struct NumericConflictTests {
    @Test("the same rate given two values in one article is flagged, citing both spans")
    func flagsDifferentRates() {
        var f = CheckFixture()
        f.article("a", """
        Venezuela has 80% poverty after a decade of decline.

        Officials live in luxury, a stark contrast to the 96% poverty rate in the country.
        """)
        f.claim(.percentage, "a", "80%", percent(80), subject: "poverty")
        f.claim(.percentage, "a", "96%", percent(96), subject: "poverty rate")
        let findings = f.check([.numericConflict])
        #expect(findings.count == 1)
        let finding = findings[0]
        #expect(finding.kind == .numericConflict)
        #expect(finding.citations.map(\.passage) == ["p1.s1", "p2.s1"])
        #expect(finding.citations.map(\.quote) == ["80% poverty", "96% poverty rate"])
        #expect(finding.explanation.contains("16 percentage points"))
        for citation in finding.citations { #expect(f.text(of: citation).contains(citation.quote)) }
    }

    @Test("the same number about different things is not flagged")
    func differentThings() {
        var f = CheckFixture()
        f.article("a", """
        The election was boycotted by 80% of voters.

        The country has 60% poverty.
        """)
        f.claim(.percentage, "a", "80%", percent(80), subject: "voters")
        f.claim(.percentage, "a", "60%", percent(60), subject: "poverty")
        #expect(f.check([.numericConflict]).isEmpty)
    }

    @Test("hedged and rounded figures that can both be true agree", arguments: [
        ("nearly 7 million", 7e6, Quantity.Hedge.nearly, "6.9 million", 6.9e6, Quantity.Hedge.exact),
        ("7 million", 7e6, .exact, "6.9 million", 6.9e6, .exact),
        ("more than 80", 80, .moreThan, "95", 95, .exact),
        ("about 500", 500, .approximately, "480", 480, .exact),
    ])
    func agreeingFigures(first: String, a: Double, ha: Quantity.Hedge, second: String, b: Double, hb: Quantity.Hedge) {
        var f = CheckFixture()
        f.article("a", "The camps now hold \(first) refugees.\n\nAid groups count \(second) refugees in the camps.\n")
        f.claim(.number, "a", first, count(a, ha), subject: "refugees")
        f.claim(.number, "a", second, count(b, hb), subject: "refugees")
        #expect(f.check([.numericConflict]).isEmpty)
    }

    @Test("a figure that changed, with both times stated or an explicit update, is not flagged")
    func changesOverTime() {
        var f = CheckFixture()
        f.article("a", """
        In 2019 the clinic treated 20 patients a day.

        In 2024 the clinic treated 35 patients a day.

        The number of cases rose from 12 to 30 over the winter.

        Doctors first counted 12 cases.
        """)
        f.claim(.number, "a", "20", count(20), subject: "patients treated", time: inYear(2019))
        f.claim(.number, "a", "35", count(35), subject: "patients treated", time: inYear(2024))
        f.claim(.number, "a", "12", count(12), subject: "cases")
        f.claim(.number, "a", "30", count(30), subject: "cases")
        f.claim(.number, "a", "12 cases", count(12), subject: "cases", after: "first counted ")
        #expect(f.check([.numericConflict]).isEmpty)
    }

    @Test("a proposal does not contradict what was spent")
    func proposalIsNotAFact() {
        var f = CheckFixture()
        f.article("a", """
        U.S. aid to opposition groups reached $100 million this year.

        Senators are calling for $200 million in opposition aid.
        """)
        f.claim(.money, "a", "$100 million", dollars(1e8), subject: "opposition aid")
        f.claim(.money, "a", "$200 million", dollars(2e8), subject: "opposition aid")
        #expect(f.check([.numericConflict]).isEmpty)
    }

    @Test("amounts in different written forms are compared as amounts")
    func moneyForms() {
        var f = CheckFixture()
        f.article("a", published: "2025-03-02", outlet: "The Ledger", "The city paid $2.4 million for the bridge study.\n")
        f.article("b", published: "2025-03-02", outlet: "Harbor News", "The bridge study cost the city 3.1m dollars, records show.\n")
        f.claim(.money, "a", "$2.4 million", dollars(2.4e6), subject: "bridge study")
        f.claim(.money, "b", "3.1m dollars", dollars(3.1e6), subject: "bridge study")
        let findings = f.check([.numericConflict])
        // Different stories unless the articles share names: these two share none, so nothing.
        #expect(findings.isEmpty)

        var g = CheckFixture()
        g.article("a", published: "2025-03-02", outlet: "The Ledger", "Mayor Ana Costa said Porto paid $2.4 million for the Dom Luís study.\n")
        g.article("b", published: "2025-03-02", outlet: "Harbor News", "The Dom Luís study cost Porto 3.1m dollars, Mayor Ana Costa admitted.\n")
        g.claim(.money, "a", "$2.4 million", dollars(2.4e6), subject: "study")
        g.claim(.money, "b", "3.1m dollars", dollars(3.1e6), subject: "study")
        let across = g.check([.numericConflict])
        #expect(across.count == 1)
        #expect(across.first?.explanation.contains("The Ledger") == true)
        #expect(across.first?.explanation.contains("$700,000") == true)
    }
}
