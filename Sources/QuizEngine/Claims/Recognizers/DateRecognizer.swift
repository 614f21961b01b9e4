/// Dates, absolute and relative: "November 21", "August 15, 2024", "Nov. 29", "2025-11-21",
/// "in October", "this Monday", "yesterday", "last week", "the following day", "days earlier".
///
/// A date without a year takes the year from the sentence, from the same day written in full
/// earlier in the article, or from the published date (the nearest occurrence, looking back),
/// and says so (`yearInferred`). Relative dates resolve against the published date or the
/// date mentioned before them (`anchor`). A bare year is a `year` claim, not a date.
struct DateRecognizer: ClaimRecognizer {
    var kinds: [ClaimKind] { [.date] }

    func recognize(_ sentence: SentenceContext) -> [Claim] { sentence.figureClaims(.date) }

    static func match(_ scan: FigureScan, at index: Int) -> [Mention]? {
        guard let token = scan.token(index) else { return nil }
        if token.kind != .number, scan.lexemeIndex(index) < 0 { return nil }
        guard mayStartDate(scan, at: index) else { return nil }
        guard let parse = scan.calendarDate(at: index) ?? scan.relativeDate(at: index) ?? bareWeekday(scan, at: index),
              scan.isFree(parse.range), let value = scan.resolve(parse.phrase, before: index)
        else { return nil }
        var mention = Mention(.date, parse.range, .date(value))
        if isAttributive(scan, after: parse.range.upperBound) { mention.form = .attributive }
        // "in February", "since January", and a date right after a figure: "4.3% a year earlier".
        mention.isTimeReference = scan.has(parse.range.lowerBound - 1, .timePreposition)
            || scan.isWord(parse.range.lowerBound - 1, W.early) || scan.isWord(parse.range.lowerBound - 1, W.late)
            || (scan.isTaken(parse.range.lowerBound - 1) && value.anchor != .none)
        return [mention]
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
        return DateParse(range: index..<end, phrase: .weekday(weekday, .nearest))
    }

    /// A date used as an adjective: "a November 29 Axios report", "the August 15 call".
    static func isAttributive(_ scan: FigureScan, after end: Int) -> Bool {
        guard let token = scan.token(end), token.kind == .word else { return false }
        if let lexeme = scan.lexeme(end) {
            let roles: Lexeme.Roles = [.determiner, .preposition, .conjunction, .pronoun, .auxiliary, .verb, .adverb]
            if !lexeme.roles.isDisjoint(with: roles) || lexeme.relative != nil || lexeme.unitSeconds != nil { return false }
        }
        if token.key == SentenceTokens.possessiveKey { return false }
        return SubjectFinder(scan: scan).isVerbLike(end) == false
    }
}
