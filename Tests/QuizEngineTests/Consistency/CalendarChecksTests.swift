import QuizEngine
import Testing

@Suite("weekday-mismatch")
struct WeekdayMismatchTests {
    @Test("a weekday that does not fit its date in the published year is flagged with the real weekday")
    func wrongWeekday() throws {
        var f = CheckFixture()
        f.article("a", published: "2025-12-02", "That deadline expired on Friday, November 29, without a response.\n")
        f.claim(.weekdayDate, "a", "Friday, November 29", .weekdayDate(.friday, day(2025, 11, 29, inferred: true)))
        let findings = f.check([.weekdayMismatch])
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.summary == "November 29, 2025 was a Saturday, not a Friday.")
        #expect(finding.explanation.contains("the nearest Friday was November 28, 2025"))
        #expect(finding.citations == [Citation(article: "a", passage: "p1.s1", quote: "Friday, November 29")])
    }

    @Test("a correct weekday, with the year written or inferred, is not flagged", arguments: [
        ("Saturday, November 29", Weekday.saturday, 2025, 11, 29, true),
        ("Thursday, August 15, 2024", .thursday, 2024, 8, 15, false),
        ("Monday, March 3", .monday, 2025, 3, 3, true),
    ])
    func rightWeekday(text: String, weekday: Weekday, y: Int, m: Int, d: Int, inferred: Bool) {
        var f = CheckFixture()
        f.article("a", published: "2025-12-02", "The talks resumed on \(text) in Geneva.\n")
        f.claim(.weekdayDate, "a", text, .weekdayDate(weekday, day(y, m, d, inferred: inferred)))
        #expect(f.check([.weekdayMismatch]).isEmpty)
    }

    @Test("a year written elsewhere in the sentence decides over the published year")
    func statedYear() {
        var f = CheckFixture()
        f.article("a", published: "2025-12-02", "Back in 2019 the market opened on Friday, November 29, as it does every year.\n")
        f.claim(.year, "a", "2019", .year(2019))
        f.claim(.weekdayDate, "a", "Friday, November 29", .weekdayDate(.friday, day(2025, 11, 29, inferred: true)))
        // November 29, 2019 was a Friday.
        #expect(f.check([.weekdayMismatch]).isEmpty)
    }
}

@Suite("date-conflict")
struct DateConflictTests {
    static let first = "President Trump and Nicolás Maduro spoke by phone. The August 15 call, brokered by Steve Witkoff, offered Maduro an exit.\n"
    static let second = "Maduro asked Trump for amnesty. The telephone conversation between Trump and Maduro, held on November 21, lasted minutes.\n"

    @Test("the same call dated differently by two articles of one story is flagged")
    func acrossArticles() throws {
        var f = CheckFixture()
        f.article("a", published: "2025-12-01", outlet: "Daily Wire Service", Self.first)
        f.article("b", published: "2025-12-02", outlet: "CiberCuba", Self.second)
        f.claim(.date, "a", "August 15", onDay(2024, 8, 15))
        f.claim(.date, "b", "November 21", onDay(2025, 11, 21, inferred: true))
        let finding = try #require(f.check([.dateConflict]).first)
        #expect(finding.summary == "The call is dated August 15, 2024 in one place and November 21, 2025 in another.")
        #expect(finding.explanation.contains("463 days apart"))
        #expect(finding.citations.map(\.article) == ["a", "b"])
    }

    @Test("a second call on another date is a different event")
    func secondCall() {
        var f = CheckFixture()
        f.article("a", """
        The first call took place on March 3.

        A second call followed on March 10.

        The March 10 call was shorter.
        """)
        f.claim(.date, "a", "March 3", onDay(2025, 3, 3))
        f.claim(.date, "a", "March 10", onDay(2025, 3, 10))
        f.claim(.date, "a", "March 10", onDay(2025, 3, 10), after: "followed on March 10.")
        #expect(f.check([.dateConflict]).isEmpty)
    }

    @Test("a day inside a stated month agrees with the month")
    func monthAndDay() {
        var f = CheckFixture()
        f.article("a", "The vote was held in November.\n\nThe November 21 vote surprised observers.\n")
        f.claim(.date, "a", "November", .date(DateValue(year: 2025, month: 11, day: nil, yearInferred: true, precision: .month,
                                                          earliest: CalendarDate(year: 2025, month: 11, day: 1), latest: CalendarDate(year: 2025, month: 11, day: 30))))
        f.claim(.date, "a", "November 21", onDay(2025, 11, 21, inferred: true), after: "in November.")
        #expect(f.check([.dateConflict]).isEmpty)
    }
}

@Suite("duration-conflict")
struct DurationConflictTests {
    @Test("lengths that no single value satisfies are flagged", arguments: [
        ("a 40-minute call", "40-minute", minutes(40), "the hour-long call", "hour-long", hours(1)),
        ("a call of 25 minutes", "25 minutes", minutes(25), "the call, less than 15 minutes long", "less than 15 minutes", minutes(15, .lessThan)),
    ])
    func conflicting(first: String, spanA: String, a: ClaimValue, second: String, spanB: String, b: ClaimValue) {
        var f = CheckFixture()
        f.article("a", "Witnesses described \(first) between the two leaders.\n\nAides later played down \(second).\n")
        f.claim(.duration, "a", spanA, a)
        f.claim(.duration, "a", spanB, b)
        #expect(f.check([.durationConflict]).count == 1)
    }

    @Test("compatible intervals agree", arguments: [
        ("lasting 12 minutes", "12 minutes", minutes(12), "the call, less than 15 minutes long", "less than 15 minutes", minutes(15, .lessThan)),
        ("a two-hour call", "two-hour", hours(2), "the 120 minutes of the call", "120 minutes", minutes(120)),
        ("an hour-long call", "hour-long", hours(1), "the call that ran 55 minutes", "55 minutes", minutes(55)),
    ])
    func compatible(first: String, spanA: String, a: ClaimValue, second: String, spanB: String, b: ClaimValue) {
        var f = CheckFixture()
        f.article("a", "Witnesses described the call, \(first), between the two leaders.\n\nAides later played down \(second).\n")
        f.claim(.duration, "a", spanA, a)
        f.claim(.duration, "a", spanB, b)
        #expect(f.check([.durationConflict]).isEmpty)
    }

    @Test("a deadline is not the length of the call")
    func deadline() {
        var f = CheckFixture()
        f.article("a", "The call lasted 12 minutes.\n\nTrump gave Maduro 72 hours to leave after the call.\n")
        f.claim(.duration, "a", "12 minutes", minutes(12))
        f.claim(.duration, "a", "72 hours", hours(72))
        #expect(f.check([.durationConflict]).isEmpty)
    }
}
