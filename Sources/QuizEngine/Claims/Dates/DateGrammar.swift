/// The forms of dates news text and the external suites use, read from tokens.
///
/// Calendar dates: "November 21", "Nov. 29", "August 15, 2024", "january 12 of 2016",
/// "may the eleventh", "15 june 2016", "4th of march", "the tenth of september", "1-jan",
/// "2025-11-21", "02/22/2016", "21/04/16", "9-18-15", "13.5.2015", "2019-sep-1", a month alone
/// after a time word ("in October"), a month and year ("November 2025").
/// Relative dates: "today", "yesterday", "this Monday", "last week", "two months ago", "the
/// following day", "days earlier", "three weeks from tomorrow", "the first Friday of July",
/// "the 20th of next month", a bare weekday ("on Friday").
struct DateParse: Sendable {
    var range: Range<Int>
    var phrase: DatePhrase
}

extension FigureScan {
    enum DayStyle { case digits, ordinalDigits, ordinalWords, cardinalWords }

    // MARK: Pieces

    /// A day of the month: "21", "21st", "twenty-first", "twenty one".
    func dayNumber(at index: Int) -> (day: Int, end: Int, style: DayStyle)? {
        guard let token = token(index), !isTaken(index) else { return nil }
        if token.kind == .number {
            guard token.range.count <= 2, let (value, _, plain) = digitValue(index), plain, value >= 1, value <= 31 else { return nil }
            if let suffix = self.token(index + 1), suffix.kind == .word, !suffix.spaceBefore {
                if isWord(index + 1, W.st) || isWord(index + 1, W.nd) || isWord(index + 1, W.rd) || isWord(index + 1, W.th) {
                    return (Int(value), index + 2, .ordinalDigits)
                }
                // "22april" is read by the day-first grammar; other letters make a code ("3D").
                if lexeme(index + 1)?.month == nil { return nil }
            }
            if isMark(index + 1, ":") { return nil }
            return (Int(value), index + 1, .digits)
        }
        if let (value, end) = ordinalWords(at: index) { return (value, end, .ordinalWords) }
        if let (value, end) = cardinalChain(at: index), value >= 1, value <= 31 {
            return (value, end, .cardinalWords)
        }
        return nil
    }

    /// "first" ... "thirty-first", "twenty second": an ordinal of at most 31 in words.
    func ordinalWords(at index: Int) -> (Int, Int)? {
        guard let lexeme = lexeme(index) else { return nil }
        if let ordinal = lexeme.ordinal { return ordinal <= 31 ? (ordinal, index + 1) : nil }
        guard let tens = lexeme.cardinal, tens == 20 || tens == 30 else { return nil }
        var next = index + 1
        if isHyphen(next, attached: false) { next += 1 }
        guard let units = self.lexeme(next)?.ordinal, units < 10, tens + units <= 31 else { return nil }
        return (tens + units, next + 1)
    }

    /// A four-digit year from 1000 to 2999 in one token.
    func yearNumber(at index: Int) -> Int? {
        guard let token = token(index), token.kind == .number, token.range.count == 4, !isTaken(index),
              let (value, _, plain) = digitValue(index), plain, value >= 1000, value <= 2999 else { return nil }
        if let next = self.token(index + 1), !next.spaceBefore, next.kind == .word { return nil }
        return Int(value)
    }

    /// The year after a month or day: " 2016", ", 2016", " of 2016".
    func yearAfter(_ index: Int) -> (Int, Int)? {
        var at = index
        if isMark(at, ",") || isWord(at, W.of) { at += 1 }
        if let year = yearNumber(at: at) { return (year, at + 1) }
        return spelledYear(at: at)
    }

    /// A year in words after a date: "two thousand and eighteen", "nineteen seventy eight",
    /// "nineteen zero one", "two thousand".
    func spelledYear(at index: Int) -> (Int, Int)? {
        if let (value, end) = cardinalChain(at: index), value >= 1000, value <= 2999 { return (value, end) }
        guard let (century, centuryEnd) = cardinalChain(at: index), century >= 10, century <= 29 else { return nil }
        var at = centuryEnd
        var rest = 0
        if let zero = lexeme(at)?.cardinal, zero == 0, let (units, end) = cardinalChain(at: at + 1), units < 10 {
            rest = units
            at = end
        } else if let (value, end) = cardinalChain(at: at), value >= 10, value <= 99 {
            rest = value
            at = end
        } else {
            return nil
        }
        return (century * 100 + rest, at)
    }

