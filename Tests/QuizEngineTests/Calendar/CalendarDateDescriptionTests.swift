import Testing
@testable import QuizEngine

/// `CalendarDate.description` writes four-digit years digit by digit; it must read exactly as
/// padding each field as a string does (`paddedDescription`, the reading it replaced).
@Suite("date descriptions")
struct CalendarDateDescriptionTests {
    @Test("digit by digit reads as the padded fields", arguments: [
        "0000-01-01", "0001-02-03", "0099-12-31", "0999-06-15", "1999-12-31", "2024-02-29", "9999-12-31",
    ])
    func knownDates(_ iso: String) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.description == iso)
        #expect(date.description == date.paddedDescription)
    }

    @Test("digit by digit reads as the padded fields on random days, far past and future included")
    func randomDays() {
        var random = SplitMix64(seed: 41)
        // Day numbers from before year 0 to after year 9999 and beyond five digits.
        let spans = [1_000, 400_000, 4_000_000, 40_000_000]
        for _ in 0..<20_000 {
            let span = spans[random.next(below: spans.count)]
            let date = CalendarDate(dayNumber: random.next(below: 2 * span) - span)
            #expect(date.description == date.paddedDescription, "\(date.year) \(date.month) \(date.day)")
        }
    }
}
