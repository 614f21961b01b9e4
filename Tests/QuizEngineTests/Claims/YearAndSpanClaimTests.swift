import QuizEngine
import Testing

@Suite("Year and span claims")
struct YearAndSpanClaimTests {
    @Test("a year named alone is a year claim, about what happened then", arguments: [
        ("Born in 1962 in Caracas, he drove buses.", "1962", 1962, "born"),
        ("Rubio sanctioned Maduro in 2017.", "2017", 2017, "maduro"),
        ("It came after the latter's 2013 death.", "2013", 2013, "death"),
        ("His cousin died in 2024 protests.", "2024", 2024, "protests"),
        ("Growth returned in mid-2024.", "2024", 2024, ""),
    ])
    func years(_ sentence: String, _ text: String, _ year: Int, _ subject: String) throws {
        let claim = try #require(ClaimLookup.single(.year, in: sentence))
        #expect(claim.text == text)
        #expect(claim.value == .year(year))
        if !subject.isEmpty { #expect(claim.subject == subject) }
    }

    @Test("a year inside a date, a span or an amount is not a year claim", arguments: [
        "It happened on August 15, 2024.", "GDP shrunk since 2013.", "They spent $2024 on it.", "It ran from 2013 to 2018.",
    ])
    func notYears(_ sentence: String) {
        #expect(ClaimLookup.claims(.year, in: sentence).isEmpty)
    }

    @Test("spans of years keep their length and ends", arguments: [
        ("Whose 11-year rule has left ruins.", "11-year", 11.0, nil, nil, "rule"),
        ("He began an eight-year tenure in 2021.", "eight-year", 8.0, nil, nil, "tenure"),
        ("GDP shrunk 75% since 2013.", "since 2013", nil, 2013, nil, "gdp"),
        ("Inflation soared from 2013 to 2018.", "from 2013 to 2018", 5.0, 2013, 2018, "inflation"),
        ("Output fell between 2013 and 2018.", "between 2013 and 2018", 5.0, 2013, 2018, "output"),
        ("The 2013-18 recession was deep.", "2013-18", 5.0, 2013, 2018, ""),
        ("It was a decade-long war.", "decade-long", 10.0, nil, nil, "war"),
        ("Music of the 1980s returned.", "1980s", 10.0, 1980, 1989, ""),
    ] as [(String, String, Double?, Int?, Int?, String)])
    func spans(_ sentence: String, _ text: String, _ years: Double?, _ from: Int?, _ to: Int?, _ subject: String) throws {
        let claim = try #require(ClaimLookup.single(.span, in: sentence))
        #expect(claim.text == text)
        guard case let .span(length, start, end) = claim.value else { return #expect(Bool(false)) }
        #expect(length?.stated == years)
        #expect(start == from)
        #expect(end == to)
        if !subject.isEmpty { #expect(claim.subject == subject) }
    }

    @Test("an N-year-old is an age, not a span")
    func ageNotSpan() {
        #expect(ClaimLookup.claims(.span, in: "A 35-year-old teacher spoke.").isEmpty)
        #expect(ClaimLookup.claims(.age, in: "A 35-year-old teacher spoke.").count == 1)
    }
}
