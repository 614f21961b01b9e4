/// What a date expression says, before it is resolved against the article's published date and
/// the dates mentioned before it.
enum DatePhrase: Sendable, Equatable {
    /// Which occurrence of a weekday a phrase means.
    enum WeekdayChoice: Sendable, Equatable {
        /// Bare "Friday": the latest on or before the published date, or the next one in a
        /// sentence about the future.
        case nearest
        /// In the week `offset` weeks from the published date's week ("this Friday" 0,
        /// "Tuesday of next week" 1).
        case week(Int)
        /// "next Sunday", "coming Sunday": the first one after the published date.
        case following
        /// "last Sunday", "past Monday": the latest one before the published date.
        case preceding
    }

    /// Calendar fields as written; nil where not written ("November 21" has no year).
    case calendar(year: Int?, month: Int?, day: Int?)
    /// A day of the month alone ("the 27th"); month and year come from context.
    case dayOfMonth(Int)
    /// Days from an anchor: "yesterday" is -1...-1 from the published date, "the following
    /// day" 1...1 from the previous date, "days earlier" -10...-2.
    case days(ClosedRange<Int>, anchor: DateValue.Anchor)
    /// The calendar month `offset` months from the anchor's ("last month", "two months ago").
    case months(Int, anchor: DateValue.Anchor)
    /// The calendar year `offset` years from the anchor's ("last year", "the following year").
    case years(Int, anchor: DateValue.Anchor)
    /// The anchor's days moved by whole months ("a year earlier" after "in February" is February
    /// of the year before; "two months later" after "March 3" is May 3).
    case shifted(months: Int, anchor: DateValue.Anchor)
    /// The ISO week (Monday to Sunday) `offset` weeks from the anchor's ("last week").
    case week(Int, anchor: DateValue.Anchor)
    /// The weekend (Saturday and Sunday) of the week `offset` weeks from the published date's.
    case weekend(Int)
    /// From the start of the published date's week/month/year to it ("earlier this month"),
    /// or from it to the end ("later this year"). `unit` is 7, 30 or 365.
    case partOfPeriod(unit: Int, earlier: Bool)
    case weekday(Weekday, WeekdayChoice)
    /// "the first Friday of July" (n = 1), "the last Friday of November" (n = -1); `month`
    /// nil for the published date's month, or an offset from it when `monthOffset` is set.
    case nthWeekday(n: Int, Weekday, month: Int?, monthOffset: Int?)
    /// "the 20th of next month".
    case dayOfRelativeMonth(day: Int, monthOffset: Int)
}

extension DatePhrase {
    /// What the phrase counts from, when it counts from something.
    var anchor: DateValue.Anchor {
        switch self {
        case let .days(_, anchor), let .months(_, anchor), let .years(_, anchor), let .shifted(_, anchor), let .week(_, anchor):
            anchor
        case .weekday, .weekend, .partOfPeriod, .dayOfRelativeMonth: .published
        case .calendar, .dayOfMonth, .nthWeekday: .none
        }
    }

    /// The same phrase counted from `anchor` instead.
    func anchored(to anchor: DateValue.Anchor) -> DatePhrase {
        switch self {
        case let .days(range, _): .days(range, anchor: anchor)
        case let .months(offset, _): .months(offset, anchor: anchor)
        case let .years(offset, _): .years(offset, anchor: anchor)
        case let .shifted(months, _): .shifted(months: months, anchor: anchor)
        case let .week(offset, _): .week(offset, anchor: anchor)
        default: self
        }
    }
}

