/// A weekday stated with a date: "Friday, November 29", "on Monday, Dec. 1", "monday january
/// 12th, 2016", "wed, 22 of jan", "friday the 22nd", "this friday (jun-15)", "friday 7/6".
///
/// The date is resolved exactly as the date recognizer would, without looking at the weekday:
/// whether the two agree is the checker's question ("November 29, 2025 was a Saturday"), so the
/// weekday must never be used to pick the year. The date inside is also a `date` claim.
enum WeekdayDateRecognizer: ClaimRecognizer {
    static var kinds: [ClaimKind] { [.weekdayDate] }

    static func recognize(_ sentence: inout SentenceContext) { sentence.addFigureClaims(.weekdayDate) }

    static func match(_ scan: FigureScan, at index: Int) -> (outer: Mention, inner: Mention)? {
        guard scan.lexemeIndex(index) >= 0 else { return nil }
        var at = index
        if let relative = scan.lexeme(index)?.relative, [.this, .next, .last, .past, .coming].contains(relative),
           scan.lexeme(index + 1)?.weekday != nil {
            at += 1
        }
        guard let (weekday, weekdayEnd, _) = scan.weekdayWord(at: at) else { return nil }
        var dateAt = weekdayEnd
        var closing: Unicode.Scalar?
        if scan.isMark(dateAt, ",") {
            dateAt += 1
        } else if scan.isMark(dateAt, "(") {
            dateAt += 1
            closing = ")"
        } else if scan.isHyphen(dateAt) {
            dateAt += 1
        }
        guard let parse = scan.calendarDate(at: dateAt, afterWeekday: true) ?? dayOfMonth(scan, at: dateAt) else { return nil }
        var end = parse.range.upperBound
        if let closing {
            guard scan.isMark(end, closing) else { return nil }
            end += 1
        }
        guard scan.isFree(index..<end), let value = scan.resolve(parse.phrase, before: dateAt), value.precision == .day else {
            return nil
        }
        let outer = Mention(.weekdayDate, index..<end, .weekdayDate(weekday, value))
        var inner = Mention(.date, parse.range, .date(value))
        inner.subjectSpan = index..<end
        inner.isTimeReference = scan.has(index - 1, .timePreposition)
        return (outer, inner)
    }

    /// "the 22nd", "the second", "the fifteen", "the twenty first" after a weekday.
    private static func dayOfMonth(_ scan: FigureScan, at index: Int) -> DateParse? {
        guard scan.isWord(index, W.the), let (day, end, _) = scan.dayNumber(at: index + 1) else { return nil }
        return DateParse(range: index..<end, phrase: .dayOfMonth(day))
    }
}