    /// A month name or abbreviation, with the abbreviation's dot.
    func monthWord(at index: Int) -> (month: Int, end: Int, lexeme: Lexeme)? {
        guard !isTaken(index), let lexeme = lexeme(index), let month = lexeme.month else { return nil }
        var end = index + 1
        if lexeme.monthIsAbbreviation, isMark(end, "."), !tokens[end].spaceBefore || tokens.count > end + 1 && tokens[end + 1].kind == .number {
            end += 1
        }
        return (month, end, lexeme)
    }

    /// A weekday name, with an abbreviation's dot; "sat", "sun", "wed", "mon" only with a dot,
    /// a capital or a date after them.
    func weekdayWord(at index: Int) -> (Weekday, Int, needsCue: Bool)? {
        guard !isTaken(index), let lexeme = lexeme(index), let weekday = lexeme.weekday else { return nil }
        var end = index + 1
        if isMark(end, "."), !tokens[end].spaceBefore, lexeme.weekdayNeedsCue || tokens.lowercased(index).count <= 5 {
            end += 1
            return (weekday, end, false)
        }
        return (weekday, end, lexeme.weekdayNeedsCue)
    }

    /// The word before `index` puts a time after it: "in", "since", "on", "by", "early", "mid-".
    func hasTimeCue(before index: Int) -> Bool {
        var at = index - 1
        if isHyphen(at, attached: false) { at -= 1 }
        guard at >= 0 else { return false }
        if has(at, .timePreposition) { return true }
        if isWord(at, W.early) || isWord(at, W.late) || isWord(at, W.mid) { return true }
        if let relative = lexeme(at)?.relative, [.last, .next, .this, .past, .coming].contains(relative) { return true }
        if lexeme(at)?.weekday != nil { return true }
        return isWord(at, W.until) || isWord(at, W.till)
    }

    // MARK: Calendar dates

    func calendarDate(at index: Int, afterWeekday: Bool = false) -> DateParse? {
        if let parse = monthFirstDate(at: index, afterWeekday: afterWeekday) ?? dayFirstDate(at: index) { return parse }
        // Only a number starts a date in figures: looking for a time word before every word a
        // date may start at was 13,000 look-ups (1.2M instructions on 1,000 articles). (Passing
        // the look-up as an autoclosure instead cost 4.4M more: the closure took the scan.)
        guard token(index)?.kind == .number else { return nil }
        return numericDate(at: index, cued: afterWeekday || hasTimeCue(before: index))
    }

    /// "November 21", "Nov. 29, 2024", "january 12 of 2016", "may the eleventh", "jan-1",
    /// "april22", "october, 1st", "November 2025", and a month alone after a time word.
    func monthFirstDate(at index: Int, afterWeekday: Bool = false) -> DateParse? {
        guard let (month, afterMonth, lexeme) = monthWord(at: index) else { return nil }
        var at = afterMonth
        if isMark(at, "."), let next = token(at + 1), next.kind == .number { at += 1 }
        var separated = false
        if isHyphen(at) || (isMark(at, "/") && !tokens[at].spaceBefore), let next = token(at + 1), next.kind == .number, !next.spaceBefore {
            at += 1
            separated = true
        }
        var dayAt = at
        var hasThe = false
        if isWord(dayAt, W.the) {
            dayAt += 1
            hasThe = true
        } else if isMark(dayAt, ","), !separated, let (_, _, style) = dayNumber(at: dayAt + 1), style == .ordinalDigits {
            dayAt += 1
        }
        if let (day, dayEnd, style) = dayNumber(at: dayAt),
           isPlausibleDay(after: dayEnd, style: style, hasThe: hasThe) || (afterWeekday && style == .cardinalWords) {
            if lexeme.monthNeedsCue, !tokens[index].isCapitalized, style == .cardinalWords, !hasTimeCue(before: index) {
                // "may twenty one" lowercased is a date only where a time word says so... or it ends the clause.
                if !endsClause(at: dayEnd) { return nil }
            }
            if let (year, end) = yearAfter(dayEnd) {
                return DateParse(range: index..<end, phrase: .calendar(year: year, month: month, day: day))
            }
            return DateParse(range: index..<dayEnd, phrase: .calendar(year: nil, month: month, day: day))
        }
        if !separated, let (year, end) = yearAfter(afterMonth) {
            if lexeme.monthNeedsCue, !tokens[index].isCapitalized, !hasTimeCue(before: index) { return nil }
            return DateParse(range: index..<end, phrase: .calendar(year: year, month: month, day: nil))
        }
        guard !lexeme.monthIsAbbreviation, !separated else { return nil }
        let cued = hasTimeCue(before: index) || tokens.isWord(afterMonth, SentenceTokens.possessiveKey)
        if lexeme.monthNeedsCue || !tokens[index].isCapitalized {
            guard cued, !lexeme.monthNeedsCue || tokens[index].isCapitalized || isWord(index - 1, W.in_) || isWord(index - 1, W.since) else { return nil }
        }
        return DateParse(range: index..<afterMonth, phrase: .calendar(year: nil, month: month, day: nil))
    }

