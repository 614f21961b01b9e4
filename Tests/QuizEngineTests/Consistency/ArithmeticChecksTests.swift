import Foundation
import QuizEngine
import Testing

@Suite("span-arithmetic")
struct SpanArithmeticTests {
    static let deadlineArticle = """
    The telephone conversation, held on November 21, was the first direct contact between the two leaders.

    Washington offered Maduro safe conduct to leave the country within a 72-hour timeframe.

    That deadline expired on Friday, November 29, without a response from Caracas.
    """

    @Test("a deadline that ends on the wrong day is flagged with the day it should end")
    func deadline() throws {
        var f = CheckFixture()
        f.article("a", published: "2025-12-02", Self.deadlineArticle)
        f.claim(.date, "a", "November 21", onDay(2025, 11, 21, inferred: true), subject: "telephone conversation")
        f.claim(.duration, "a", "72-hour", hours(72))
        f.claim(.weekdayDate, "a", "Friday, November 29", .weekdayDate(.friday, day(2025, 11, 29, inferred: true)))
        let finding = try #require(f.check([.spanArithmetic]).first)
        #expect(finding.explanation.hasPrefix("72 hours after November 21, 2025 is November 24, 2025, not November 29, 2025."))
        #expect(finding.citations.map(\.passage) == ["p1.s1", "p2.s1", "p3.s1"])
        #expect(finding.citations.map(\.quote) == ["November 21", "72-hour", "Friday, November 29"])
    }

    @Test("a deadline that ends on the right day is not flagged")
    func rightDeadline() {
        var f = CheckFixture()
        f.article("a", published: "2025-12-02", Self.deadlineArticle.replacingOccurrences(of: "Friday, November 29", with: "Monday, November 24"))
        f.claim(.date, "a", "November 21", onDay(2025, 11, 21, inferred: true))
        f.claim(.duration, "a", "72-hour", hours(72))
        f.claim(.weekdayDate, "a", "Monday, November 24", .weekdayDate(.monday, day(2025, 11, 24, inferred: true)))
        #expect(f.check([.spanArithmetic]).isEmpty)
    }

    @Test("an offset between two dates in one sentence must match them", arguments: [
        ("March 9", 9, false), ("March 7", 7, true),
    ])
    func offsets(landing: String, dayOfMonth: Int, consistent: Bool) {
        var f = CheckFixture()
        f.article("a", "The strike began on \(landing), two days after the March 5 vote.\n")
        f.claim(.date, "a", landing, onDay(2025, 3, dayOfMonth))
        f.claim(.duration, "a", "two days", .duration(Quantity(stated: 2 * 86_400)))
        f.claim(.date, "a", "March 5", onDay(2025, 3, 5))
        #expect(f.check([.spanArithmetic]).isEmpty == consistent)
    }

    @Test("a tenure longer than the years since it began is flagged; a future term is not")
    func tenure() {
        var f = CheckFixture()
        f.article("a", published: "2025-06-01", """
        Her eight-year tenure as director began in 2021.

        The governor's six-year term began in 2021.
        """)
        f.claim(.span, "a", "eight-year tenure as director began in 2021", .span(years: Quantity(stated: 8), from: 2021, to: nil))
        f.claim(.span, "a", "six-year term began in 2021", .span(years: Quantity(stated: 6), from: 2021, to: nil))
        let findings = f.check([.spanArithmetic])
        #expect(findings.count == 1)
        #expect(findings.first?.citations.first?.passage == "p1.s1")
        #expect(findings.first?.explanation.contains("2025 − 2021 = 4") == true)
    }

    @Test("the first year of a span may be a claim of its own in the same sentence")
    func tenureWithSeparateYear() {
        var f = CheckFixture()
        f.article("a", published: "2025-01-20", "Alvarado, whose 15-year tenure as head of the rescue service began in 2014, said little.\n")
        f.claim(.span, "a", "15-year tenure", .span(years: Quantity(stated: 15), from: nil, to: nil))
        f.claim(.year, "a", "2014", .year(2014))
        #expect(f.check([.spanArithmetic]).count == 1)
    }
}

