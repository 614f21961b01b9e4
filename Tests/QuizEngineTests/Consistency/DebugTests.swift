@testable import QuizEngine
import Testing

@Test func debugDur() {
    var f = CheckFixture()
    f.article("a", "Witnesses described a call of 25 minutes between the two leaders.\n\nAides later played down the call, less than 15 minutes long.\n")
    f.claim(.duration, "a", "25 minutes", minutes(25))
    f.claim(.duration, "a", "less than 15 minutes", minutes(15, .lessThan))
    let c = CheckContext(articles: f.articles, claims: f.claims)
    for x in c.claims { print("X", x.event as Any, x.cues, x.before, x.after) }
}
