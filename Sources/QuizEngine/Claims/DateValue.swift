/// A date as a sentence states it, possibly partial or relative, and the days it can mean.
///
/// "November 21" in an article published 2025-12-02 resolves to 2025-11-21 (with
/// `yearInferred`); "November 2025" is the interval of that month; "this Monday" resolves
/// against the published date; "the following day" against the date mentioned before it.
public struct DateValue: Hashable, Sendable, Codable {
    public enum Precision: String, Hashable, Sendable, Codable {
        case day, month, year
        /// An interval that is not a calendar unit ("days earlier", "between May 1 and May 5").
        case range
    }

    /// What a relative expression is relative to.
    public enum Anchor: String, Hashable, Sendable, Codable {
        /// Written out in full; needs no anchor.
        case none
        /// The article's published date ("this Monday", "yesterday", "last week").
        case published
        /// The date mentioned just before it in the text ("the following day", "days earlier").
        case previousDate = "previous-date"
    }

    public let year: Int?
    public let month: Int?
    public let day: Int?
    /// The year was not written but taken from the published date.
    public let yearInferred: Bool
    public let precision: Precision
    public let anchor: Anchor
    /// The days the expression can mean, when they can be worked out.
    public let earliest: CalendarDate?
    public let latest: CalendarDate?

    public init(
        year: Int?, month: Int?, day: Int?, yearInferred: Bool = false, precision: Precision,
        anchor: Anchor = .none, earliest: CalendarDate?, latest: CalendarDate?
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.yearInferred = yearInferred
        self.precision = precision
        self.anchor = anchor
        self.earliest = earliest
        self.latest = latest
    }

    /// A single resolved day.
    public static func day(_ date: CalendarDate, yearInferred: Bool = false, anchor: Anchor = .none) -> DateValue {
        DateValue(
            year: date.year, month: date.month, day: date.day, yearInferred: yearInferred,
            precision: .day, anchor: anchor, earliest: date, latest: date
        )
    }

    /// The single day this means, if it means exactly one.
    public var exactDay: CalendarDate? {
        guard let earliest, let latest, earliest == latest else { return nil }
        return earliest
    }
}
