/// Dates, absolute and relative: "November 21", "August 15, 2024", "Nov. 29", "2025-11-21",
/// "in October", "this Monday", "yesterday", "last week", "the following day", "days earlier".
///
/// A date without a year takes the year from the sentence, from the same day written in full
/// earlier in the article, or from the published date (the nearest occurrence, looking back),
/// and says so (`yearInferred`). Relative dates resolve against the published date or the
/// date mentioned before them (`anchor`). A bare year is a `year` claim, not a date.
enum DateRecognizer: ClaimRecognizer {
    static var kinds: [ClaimKind] { [.date] }

    static func recognize(_ sentence: inout SentenceContext) { sentence.addFigureClaims(.date) }

    static func match(_ scan: FigureScan, at index: Int) -> Mention? {
        guard let token = scan.token(index) else { return nil }
        if token.kind != .number, scan.lexemeIndex(index) < 0 { return nil }
        guard mayStartDate(scan, at: index) else { return nil }
        guard let parse = scan.calendarDate(at: index) ?? scan.relativeDate(at: index) ?? bareWeekday(scan, at: index),
              scan.isFree(parse.range) else { return nil }
        var phrase = parse.phrase
        // "from $2.05 billion a year earlier", "4.3% a year earlier": a comparison with the
        // sentence's own time, or, when it names none, with the time of writing.
        let followsFigure = Self.followsFigure(scan, parse.range.lowerBound)
        if phrase.anchor == .previousDate, followsFigure, scan.sentenceDate(before: index) == nil {
            phrase = phrase.anchored(to: .published)
        }
        guard let value = scan.resolve(phrase, before: index) else { return nil }
        var mention = Mention(.date, parse.range, .date(value))
        if isAttributive(scan, after: parse.range.upperBound) { mention.form = .attributive }
        // "in February", "since January", a date right after a figure ("4.3% a year earlier") and
        // a relative date opening a clause ("four years earlier it was 61%").
        mention.isTimeReference = scan.has(parse.range.lowerBound - 1, .timePreposition)
            || scan.isWord(parse.range.lowerBound - 1, W.early) || scan.isWord(parse.range.lowerBound - 1, W.late)
            || (followsFigure && value.anchor != .none)
            || (value.anchor != .none && (parse.range.lowerBound == 0 || scan.endsClause(at: parse.range.lowerBound - 1)))
        mention.timeOfPreviousFigureOnly = followsFigure && !scan.has(parse.range.lowerBound - 1, .timePreposition)
        return mention
    }

    /// Whether the date comes right after a figure ("4.3% a year earlier", "$2.05 billion a year
    /// earlier"). Dates are read before amounts, so this looks at the token itself.
    private static func followsFigure(_ scan: FigureScan, _ start: Int) -> Bool {
        let before = start - 1
        guard before >= 0 else { return false }
        if scan.isTaken(before) { return true }
        if !scan.info[before].classes.isDisjoint(with: [.digits, .numberWord, .percent, .sign, .currency]) { return true }
        return scan.lexeme(before)?.shortScale != nil
    }

    /// A cheap look before the grammars: a number or number word starts a date only with a
    /// calendar word, a unit, an ordinal or a date separator close after it ("15 june", "two
    /// days ago", "21st", "2025-11-21", "4/22", "13.5.2015"), or after "on"/"the" ("on 15").
    private static func mayStartDate(_ scan: FigureScan, at index: Int) -> Bool {
        let classes = scan.info[index].classes
        if !classes.isDisjoint(with: [.month, .weekday, .relative, .the]) { return true }
        if let token = scan.token(index), token.kind == .number {
            if scan.bytes[token.range].contains(0x2E) { return true }
            if let next = scan.token(index + 1), !next.spaceBefore, next.kind == .word || next.kind == .punctuation { return true }
            if scan.isWord(index - 1, W.on) || scan.isWord(index - 1, W.the) { return true }
        }
        let end = min(index + 5, scan.count)
        var at = index + 1
        while at < end {
            if !scan.info[at].classes.isDisjoint(with: [.month, .unit, .relative, .weekday, .ordinal]) { return true }
            at += 1
        }
        return false
    }

    /// "Friday", "on Monday", "Friday this week", "Tuesday of next week", "Friday next week".
    private static func bareWeekday(_ scan: FigureScan, at index: Int) -> DateParse? {
        guard let (weekday, end, needsCue) = scan.weekdayWord(at: index) else { return nil }
        if needsCue, !(scan.tokens[index].isCapitalized && scan.isWord(index - 1, W.on)) { return nil }
        var at = end
        if scan.isWord(at, W.of) { at += 1 }
        if let relative = scan.lexeme(at)?.relative, [.this, .next, .last].contains(relative), scan.isWord(at + 1, W.week) {
            let offset = relative == .this ? 0 : relative == .next ? 1 : -1
            return DateParse(range: index..<at + 2, phrase: .weekday(weekday, .week(offset)))
        }
        // "Tuesday night", "Monday morning": the day part belongs to the date.
        var last = end
        if scan.isWord(last, W.morning) || scan.isWord(last, W.afternoon) || scan.isWord(last, W.evening) || scan.isWord(last, W.night) {
            last += 1
        }
        return DateParse(range: index..<last, phrase: .weekday(weekday, .nearest))
    }

    /// A date used as an adjective: "a November 29 Axios report", "the August 15 call".
    static func isAttributive(_ scan: FigureScan, after end: Int) -> Bool {
        guard let token = scan.token(end), token.kind == .word else { return false }
        if let lexeme = scan.lexeme(end) {
            let roles: Lexeme.Roles = [.determiner, .preposition, .conjunction, .pronoun, .auxiliary, .verb, .adverb]
            if !lexeme.roles.isDisjoint(with: roles) || lexeme.relative != nil || lexeme.unitSeconds != nil { return false }
        }
        if token.key == SentenceTokens.possessiveKey { return false }
        return scan.isVerbLike(end) == false
    }
}