@Suite("age-arithmetic")
struct AgeArithmeticTests {
    @Test("an age that does not fit the birth year and the article's date is flagged")
    func wrongAge() throws {
        var f = CheckFixture()
        f.article("a", published: "2025-12-01", """
        Born in 1962 in Caracas, Maduro dropped out of high school to drive buses.

        For Maduro, 70, the call was a lifeline.
        """)
        f.claim(.year, "a", "1962", .year(1962))
        f.claim(.age, "a", "70", years(70))
        let finding = try #require(f.check([.ageArithmetic]).first)
        #expect(finding.summary == "Someone born in 1962 is 62 or 63 on December 1, 2025, not 70.")
        #expect(finding.citations.map(\.passage) == ["p1.s1", "p2.s1"])
    }

    @Test("either side of the birthday is accepted", arguments: [62.0, 63.0])
    func rightAge(age: Double) {
        var f = CheckFixture()
        f.article("a", published: "2025-12-01", """
        Born in 1962 in Caracas, Maduro dropped out of high school to drive buses.

        For Maduro, \(Int(age)), the call was a lifeline.
        """)
        f.claim(.year, "a", "1962", .year(1962))
        f.claim(.age, "a", "\(Int(age))", years(age))
        #expect(f.check([.ageArithmetic]).isEmpty)
    }

    @Test("a son who shares his father's surname is not mixed up with him")
    func fatherAndSon() {
        var f = CheckFixture()
        f.article("a", published: "2025-12-01", """
        Nicolás Maduro was born in 1962. His son, Nicolás Maduro Guerra, was born in 1990.

        Maduro Guerra, 35, is a regime spokesman. Maduro, 63, leads the country.
        """)
        f.claim(.year, "a", "1962", .year(1962))
        f.claim(.year, "a", "1990", .year(1990))
        f.claim(.age, "a", "35", years(35), subject: "Maduro Guerra")
        f.claim(.age, "a", "63", years(63), subject: "Maduro")
        #expect(f.check([.ageArithmetic]).isEmpty)
    }

    @Test("two ages of one person at the same date must be equal")
    func twoAges() {
        var f = CheckFixture()
        f.article("a", published: "2025-12-01", """
        Teacher Sofia Ramirez, 35, fled to Colombia.

        Ramirez, 38, says she wants to go home.
        """)
        f.claim(.age, "a", "35", years(35))
        f.claim(.age, "a", "38", years(38))
        #expect(f.check([.ageArithmetic]).count == 1)
    }
}

@Suite("total-mismatch")
struct TotalMismatchTests {
    @Test("a count followed by a list of a different length is flagged", arguments: [(3, true), (4, false)])
    func listCount(items: Int, consistent: Bool) throws {
        var f = CheckFixture()
        let list = ["Immunity for him and his family.", "An end to the court case.", "Lifting of sanctions.", "Control of the army."]
            .prefix(items).enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        f.article("a", "Maduro proposed a deal that included three main conditions:\n\n\(list)\n\nTrump rejected them.\n")
        f.claim(.number, "a", "three", count(3))
        let findings = f.check([.totalMismatch])
        #expect(findings.isEmpty == consistent)
        if !consistent {
            let finding = try #require(findings.first)
            #expect(finding.summary == "The text announces three main conditions but lists 4.")
            #expect(finding.citations.count == 5)
        }
    }

    @Test("an inline list is counted", arguments: [
        ("The union listed four demands: higher pay, smaller classes and more staff.", true),
        ("The union listed three demands: higher pay, smaller classes and more staff.", false),
    ])
    func inline(sentence: String, flagged: Bool) {
        var f = CheckFixture()
        f.article("a", sentence + "\n")
        let word = sentence.contains("four") ? "four" : "three"
        f.claim(.number, "a", word, count(word == "four" ? 4 : 3))
        #expect(f.check([.totalMismatch]).isEmpty != flagged)
    }

    @Test("parts that exceed their total are flagged; parts that fall short are not")
    func parts() {
        var f = CheckFixture()
        f.article("a", """
        Of the 12 council members, seven voted in favour, four against and two abstained.

        Of the 50 people killed, 20 were soldiers and 25 were civilians.
        """)
        f.claim(.number, "a", "12", count(12))
        f.claim(.number, "a", "seven", count(7))
        f.claim(.number, "a", "four", count(4))
        f.claim(.number, "a", "two", count(2))
        f.claim(.number, "a", "50", count(50))
        f.claim(.number, "a", "20", count(20))
        f.claim(.number, "a", "25", count(25))
        let findings = f.check([.totalMismatch])
        #expect(findings.count == 1)
        #expect(findings.first?.explanation.contains("7 + 4 + 2 = 13") == true)
    }
}
