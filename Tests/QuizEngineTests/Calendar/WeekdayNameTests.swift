@testable import QuizEngine
import Testing

/// Weekday names written out are the raw values capitalised, as they were made.
@Suite("weekday names")
struct WeekdayNameTests {
    @Test("each weekday's name is its raw value with a capital first letter", arguments: Weekday.allCases)
    func names(_ weekday: Weekday) {
        #expect(weekday.name == weekday.rawValue.prefix(1).uppercased() + weekday.rawValue.dropFirst())
        #expect(Weekday(name: weekday.name) == weekday)
    }
}
