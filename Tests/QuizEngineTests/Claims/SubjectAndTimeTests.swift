import QuizEngine
import Testing

@Suite("Claim subjects and times")
struct SubjectAndTimeTests {
    @Test("the same quantity shares a subject head; different quantities do not")
    func sameAndDifferentQuantities() throws {
        let poverty = try #require(ClaimLookup.single(.percentage, in: "The regime left 80% poverty."))
        let rate = try #require(ClaimLookup.single(.percentage, in: "It contrasts with the 96% poverty rate."))
        let voters = try #require(ClaimLookup.single(.percentage, in: "It was boycotted by 80% of voters."))
        let disapproval = try #require(ClaimLookup.single(.percentage, in: "He faces 80% disapproval."))
        #expect(poverty.subject == "poverty")
        #expect(rate.subject == "poverty rate")
        #expect(rate.subject.split(separator: " ").contains(Substring(poverty.subject)))
        #expect(voters.subject == "voters")
        #expect(disapproval.subject == "disapproval")
    }

    @Test("a figure's subject comes from the verb that leads to it", arguments: [
        ("The call, lasting 12 minutes, ended abruptly.", ClaimKind.duration, "call"),
        ("GDP shrunk 75% in a decade.", .percentage, "gdp"),
        ("The telephone conversation, held on November 21 and lasting less than 15 minutes, was brief.", .duration, "telephone conversation"),
        ("U.S. aid to opposition groups topping $100 million arrived.", .money, "u.s. aid"),
        ("A poverty rate of 96% was reported.", .percentage, "poverty rate"),
    ])
    func verbSubjects(_ sentence: String, _ kind: ClaimKind, _ subject: String) throws {
        let claim = try #require(ClaimLookup.single(kind, in: sentence))
        #expect(claim.subject == subject)
    }

    @Test("the time a figure holds comes from its clause", arguments: [
        ("Hyperinflation peaked at 1.7 million percent in 2018.", ClaimKind.percentage, "2018-01-01..2018-12-31"),
        ("In 2018, inflation hit 80%.", .percentage, "2018-01-01..2018-12-31"),
        ("She is one of 7 million refugees since 2014 per UNHCR data.", .number, "2014-01-01..2025-12-02"),
        ("He clings on amid 2025 protests that have killed 50 people.", .number, "2025-01-01..2025-12-31"),
        ("Aid topped $100 million since January.", .money, "2025-01-01..2025-01-31"),
    ])
    func times(_ sentence: String, _ kind: ClaimKind, _ expected: String) throws {
        let claim = try #require(ClaimLookup.single(kind, in: sentence, published: "2025-12-02"))
        let time = try #require(claim.time)
        #expect(ClaimLookup.days(time) == expected)
    }

    @Test("a figure whose sentence gives no time has none; a dated report is not the figure's time", arguments: [
        "The call, lasting 12 minutes and verified in a November 29 Axios report, marked a bid.",
        "The regime left 80% poverty, and 7 million refugees.",
    ])
    func noTime(_ sentence: String) {
        let claims = ArticleFixture.claims(sentence, published: "2025-12-02").filter { [.duration, .percentage, .number].contains($0.kind) }
        #expect(!claims.isEmpty)
        #expect(claims.allSatisfy { $0.time == nil })
    }
}
