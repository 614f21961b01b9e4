/// Reads when something holds from the date-like claims other recognizers found.
enum ClaimTime {
    /// The date a date, weekday-date, year or span claim stands for: "in 2023" is the year 2023,
    /// "since 2013" the interval from 2013 on.
    static func date(of claim: Claim) -> DateValue? {
        switch claim.value {
        case let .date(date): return date
        case let .weekdayDate(_, date): return date
        case let .year(year): return yearValue(year)
        case let .span(_, from, to):
            guard from != nil || to != nil else { return nil }
            return DateValue(
                year: nil, month: nil, day: nil, precision: .range, earliest: from.flatMap { CalendarDate(year: $0, month: 1, day: 1) },
                latest: to.flatMap { CalendarDate(year: $0, month: 12, day: 31) }
            )
        default: return nil
        }
    }

    static func yearValue(_ year: Int) -> DateValue {
        DateValue(
            year: year, month: nil, day: nil, precision: .year,
            earliest: CalendarDate(year: year, month: 1, day: 1), latest: CalendarDate(year: year, month: 12, day: 31)
        )
    }
}
