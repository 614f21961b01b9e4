import QuizEngine
import Testing

@Suite("quote-drift")
struct QuoteDriftTests {
    static let article = """
    “Nicolás, you have to leave Venezuela in order to save yourself and your family,” Trump said on the call.

    “You must leave in order to save yourself and your family,” Trump said, according to Axios sources.

    “Nicolás, you have to leave to save yourself and your family,” Trump reportedly said.

    Trump also told him to “save yourself and your family.”
    """

    @Test("three wordings of one quote from one speaker are one finding citing each wording")
    func threeWordings() {
        var f = CheckFixture()
        f.article("a", Self.article)
        f.claim(.quote, "a", "Nicolás, you have to leave Venezuela in order to save yourself and your family,",
                .quote(QuoteValue(words: "Nicolás, you have to leave Venezuela in order to save yourself and your family,", speaker: "Trump")))
        f.claim(.quote, "a", "You must leave in order to save yourself and your family,",
                .quote(QuoteValue(words: "You must leave in order to save yourself and your family,", speaker: "Trump")))
        f.claim(.quote, "a", "Nicolás, you have to leave to save yourself and your family,",
                .quote(QuoteValue(words: "Nicolás, you have to leave to save yourself and your family,", speaker: "Trump")))
        f.claim(.quote, "a", "save yourself and your family.",
                .quote(QuoteValue(words: "save yourself and your family.", speaker: "Trump")))
        let findings = f.check([.quoteDrift])
        #expect(findings.count == 1)
        #expect(findings.first?.citations.map(\.passage) == ["p1.s1", "p2.s1", "p3.s1"])
        #expect(findings.first?.summary == "Trump is quoted 3 different ways, each time in quotation marks.")
        #expect(findings.first?.explanation.contains("“have to leave Venezuela”") == true || findings.first?.explanation.contains("must") == true)
        for citation in findings.first?.citations ?? [] { #expect(f.text(of: citation).contains(citation.quote)) }
    }

    @Test("a shorter excerpt, with or without an ellipsis, is not drift")
    func excerpts() {
        var f = CheckFixture()
        f.article("a", """
        “We will rebuild every home that the river took from us, street by street,” the mayor, Ana Costa, said.

        Costa promised to “rebuild every home that the river took from us.”

        “We will rebuild every home ... street by street,” Costa said again on Friday.
        """)
        f.claim(.quote, "a", "We will rebuild every home that the river took from us, street by street,",
                .quote(QuoteValue(words: "We will rebuild every home that the river took from us, street by street,", speaker: "Ana Costa")))
        f.claim(.quote, "a", "rebuild every home that the river took from us.",
                .quote(QuoteValue(words: "rebuild every home that the river took from us.", speaker: "Costa")))
        f.claim(.quote, "a", "We will rebuild every home ... street by street,",
                .quote(QuoteValue(words: "We will rebuild every home ... street by street,", speaker: "Costa")))
        #expect(f.check([.quoteDrift]).isEmpty)
    }

    @Test("similar words from two different people are not drift")
    func differentSpeakers() {
        var f = CheckFixture()
        f.article("a", """
        “The water rose faster than anyone expected,” said fire chief Rui Sousa.

        “The water rose much faster than we expected,” said resident Marta Pires.
        """)
        f.claim(.quote, "a", "The water rose faster than anyone expected,",
                .quote(QuoteValue(words: "The water rose faster than anyone expected,", speaker: "Rui Sousa")))
        f.claim(.quote, "a", "The water rose much faster than we expected,",
                .quote(QuoteValue(words: "The water rose much faster than we expected,", speaker: "Marta Pires")))
        #expect(f.check([.quoteDrift]).isEmpty)
    }
}