    /// Whether what follows a day number leaves it a day: not "5 million", "5:30", "5 people"
    /// after spelled-out numbers.
    private func isPlausibleDay(after end: Int, style: DayStyle, hasThe: Bool) -> Bool {
        if let next = lexeme(end), next.scale != nil || next.shortScale != nil || next.percent || next.unitSeconds != nil || next.currency >= 0 {
            return false
        }
        if isMark(end, "%") || isMark(end, ":") { return false }
        if hasThe, style == .digits || style == .cardinalWords, !endsClause(at: end), yearAfter(end) == nil { return false }
        if style == .cardinalWords {
            return endsClause(at: end) || yearAfter(end) != nil || isWord(end, W.and)
        }
        return true
    }

    /// "15 june 2016", "1st jan", "4th of march", "fourth of may", "the tenth of september",
    /// "16. nov. 2016", "1-jan", "22april", "26th june of 2020".
    func dayFirstDate(at index: Int) -> DateParse? {
        var at = index
        if isWord(at, W.the) { at += 1 }
        guard let (day, dayEnd, style) = dayNumber(at: at), style != .cardinalWords else { return nil }
        var monthAt = dayEnd
        if style == .digits, isMark(monthAt, "."), lexeme(monthAt + 1)?.month != nil { monthAt += 1 }
        if isHyphen(monthAt) || (isMark(monthAt, "/") && !tokens[monthAt].spaceBefore) { monthAt += 1 }
        var hasOf = false
        if isWord(monthAt, W.of) {
            monthAt += 1
            hasOf = true
        }
        guard let (month, monthEnd, lexeme) = monthWord(at: monthAt) else { return nil }
        if style == .ordinalWords, !hasOf { return nil }
        if lexeme.monthNeedsCue, !tokens[monthAt].isCapitalized, !hasOf, yearAfter(monthEnd) == nil,
           !(isWord(index - 1, W.on) || isWord(index - 1, W.by) || isWord(index - 1, W.until) || isWord(index - 1, W.since) || at > index) {
            return nil
        }
        if let (year, end) = yearAfter(monthEnd) {
            return DateParse(range: index..<end, phrase: .calendar(year: year, month: month, day: day))
        }
        return DateParse(range: index..<monthEnd, phrase: .calendar(year: nil, month: month, day: day))
    }

