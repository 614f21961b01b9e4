import QuizEngine
import Testing

@Suite("Date claims")
struct DateClaimTests {
    /// The days a date can mean, as "YYYY-MM-DD" or "YYYY-MM-DD..YYYY-MM-DD".
    static func days(_ value: DateValue) -> String {
        guard let earliest = value.earliest, let latest = value.latest else { return "unresolved" }
        return earliest == latest ? earliest.description : "\(earliest)..\(latest)"
    }

    @Test("absolute dates resolve to a day, or to an interval when partial", arguments: [
        ("The call was held on November 21.", "November 21", "2025-11-21", true),
        ("It happened on August 15, 2024, in Caracas.", "August 15, 2024", "2024-08-15", false),
        ("Axios reported it on Nov. 29.", "Nov. 29", "2025-11-29", true),
        ("The file is dated 2025-11-21.", "2025-11-21", "2025-11-21", false),
        ("Talks took place in October.", "October", "2025-10-01..2025-10-31", true),
        ("Elections were held in November 2024.", "November 2024", "2024-11-01..2024-11-30", false),
        ("i'll go back 15 june 2016", "15 june 2016", "2016-06-15", false),
        ("i'll go back 4th of march", "4th of march", "2026-03-04", true),
        ("i'll go back the tenth of september", "the tenth of september", "2026-09-10", true),
        ("i'll go back 02/22/2016", "02/22/2016", "2016-02-22", false),
        ("i'll go back 21/04/16", "21/04/16", "2016-04-21", false),
        ("Are you free on 13.5.2015?", "13.5.2015", "2015-05-13", false),
        ("i'll go back 2019-sep-1", "2019-sep-1", "2019-09-01", false),
        ("on september the twenty-first nineteen seventy eight", "september the twenty-first nineteen seventy eight", "1978-09-21", false),
    ])
    func absolute(_ sentence: String, _ text: String, _ expected: String, _ inferred: Bool) throws {
        let claim = try #require(ClaimLookup.single(.date, in: sentence, published: "2025-12-02"))
        #expect(claim.text == text)
        guard case let .date(value) = claim.value else { return #expect(Bool(false)) }
        #expect(Self.days(value) == expected)
        #expect(value.yearInferred == inferred)
        #expect(value.anchor == .none)
    }

    @Test("a year not written is the latest occurrence by the published date, or the next one in a sentence about the future", arguments: [
        ("He was inaugurated in January.", "2025-12-02", "2025-01-01..2025-01-31"),
        ("The summit will be held in January.", "2025-12-02", "2026-01-01..2026-01-31"),
        ("The vote is on December 5.", "2025-12-02", "2025-12-05"),
        ("Protests began on December 20.", "2025-12-02", "2024-12-20"),
        ("Aid has flowed since January.", "2025-12-02", "2025-01-01..2025-01-31"),
    ])
    func inferredYear(_ sentence: String, _ published: String, _ expected: String) throws {
        let claim = try #require(ClaimLookup.single(.date, in: sentence, published: published))
        guard case let .date(value) = claim.value else { return #expect(Bool(false)) }
        #expect(Self.days(value) == expected)
        #expect(value.yearInferred)
    }

    @Test("a month and day written in full earlier gives its year to the same date later")
    func yearFromEarlierMention() throws {
        let text = """
        The call came on August 15, 2024, at night.

        The August 15 call preceded U.S. recognition of González on August 19.
        """
        let dates = ClaimLookup.claims(.date, in: text, published: "2025-12-01")
        #expect(dates.map(\.text) == ["August 15, 2024", "August 15", "August 19"])
        let values = dates.compactMap { claim -> String? in
            if case let .date(value) = claim.value { return Self.days(value) }
            return nil
        }
        #expect(values == ["2024-08-15", "2024-08-15", "2024-08-19"])
    }

    @Test("dates relative to the published date", arguments: [
        ("In a television appearance this Monday, he denied it.", "this Monday", "2025-12-01"),
        ("He spoke yesterday.", "yesterday", "2025-12-01"),
        ("They met last week.", "last week", "2025-11-24..2025-11-30"),
        ("It happened two months ago.", "two months ago", "2025-10-01..2025-10-31"),
        ("The vote is three weeks from tomorrow.", "three weeks from tomorrow", "2025-12-24"),
        ("He resigned on Friday.", "Friday", "2025-11-28"),
        ("Officials said so on Tuesday night.", "Tuesday night", "2025-12-02"),
        ("He will resign on Friday.", "Friday", "2025-12-05"),
        ("Talks ended last Sunday.", "last Sunday", "2025-11-30"),
        ("i'll go back the first friday of july", "the first friday of july", "2026-07-03"),
        ("i'll go back 20th of next month", "20th of next month", "2026-01-20"),
    ])
    func relativeToPublished(_ sentence: String, _ text: String, _ expected: String) throws {
        let claim = try #require(ClaimLookup.single(.date, in: sentence, published: "2025-12-02"))
        #expect(claim.text == text)
        guard case let .date(value) = claim.value else { return #expect(Bool(false)) }
        #expect(Self.days(value) == expected)
    }

    @Test("'the following day' and 'days earlier' count from the date mentioned before them")
    func relativeToPreviousDate() throws {
        let text = """
        The deadline expired on November 29. The following day, Trump closed the airspace.

        Days earlier, the State Department had acted. Two days later, talks resumed.
        """
        let dates = ClaimLookup.claims(.date, in: text, published: "2025-12-02")
        #expect(dates.map(\.text) == ["November 29", "The following day", "Days earlier", "Two days later"])
        let values = dates.compactMap { claim -> DateValue? in
            if case let .date(value) = claim.value { return value }
            return nil
        }
        #expect(values.map(\.anchor) == [.none, .previousDate, .previousDate, .previousDate])
        #expect(values.map(Self.days) == ["2025-11-29", "2025-11-30", "2025-11-20..2025-11-28", "2025-11-22..2025-11-30"])
    }

    @Test("relative dates without a published date keep their anchor but no days")
    func unresolved() throws {
        let claim = try #require(ClaimLookup.single(.date, in: "He spoke yesterday.", published: nil))
        guard case let .date(value) = claim.value else { return #expect(Bool(false)) }
        #expect(value.anchor == .published)
        #expect(value.earliest == nil)
    }

    @Test("ordinals, fractions, decimals and ranges are not dates", arguments: [
        "i'll go to the 27th floor", "Get tickets for the 17th Door Haunted Experience", "the first prize",
        "It was 3/4 full.", "It grew 4.22 percent.", "Prices rose 10-15 percent.", "the face amount of its 6 1/4% convertible",
        "You may go now.", "Theresa May spoke.", "They march on Sunday mornings.",
    ])
    func notDates(_ sentence: String) {
        let dates = ClaimLookup.claims(.date, in: sentence)
        #expect(dates.allSatisfy { !$0.text.contains("/") && !$0.text.contains("27th") && !$0.text.lowercased().contains("may") && !$0.text.contains("4.22") && !$0.text.contains("10-15") && !$0.text.contains("17th") && $0.text != "the first" }, "\(dates.map(\.text))")
    }
}

@Suite("Weekday-date claims")
struct WeekdayDateClaimTests {
    @Test("a weekday stated with a date keeps both, and the date is also a date claim", arguments: [
        ("That deadline expired on Friday, November 29, without a response.", "Friday, November 29", Weekday.friday, "2025-11-29"),
        ("The summit opens on Monday, Dec. 1.", "Monday, Dec. 1", .monday, "2025-12-01"),
        ("i'll go back monday january 12th, 2016", "monday january 12th, 2016", .monday, "2016-01-12"),
        ("i'll go back wed, 22 of jan", "wed, 22 of jan", .wednesday, "2026-01-22"),
        ("sometime this friday (jun-15) with Jim", "this friday (jun-15)", .friday, "2025-06-15"),
        ("sometime friday 7/6 with Jim", "friday 7/6", .friday, "2025-07-06"),
    ])
    func weekdayDates(_ sentence: String, _ text: String, _ weekday: Weekday, _ expected: String) throws {
        let claim = try #require(ClaimLookup.single(.weekdayDate, in: sentence, published: "2025-12-02"))
        #expect(claim.text == text)
        guard case let .weekdayDate(stated, value) = claim.value else { return #expect(Bool(false)) }
        #expect(stated == weekday)
        #expect(DateClaimTests.days(value) == expected)
        #expect(ClaimLookup.claims(.date, in: sentence, published: "2025-12-02").count == 1)
    }

    @Test("the weekday never chooses the year: a wrong weekday stays wrong for the checker")
    func weekdayDoesNotPickYear() throws {
        let claim = try #require(ClaimLookup.single(.weekdayDate, in: "It expired on Friday, November 29.", published: "2025-12-02"))
        guard case let .weekdayDate(weekday, value) = claim.value, let day = value.exactDay else { return #expect(Bool(false)) }
        #expect(weekday == .friday)
        #expect(day.description == "2025-11-29")
        #expect(day.weekday == .saturday)
        #expect(value.yearInferred)
    }
}