extension FigureScan {
    /// The meaning of `phrase` as a `DateValue`, or nil when it cannot be a real date
    /// ("February 30").
    func resolve(_ phrase: DatePhrase, before index: Int) -> DateValue? {
        switch phrase {
        case let .calendar(year, month, day):
            return resolveCalendar(year: year, month: month, day: day, before: index)
        case let .dayOfMonth(day):
            guard (1...31).contains(day) else { return nil }
            guard let reference = previousDate(before: index)?.earliest ?? published else {
                return DateValue(year: nil, month: nil, day: day, yearInferred: true, precision: .day, earliest: nil, latest: nil)
            }
            let candidates = (-1...1).compactMap { offset -> CalendarDate? in
                let (year, month) = Self.addMonths(offset, toYear: reference.year, month: reference.month)
                return CalendarDate(year: year, month: month, day: day)
            }
            guard let best = nearest(candidates.map { ($0, $0) }, to: reference) else { return nil }
            return DateValue(
                year: best.0.year, month: best.0.month, day: day, yearInferred: true, precision: .day,
                earliest: best.0, latest: best.0
            )
        case let .days(offsets, anchor):
            guard let base = anchorDate(anchor, before: index) else { return unresolved(anchor, precision: offsets.count == 1 ? .day : .range) }
            let earliest = base.earliest.adding(days: offsets.lowerBound)
            let latest = base.latest.adding(days: offsets.upperBound)
            if offsets.count == 1, base.earliest == base.latest {
                return .day(earliest, anchor: anchor)
            }
            return DateValue(year: nil, month: nil, day: nil, precision: .range, anchor: anchor, earliest: earliest, latest: latest)
        case let .months(offset, anchor):
            guard let base = anchorDate(anchor, before: index)?.earliest else { return unresolved(anchor, precision: .month) }
            let (year, month) = Self.addMonths(offset, toYear: base.year, month: base.month)
            return Self.monthValue(year: year, month: month, yearInferred: false, anchor: anchor)
        case let .years(offset, anchor):
            guard let base = anchorDate(anchor, before: index)?.earliest else { return unresolved(anchor, precision: .year) }
            return Self.yearValue(base.year + offset, anchor: anchor)
        case let .shifted(months, anchor):
            guard let base = anchorDate(anchor, before: index) else { return unresolved(anchor, precision: .range) }
            let earliest = Self.shift(base.earliest, months: months, toEnd: false)
            let latest = Self.shift(base.latest, months: months, toEnd: base.latest.day == CalendarDate.daysIn(month: base.latest.month, year: base.latest.year))
            if earliest == latest { return .day(earliest, anchor: anchor) }
            let isMonth = earliest.day == 1 && latest.month == earliest.month && latest.year == earliest.year
                && latest.day == CalendarDate.daysIn(month: latest.month, year: latest.year)
            return DateValue(
                year: earliest.year == latest.year ? earliest.year : nil, month: isMonth ? earliest.month : nil, day: nil,
                precision: isMonth ? .month : .range, anchor: anchor, earliest: earliest, latest: latest
            )
        case let .week(offset, anchor):
            guard let base = anchorDate(anchor, before: index)?.earliest else { return unresolved(anchor, precision: .range) }
            let monday = Self.monday(of: base).adding(days: 7 * offset)
            return DateValue(year: nil, month: nil, day: nil, precision: .range, anchor: anchor, earliest: monday, latest: monday.adding(days: 6))
        case let .weekend(offset):
            guard let published else { return unresolved(.published, precision: .range) }
            let saturday = Self.monday(of: published).adding(days: 7 * offset + 5)
            return DateValue(year: nil, month: nil, day: nil, precision: .range, anchor: .published, earliest: saturday, latest: saturday.adding(days: 1))
        case let .partOfPeriod(unit, earlier):
            guard let published else { return unresolved(.published, precision: .range) }
            let start: CalendarDate
            let end: CalendarDate
            switch unit {
            case 7:
                start = Self.monday(of: published)
                end = start.adding(days: 6)
            case 30:
                start = CalendarDate(year: published.year, month: published.month, day: 1)!
                end = CalendarDate(year: published.year, month: published.month, day: CalendarDate.daysIn(month: published.month, year: published.year))!
            default:
                start = CalendarDate(year: published.year, month: 1, day: 1)!
                end = CalendarDate(year: published.year, month: 12, day: 31)!
            }
            return DateValue(
                year: nil, month: nil, day: nil, precision: .range, anchor: .published,
                earliest: earlier ? start : published, latest: earlier ? published : end
            )
        case let .weekday(weekday, choice):
            guard let published else { return unresolved(.published, precision: .day) }
            return .day(Self.occurrence(of: weekday, choice, around: published, future: isFuture), anchor: .published)
        case let .nthWeekday(n, weekday, month, monthOffset):
            let year: Int, monthNumber: Int
            var inferred = false
            if let month {
                guard let (inferredYear, _) = inferYear(month: month, day: nil, before: index) else {
                    return DateValue(year: nil, month: month, day: nil, yearInferred: true, precision: .day, earliest: nil, latest: nil)
                }
                (year, monthNumber, inferred) = (inferredYear, month, true)
            } else {
                guard let published else { return unresolved(.published, precision: .day) }
                (year, monthNumber) = Self.addMonths(monthOffset ?? 0, toYear: published.year, month: published.month)
            }
            guard let day = Self.nthWeekday(n, weekday, year: year, month: monthNumber) else { return nil }
            return .day(day, yearInferred: inferred, anchor: month == nil ? .published : .none)
        case let .dayOfRelativeMonth(day, offset):
            guard let published else { return unresolved(.published, precision: .day) }
            let (year, month) = Self.addMonths(offset, toYear: published.year, month: published.month)
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            return .day(date, anchor: .published)
        }
    }