    /// Dates in figures: "2025-11-21", "2015/08/12", "02/22/2016", "21/04/16", "9-18-15",
    /// "13.5.2015", "2019-sep-1", "11/12,2016"; "4/22" and "22/04" (not a fraction like
    /// "3/4"); "4-22" and "4.22" only after a time word (elsewhere they are a range and a decimal).
    func numericDate(at index: Int, cued: Bool) -> DateParse? {
        guard let token = token(index), token.kind == .number, !isTaken(index) else { return nil }
        // One token with dots: "13.5.2015", "2015.5.13", "4.22".
        if let parts = dottedParts(index) {
            if parts.count == 3 {
                let (a, b, c) = (parts[0], parts[1], parts[2])
                let date = a.digits == 4 ? (a.value, b.value, c.value) : (Self.fullYear(c.value, digits: c.digits), b.value, a.value)
                guard c.digits == 4 || c.digits == 2 || a.digits == 4 else { return nil }
                return DateParse(range: index..<index + 1, phrase: .calendar(year: date.0, month: date.1, day: date.2))
            }
            if parts.count == 2, cued, endsClause(at: index + 1), parts[1].digits <= 2, parts[0].digits <= 2 {
                let (month, day) = parts[0].value <= 12 ? (parts[0].value, parts[1].value) : (parts[1].value, parts[0].value)
                guard month <= 12, day <= 31 else { return nil }
                return DateParse(range: index..<index + 1, phrase: .calendar(year: nil, month: month, day: day))
            }
            return nil
        }
        guard let (first, firstDigits) = plainInteger(index) else { return nil }
        let separatorAt = index + 1
        guard let separator = self.token(separatorAt), separator.kind == .punctuation, !separator.spaceBefore,
              separator.scalar == 0x2F || separator.scalar == 0x2D, let second = self.token(separatorAt + 1), !second.spaceBefore
        else { return nil }
        // "2019-sep-1"
        if firstDigits == 4, let month = lexeme(separatorAt + 1)?.month, isMark(separatorAt + 2, Unicode.Scalar(separator.scalar)!),
           let (day, dayDigits) = plainInteger(separatorAt + 3), dayDigits <= 2, !tokens[separatorAt + 3].spaceBefore {
            return DateParse(range: index..<separatorAt + 4, phrase: .calendar(year: first, month: month, day: day))
        }
        guard let (middle, middleDigits) = plainInteger(separatorAt + 1) else { return nil }
        let secondSeparator = separatorAt + 2
        if let next = self.token(secondSeparator), next.kind == .punctuation, next.scalar == separator.scalar, !next.spaceBefore,
           let (last, lastDigits) = plainInteger(secondSeparator + 1), !tokens[secondSeparator + 1].spaceBefore {
            if firstDigits == 4 {
                return DateParse(range: index..<secondSeparator + 2, phrase: .calendar(year: first, month: middle, day: last))
            }
            guard lastDigits == 4 || lastDigits == 2, firstDigits <= 2, middleDigits <= 2 else { return nil }
            let year = Self.fullYear(last, digits: lastDigits)
            let (month, day) = first <= 12 ? (first, middle) : (middle, first)
            return DateParse(range: index..<secondSeparator + 2, phrase: .calendar(year: year, month: month, day: day))
        }
        guard firstDigits <= 2, middleDigits <= 2 else { return nil }
        if separator.scalar == 0x2D, !cued { return nil }
        // A proper fraction with a small denominator is a fraction: "1/4", "3/4", "2/3".
        if separator.scalar == 0x2F, first < middle, middle <= 10 { return nil }
        if isMark(secondSeparator, "%") { return nil }
        let (month, day) = first <= 12 ? (first, middle) : (middle, first)
        guard month >= 1, month <= 12, day >= 1, day <= 31 else { return nil }
        // "11/12,2016"
        if isMark(secondSeparator, ","), !tokens[secondSeparator].spaceBefore, let (year, digits) = plainInteger(secondSeparator + 1),
           !tokens[secondSeparator + 1].spaceBefore, digits == 4 || digits == 2 {
            return DateParse(range: index..<secondSeparator + 2, phrase: .calendar(year: Self.fullYear(year, digits: digits), month: month, day: day))
        }
        return DateParse(range: index..<secondSeparator, phrase: .calendar(year: nil, month: month, day: day))
    }

    private func plainInteger(_ index: Int) -> (Int, Int)? {
        guard let token = token(index), token.kind == .number, let (value, _, plain) = digitValue(index), plain else { return nil }
        return (Int(saturating: value), token.range.count)
    }

