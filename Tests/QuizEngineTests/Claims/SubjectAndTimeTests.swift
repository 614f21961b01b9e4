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

    @Test("a comparison with 'a year earlier' holds at its own time, counted from the sentence's time or the time of writing")
    func comparisons() throws {
        let claims = ArticleFixture.claims(
            "Profit rose to $2.3 billion from $2.05 billion a year earlier. In 2020, turnout was 66.8 per cent; four years earlier it was 61 per cent.",
            published: "2024-11-06"
        )
        let earlier = try #require(claims.first { $0.text == "$2.05 billion" })
        #expect(earlier.time.map(ClaimLookup.days) == "2023-11-06")
        let now = try #require(claims.first { $0.text == "$2.3 billion" })
        #expect(now.time == nil)
        let turnout2020 = try #require(claims.first { $0.text == "66.8 per cent" })
        #expect(turnout2020.time.map(ClaimLookup.days) == "2020-01-01..2020-12-31")
        let turnout2016 = try #require(claims.first { $0.text == "61 per cent" })
        #expect(turnout2016.time.map(ClaimLookup.days) == "2016-01-01..2016-12-31")
    }

    @Test("a count is of the plural after it, not of the verb that follows", arguments: [
        ("Around 300,000 people live in the city.", "people"),
        ("Some 7 million refugees fled abroad.", "refugees"),
        ("Prices rose 3.2% year on year in October.", "prices"),
    ])
    func countSubjects(_ sentence: String, _ subject: String) throws {
        let claim = try #require(ArticleFixture.claims(sentence, published: "2024-11-06").first { [.number, .percentage].contains($0.kind) })
        #expect(claim.subject == subject)
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
