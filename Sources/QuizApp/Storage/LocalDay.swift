import Foundation
import QuizEngine

/// The calendar day of an instant in the player's time zone: "due tomorrow" means after local
/// midnight, and a week in the statistics is the player's week.
enum LocalDay {
    static func of(_ date: Date, timeZone: TimeZone = .current) -> CalendarDate {
        let seconds = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        return CalendarDate(dayNumber: Int((seconds / 86_400).rounded(.down)))
    }

    static var today: CalendarDate { of(Date()) }
}
