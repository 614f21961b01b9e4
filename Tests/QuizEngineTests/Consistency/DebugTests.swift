@testable import QuizEngine
import Testing

@Test func debugQuote() {
    var f = CheckFixture()
    f.article("a", QuoteDriftTests.article)
    for (s) in ["Nicolás, you have to leave Venezuela in order to save yourself and your family,", "You must leave in order to save yourself and your family,", "Nicolás, you have to leave to save yourself and your family,"] {
    f.claim(.quote, "a", s, .quote(QuoteValue(words: s, speaker: "Trump")))
    }
    for x in f.check() { print("F", x.summary, "\n", x.explanation, x.confidence) }
    var g = CheckFixture()
    g.article("a", """
    Venezuela has 80% poverty after a decade of decline.

    Officials live in luxury, a stark contrast to the 96% poverty rate in the country.
    """)
    g.claim(.percentage, "a", "80%", percent(80), subject: "poverty")
    g.claim(.percentage, "a", "96%", percent(96), subject: "poverty rate")
    for x in g.check() { print("F", x.summary, "\n", x.explanation, x.confidence) }
}