    private func dottedParts(_ index: Int) -> [(value: Int, digits: Int)]? {
        guard let token = token(index) else { return nil }
        var parts: [(Int, Int)] = []
        var value = 0, digits = 0
        for offset in token.range {
            let byte = bytes[offset]
            if byte == 0x2E {
                parts.append((value, digits))
                value = 0
                digits = 0
            } else if byte == 0x2C {
                return nil
            } else if (0x30...0x39).contains(byte), digits < 4 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            } else {
                // No part of a date has more than four digits; a longer run (or anything but a
                // digit) is some other number, and would overflow `value` if read on.
                return nil
            }
        }
        guard !parts.isEmpty else { return nil }
        parts.append((value, digits))
        return parts.map { (value: $0.0, digits: $0.1) }
    }

    static func fullYear(_ year: Int, digits: Int) -> Int {
        digits == 2 ? (year < 50 ? 2000 + year : 1900 + year) : year
    }

    // MARK: Relative dates

    /// Dates relative to the published date or to the date before them.
    func relativeDate(at index: Int) -> DateParse? {
        guard let lexeme = lexeme(index) else {
            return countedOffset(at: index) ?? dayOfMonthAlone(at: index)
        }
        if let relative = lexeme.relative {
            switch relative {
            case .today, .tonight:
                return DateParse(range: index..<dayPartEnd(index + 1), phrase: .days(0...0, anchor: .published))
            case .yesterday:
                return DateParse(range: index..<dayPartEnd(index + 1), phrase: .days(-1 ... -1, anchor: .published))
            case .tomorrow:
                return DateParse(range: index..<dayPartEnd(index + 1), phrase: .days(1...1, anchor: .published))
            case .this, .next, .last, .past, .coming, .previous, .following:
                if let parse = modifiedPeriod(at: index, relative) { return parse }
            case .earlier, .later:
                // "earlier this month", "later this year"
                if isWord(index + 1, W.this), let unit = periodUnit(index + 2) {
                    return DateParse(range: index..<index + 3, phrase: .partOfPeriod(unit: unit, earlier: relative == .earlier))
                }
            default:
                break
            }
        }
        if isWord(index, W.the) {
            if let parse = theRelative(at: index) { return parse }
        }
        if lexeme.unitSeconds != nil, !lexeme.unitIsAbbreviation, let parse = vagueOffset(at: index) { return parse }
        return countedOffset(at: index) ?? nthWeekday(at: index) ?? dayOfMonthAlone(at: index)
    }

    /// "this morning", "tonight", "yesterday afternoon": the day part belongs to the date.
    private func dayPartEnd(_ index: Int) -> Int {
        isWord(index, W.morning) || isWord(index, W.afternoon) || isWord(index, W.evening) || isWord(index, W.night) ? index + 1 : index
    }

    private func periodUnit(_ index: Int) -> Int? {
        if isWord(index, W.week) { return 7 }
        if isWord(index, W.month) { return 30 }
        if isWord(index, W.year) { return 365 }
        return nil
    }

    /// "this Friday", "next week", "last month", "past year", "this weekend", "last night",
    /// "this week on Saturday", "next week Sunday", "next day".
    private func modifiedPeriod(at index: Int, _ relative: Lexeme.Relative) -> DateParse? {
        let next = index + 1
        let offset: Int = switch relative {
        case .this: 0
        case .next, .coming, .following: 1
        default: -1
        }
        if let (weekday, end, _) = weekdayWord(at: next) {
            let choice: DatePhrase.WeekdayChoice = switch relative {
            case .this: .week(0)
            case .next, .coming, .following: .following
            default: .preceding
            }
            return DateParse(range: index..<end, phrase: .weekday(weekday, choice))
        }
        if isWord(next, W.week) {
            var at = next + 1
            if isWord(at, W.on) { at += 1 }
            if let (weekday, end, needsCue) = weekdayWord(at: at), !needsCue || at > next + 1 {
                return DateParse(range: index..<end, phrase: .weekday(weekday, .week(offset)))
            }
            if relative == .past { return DateParse(range: index..<next + 1, phrase: .days(-7...0, anchor: .published)) }
            if relative == .previous || relative == .following {
                return DateParse(range: index..<next + 1, phrase: .week(offset, anchor: .previousDate))
            }
            return DateParse(range: index..<next + 1, phrase: .week(offset, anchor: .published))
        }
        if isWord(next, W.month) {
            if relative == .past { return DateParse(range: index..<next + 1, phrase: .days(-30...0, anchor: .published)) }
            let anchor: DateValue.Anchor = relative == .previous || relative == .following ? .previousDate : .published
            return DateParse(range: index..<next + 1, phrase: .months(offset, anchor: anchor))
        }
        if isWord(next, W.year) {
            if relative == .past { return DateParse(range: index..<next + 1, phrase: .days(-365...0, anchor: .published)) }
            let anchor: DateValue.Anchor = relative == .previous || relative == .following ? .previousDate : .published
            return DateParse(range: index..<next + 1, phrase: .years(offset, anchor: anchor))
        }
        if isWord(next, W.weekend) {
            return DateParse(range: index..<next + 1, phrase: .weekend(relative == .this ? 0 : offset))
        }
        if relative == .this, isWord(next, W.morning) || isWord(next, W.afternoon) || isWord(next, W.evening) {
            return DateParse(range: index..<next + 1, phrase: .days(0...0, anchor: .published))
        }
        if relative == .last, isWord(next, W.night) {
            return DateParse(range: index..<next + 1, phrase: .days(-1 ... -1, anchor: .published))
        }
        if relative == .next || relative == .following || relative == .previous, isWord(next, W.day), !isWord(index - 1, W.the) {
            return DateParse(range: index..<next + 1, phrase: .days(offset...offset, anchor: .previousDate))
        }
        return nil
    }

    /// "the following day", "the next week", "the previous day", "the same day", "the day
    /// before yesterday", "the day after tomorrow", "the day before" (ending the clause), "the
    /// past week", "the weekend".
    private func theRelative(at index: Int) -> DateParse? {
        let next = index + 1
        if let relative = lexeme(next)?.relative {
            let unitAt = next + 1
            switch relative {
            case .following, .next, .previous, .same:
                let offset = relative == .previous ? -1 : relative == .same ? 0 : 1
                if isWord(unitAt, W.day) {
                    return DateParse(range: index..<unitAt + 1, phrase: .days(offset...offset, anchor: .previousDate))
                }
                if isWord(unitAt, W.week) { return DateParse(range: index..<unitAt + 1, phrase: .week(offset, anchor: .previousDate)) }
                if isWord(unitAt, W.month) { return DateParse(range: index..<unitAt + 1, phrase: .months(offset, anchor: .previousDate)) }
                if isWord(unitAt, W.year) { return DateParse(range: index..<unitAt + 1, phrase: .years(offset, anchor: .previousDate)) }
                if relative != .same, let (weekday, end, _) = weekdayWord(at: unitAt) {
                    return DateParse(range: index..<end, phrase: .weekday(weekday, relative == .previous ? .preceding : .following))
                }
            case .past, .last:
                if let unit = periodUnit(unitAt), !isWord(unitAt + 1, W.of) {
                    return DateParse(range: index..<unitAt + 1, phrase: .days(-unit...0, anchor: .published))
                }
            case .weekend:
                let onWeekend = published.map { $0.weekday == .saturday || $0.weekday == .sunday } ?? false
                return DateParse(range: index..<next + 1, phrase: .weekend(onWeekend ? 0 : -1))
            default:
                break
            }
        }
        if isWord(next, W.day), let relative = lexeme(next + 1)?.relative {
            let end = next + 2
            if relative == .before, lexeme(end)?.relative == .yesterday {
                return DateParse(range: index..<end + 1, phrase: .days(-2 ... -2, anchor: .published))
            }
            if relative == .after, lexeme(end)?.relative == .tomorrow {
                return DateParse(range: index..<end + 1, phrase: .days(2...2, anchor: .published))
            }
            if relative == .before || relative == .after, endsClause(at: end) {
                let offset = relative == .before ? -1 : 1
                return DateParse(range: index..<end, phrase: .days(offset...offset, anchor: .previousDate))
            }
        }
        return nil
    }

    /// "days earlier", "weeks later", "years ago": a vague count of a unit.
    private func vagueOffset(at index: Int) -> DateParse? {
        guard let days = unitDays(index), tokens.hasSuffix(index, "s"),
              !isWord(index - 1, W.the), index == 0 || token(index - 1)?.kind != .number,
              lexeme(index - 1)?.cardinal == nil, lexeme(index - 1)?.vagueCount == nil
        else { return nil }
        guard let (direction, anchor, end) = offsetDirection(at: index + 1) else { return nil }
        let range = days == 1 ? 2...10 : days == 7 ? 14...56 : days == 30 ? 60...330 : 730...3_650
        let offsets = direction > 0 ? range : -range.upperBound ... -range.lowerBound
        if isWord(index - 1, W.few) || isWord(index - 1, W.several) || isWord(index - 1, W.some) { return nil }
        return DateParse(range: index..<end, phrase: .days(offsets, anchor: anchor))
    }

    private func unitDays(_ index: Int) -> Int? {
        guard let seconds = lexeme(index)?.unitSeconds, !(lexeme(index)?.unitIsAbbreviation ?? true) else { return nil }
        switch seconds {
        case 86_400: return 1
        case 604_800: return 7
        case 1_209_600: return 14
        case 2_592_000: return 30
        case 31_536_000: return 365
        case 315_360_000: return 3_650
        default: return nil
        }
    }

    /// After "two days": "ago" (from the published date), "later" / "earlier" (from the date
    /// before), "from now", "after today", "from tomorrow", "before yesterday". "Before" and
    /// "after" followed by anything else count from an event, which is not a date here.
    private func offsetDirection(at index: Int) -> (direction: Int, anchor: DateValue.Anchor, end: Int)? {
        guard let relative = lexeme(index)?.relative else { return nil }
        switch relative {
        case .ago: return (-1, .published, index + 1)
        case .hence: return (1, .published, index + 1)
        case .later: return (1, .previousDate, index + 1)
        case .earlier: return (-1, .previousDate, index + 1)
        case .before, .after:
            let direction = relative == .before ? -1 : 1
            if endsClause(at: index + 1) { return (direction, .previousDate, index + 1) }
            return nil
        default:
            return nil
        }
    }

    /// "two months ago", "a day later", "1 month 21 days ago", "two weeks from now", "three
    /// weeks from tomorrow", "two days before yesterday", "a few days later".
    private func countedOffset(at index: Int) -> DateParse? {
        // A count is followed by its unit (`unitDays`, a `.unit` token) and the unit by the
        // word that says which way to count (`endsCount`), so without both after `index` there is
        // nothing to read. Most numbers that may start a date have neither, and reading the
        // number first was 13,000 calls, 6.2M instructions on 1,000 articles.
        guard Int(lastUnit) > index, Int(lastCountEnd) > index + 1 else { return nil }
        var at = index
        var totalDays = 0
        var months = 0
        var vague: ClosedRange<Int>?
        var parts = 0
        while parts < 4 {
            var count: Int
            var countEnd: Int
            if let number = number(at: at), number.isInteger, number.vague == nil, !number.isOrdinal, number.value >= 1, number.value < 1_000 {
                count = Int(number.value)
                countEnd = number.range.upperBound
            } else if isWord(at, W.a) || isWord(at, W.an) {
                if isWord(at + 1, W.few) {
                    count = 2
                    countEnd = at + 2
                    vague = 2...5
                } else if isWord(at + 1, W.couple), isWord(at + 2, W.of) {
                    count = 2
                    countEnd = at + 3
                } else {
                    count = 1
                    countEnd = at + 1
                }
            } else if parts == 0, isWord(at, W.few) || isWord(at, W.several) {
                count = 3
                countEnd = at + 1
                vague = isWord(at, W.few) ? 2...5 : 3...9
            } else {
                break
            }
            guard let days = unitDays(countEnd) else { break }
            if days == 30 {
                months += count
            } else if days == 365 || days == 3_650 {
                months += count * (days == 365 ? 12 : 120)
            } else {
                totalDays += count * days
            }
            if let range = vague {
                vague = (range.lowerBound * days)...(range.upperBound * days)
            }
            at = countEnd + 1
            parts += 1
            if isWord(at, W.and) { at += 1 }
        }
        guard parts > 0 else { return nil }
        if isWord(at - 1, W.and) { at -= 1 }
        var direction: Int
        var anchor: DateValue.Anchor
        var end: Int
        var base = 0
        if isWord(at, W.from) || ((isWord(at, W.after) || isWord(at, W.before)) && lexeme(at + 1)?.relative != nil) {
            let forward = !isWord(at, W.before)
            guard let relative = lexeme(at + 1)?.relative else { return nil }
            switch relative {
            case .now, .today: base = 0
            case .tomorrow: base = 1
            case .yesterday: base = -1
            default: return nil
            }
            direction = forward ? 1 : -1
            anchor = .published
            end = at + 2
        } else if let (found, foundAnchor, foundEnd) = offsetDirection(at: at) {
            (direction, anchor, end) = (found, foundAnchor, foundEnd)
        } else {
            return nil
        }
        if let vague, months == 0 {
            let offsets = direction > 0 ? vague : -vague.upperBound ... -vague.lowerBound
            return DateParse(range: index..<end, phrase: .days(offsets, anchor: anchor))
        }
        if months > 0, totalDays == 0, parts == 1 {
            if anchor == .previousDate { return DateParse(range: index..<end, phrase: .shifted(months: direction * months, anchor: anchor)) }
            if months % 12 == 0, months >= 12 {
                return DateParse(range: index..<end, phrase: .years(direction * months / 12, anchor: anchor))
            }
            return DateParse(range: index..<end, phrase: .months(direction * months, anchor: anchor))
        }
        let days = base + direction * (totalDays + months * 30)
        return DateParse(range: index..<end, phrase: .days(days...days, anchor: anchor))
    }

    /// "the first Friday of July", "second Sunday", "the last Friday in November", "the first
    /// friday in this month".
    private func nthWeekday(at index: Int) -> DateParse? {
        var at = index
        if isWord(at, W.the) { at += 1 }
        let n: Int
        if let ordinal = lexeme(at)?.ordinal, ordinal <= 5 {
            n = ordinal
        } else if lexeme(at)?.relative == .last, at > index {
            n = -1
        } else {
            return nil
        }
        guard let (weekday, weekdayEnd, needsCue) = weekdayWord(at: at + 1), !needsCue else { return nil }
        let preposition = weekdayEnd
        if isWord(preposition, W.of) || isWord(preposition, W.in_) {
            if let (month, end, _) = monthWord(at: preposition + 1) {
                return DateParse(range: index..<end, phrase: .nthWeekday(n: n, weekday, month: month, monthOffset: nil))
            }
            if let relative = lexeme(preposition + 1)?.relative, [.this, .next, .last].contains(relative), isWord(preposition + 2, W.month) {
                let offset = relative == .this ? 0 : relative == .next ? 1 : -1
                return DateParse(range: index..<preposition + 3, phrase: .nthWeekday(n: n, weekday, month: nil, monthOffset: offset))
            }
        }
        return DateParse(range: index..<weekdayEnd, phrase: .nthWeekday(n: n, weekday, month: nil, monthOffset: 0))
    }

    /// "the 27th", "on 22nd", "the 20th of next month", "the 31st of this month", "the twenty
    /// second" ending a clause, "on 15" ending a clause. Not "the 27th floor".
    private func dayOfMonthAlone(at index: Int) -> DateParse? {
        var at = index
        let hasThe = isWord(at, W.the)
        if hasThe { at += 1 }
        // A day alone is a date after "the" or "on", or before "of this month" (a unit of time,
        // see `lastUnit`); reading the day first for every other token was 11,000 calls, 2.5M
        // instructions on 1,000 articles.
        guard hasThe || isWord(index - 1, W.on) || Int(lastUnit) > index + 1 else { return nil }
        guard let (day, dayEnd, style) = dayNumber(at: at), style != .cardinalWords else { return nil }
        var end = dayEnd
        if isWord(end, W.of) { end += 1 }
        if let relative = lexeme(end)?.relative, [.this, .next, .last].contains(relative), isWord(end + 1, W.month) {
            let offset = relative == .this ? 0 : relative == .next ? 1 : -1
            return DateParse(range: index..<end + 2, phrase: .dayOfRelativeMonth(day: day, monthOffset: offset))
        }
        let onBefore = isWord(index - 1, W.on)
        switch style {
        case .ordinalDigits:
            guard hasThe || onBefore, endsClause(at: dayEnd) else { return nil }
        case .digits:
            guard endsClause(at: dayEnd), hasThe || onBefore, tokens[at].range.count <= 2 else { return nil }
            if !hasThe, !isMark(dayEnd, "."), dayEnd < tokens.count { return nil }
        case .ordinalWords:
            // "the twenty second", not "the first" or "the third", which are rarely dates.
            guard hasThe || onBefore, dayEnd - at >= 2 || day >= 4, endsClause(at: dayEnd) else { return nil }
        case .cardinalWords:
            return nil
        }
        return DateParse(range: index..<dayEnd, phrase: .dayOfMonth(day))
    }
}

extension Lexeme.Relative {
    /// A word a counted date can end with: "ago", "hence", "later", "earlier", "before", "after"
    /// (`offsetDirection`), or what follows "from", "before" or "after" ("from now", "before
    /// yesterday"). `FigureScan.countedOffset` reads no count without one after it.
    var endsCount: Bool {
        switch self {
        case .ago, .hence, .later, .earlier, .before, .after, .now, .today, .tomorrow, .yesterday: true
        default: false
        }
    }
}