    private func unresolved(_ anchor: DateValue.Anchor, precision: DateValue.Precision) -> DateValue {
        DateValue(year: nil, month: nil, day: nil, precision: precision, anchor: anchor, earliest: nil, latest: nil)
    }

    private func resolveCalendar(year: Int?, month: Int?, day: Int?, before index: Int) -> DateValue? {
        switch (year, month, day) {
        case let (year?, month?, day?):
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            return .day(date)
        case let (year?, month?, nil):
            guard (1...12).contains(month) else { return nil }
            return Self.monthValue(year: year, month: month, yearInferred: false, anchor: .none)
        case let (nil, month?, day?):
            guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: 2024) else { return nil }
            guard let (year, _) = inferYear(month: month, day: day, before: index),
                  let date = CalendarDate(year: year, month: month, day: day) ?? CalendarDate(year: year, month: month, day: day - 1)
            else {
                return DateValue(year: nil, month: month, day: day, yearInferred: true, precision: .day, earliest: nil, latest: nil)
            }
            return .day(date, yearInferred: true)
        case let (nil, month?, nil):
            guard (1...12).contains(month) else { return nil }
            guard let (year, _) = inferYear(month: month, day: nil, before: index) else {
                return DateValue(year: nil, month: month, day: nil, yearInferred: true, precision: .month, earliest: nil, latest: nil)
            }
            return Self.monthValue(year: year, month: month, yearInferred: true, anchor: .none)
        case let (year?, nil, nil):
            return Self.yearValue(year, anchor: .none)
        default:
            return nil
        }
    }

    /// The year a month (and day) written without one means: the year of a date written
    /// earlier in the sentence, else the year of the same month and day written in full earlier
    /// in the article ("August 15, 2024" ... "the August 15 call"), else the occurrence nearest
    /// the published date (looking back rather than ahead, unless the sentence is about the
    /// future).
    func inferYear(month: Int, day: Int?, before index: Int) -> (Int, Bool)? {
        for position in mentions.indices.reversed().prefix(16) where mentions[position].tokens.upperBound <= index {
            if case let .date(value) = mentions[position].value, let year = value.year, value.anchor == .none, value.month != nil {
                return (year, true)
            }
        }
        if let day {
            for position in earlierClaims.indices.reversed().prefix(Self.claimsLookedBack) {
                if case let .date(value) = earlierClaims[position].value, value.month == month, value.day == day, !value.yearInferred, let year = value.year {
                    return (year, true)
                }
            }
        }
        guard let published else { return nil }
        // News looks back: the latest occurrence that has begun by the published date (with two
        // weeks' grace for a day, so "on December 5" in a piece of December 1 is upcoming), or in
        // a sentence about the future the first that has not ended.
        let grace = day == nil ? 0 : 14
        var best: Int?
        for year in [published.year + 1, published.year, published.year - 1] {
            let first = CalendarDate(year: year, month: month, day: min(day ?? 1, CalendarDate.daysIn(month: month, year: year)))
            let last = CalendarDate(year: year, month: month, day: min(day ?? 31, CalendarDate.daysIn(month: month, year: year)))
            guard let first, let last else { continue }
            if isFuture, !hasPastCue(before: index) {
                if last >= published { best = year }
            } else if first.dayNumber <= published.dayNumber + grace {
                best = year
                break
            }
        }
        return best.map { ($0, true) }
    }

    /// "since", "last" or "ago" before a date rule out the future reading.
    private func hasPastCue(before index: Int) -> Bool {
        guard index > 0 else { return false }
        return isWord(index - 1, W.since) || lexeme(index - 1)?.relative == .last || lexeme(index - 1)?.relative == .past
    }

    /// The interval nearest `reference`, counting days ahead twice (or, in a sentence about the
    /// future, days behind twice): news reports mostly look back.
    private func nearest(_ intervals: [(CalendarDate, CalendarDate)], to reference: CalendarDate) -> (CalendarDate, CalendarDate)? {
        intervals.min { a, b in weightedDistance(a, reference) < weightedDistance(b, reference) }
    }

    private func weightedDistance(_ interval: (CalendarDate, CalendarDate), _ reference: CalendarDate) -> Int {
        if interval.1 < reference { return (reference.dayNumber - interval.1.dayNumber) * (isFuture ? 2 : 1) }
        if reference < interval.0 { return (interval.0.dayNumber - reference.dayNumber) * (isFuture ? 1 : 2) }
        return 0
    }

    /// The date a relative phrase counts from.
    func anchorDate(_ anchor: DateValue.Anchor, before index: Int) -> (earliest: CalendarDate, latest: CalendarDate)? {
        switch anchor {
        case .none: return nil
        case .published: return published.map { ($0, $0) }
        case .previousDate:
            guard let previous = previousDate(before: index), let earliest = previous.earliest, let latest = previous.latest else { return nil }
            return (earliest, latest)
        }
    }

    /// The last resolved date before token `index`: earlier in this sentence, else in the
    /// article's earlier claims.
    func previousDate(before index: Int) -> DateValue? {
        if let date = sentenceDate(before: index) { return date }
        for position in earlierClaims.indices.reversed().prefix(Self.claimsLookedBack) {
            switch earlierClaims[position].value {
            case let .date(value) where value.earliest != nil: return value
            case let .weekdayDate(_, value) where value.earliest != nil: return value
            case let .year(year): return Self.yearValue(year, anchor: .none)
            default: continue
            }
        }
        return nil
    }

    /// The nearest date before token `index` in this sentence: a date found already, or a year
    /// after a time word ("In 2020, turnout was 66.8%; four years earlier ...").
    func sentenceDate(before index: Int) -> DateValue? {
        var at = index - 1
        // Near enough to be what the phrase counts from; and a long sentence costs no more.
        while at >= 0, index - at <= 40 {
            if let position = mentionIndex(covering: at) {
                if case let .date(value) = mentions[position].value, value.earliest != nil { return value }
                at = mentions[position].tokens.lowerBound - 1
                continue
            }
            if let year = yearNumber(at: at), has(at - 1, .timePreposition) || at == 0 {
                return Self.yearValue(year, anchor: .none)
            }
            at -= 1
        }
        return nil
    }

    /// How far back in the article's claims a date looks for its anchor or year: far enough for
    /// any article, and bounded so that a huge one stays linear.
    static let claimsLookedBack = 400

    static func monthValue(year: Int, month: Int, yearInferred: Bool, anchor: DateValue.Anchor) -> DateValue {
        DateValue(
            year: year, month: month, day: nil, yearInferred: yearInferred, precision: .month, anchor: anchor,
            earliest: CalendarDate(year: year, month: month, day: 1),
            latest: CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        )
    }

    static func yearValue(_ year: Int, anchor: DateValue.Anchor) -> DateValue {
        DateValue(
            year: year, month: nil, day: nil, precision: .year, anchor: anchor,
            earliest: CalendarDate(year: year, month: 1, day: 1), latest: CalendarDate(year: year, month: 12, day: 31)
        )
    }

    static func addMonths(_ offset: Int, toYear year: Int, month: Int) -> (Int, Int) {
        let index = year * 12 + (month - 1) + offset
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        return (newYear, index - newYear * 12 + 1)
    }

    /// The same day `months` months away, or the month's last day when it has fewer days (or
    /// when `toEnd`, so that a month's interval stays a whole month).
    static func shift(_ date: CalendarDate, months: Int, toEnd: Bool) -> CalendarDate {
        let (year, month) = addMonths(months, toYear: date.year, month: date.month)
        let last = CalendarDate.daysIn(month: month, year: year)
        return CalendarDate(year: year, month: month, day: toEnd ? last : min(date.day, last))!
    }

    static func monday(of date: CalendarDate) -> CalendarDate {
        date.adding(days: -date.weekday.isoIndex)
    }

    static func occurrence(of weekday: Weekday, _ choice: DatePhrase.WeekdayChoice, around date: CalendarDate, future: Bool) -> CalendarDate {
        let target = weekday.isoIndex
        let current = date.weekday.isoIndex
        let back = (current - target + 7) % 7
        let ahead = (target - current + 7) % 7
        switch choice {
        case .nearest: return future ? date.adding(days: ahead) : date.adding(days: -back)
        case let .week(offset): return monday(of: date).adding(days: 7 * offset + target)
        case .following: return date.adding(days: ahead == 0 ? 7 : ahead)
        case .preceding: return date.adding(days: -(back == 0 ? 7 : back))
        }
    }

    static func nthWeekday(_ n: Int, _ weekday: Weekday, year: Int, month: Int) -> CalendarDate? {
        guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        if n < 0 {
            let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
            return occurrence(of: weekday, .nearest, around: last, future: false)
        }
        let firstMatch = occurrence(of: weekday, .nearest, around: first, future: true)
        let date = firstMatch.adding(days: 7 * (n - 1))
        return date.month == month ? date : nil
    }
}
