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
        if token.kind != .number, scan.lexemes[index] < 0 { return nil }
        guard let parse = scan.calendarDate(at: index) ?? scan.relativeDate(at: index) ?? bareWeekday(scan, at: index),
              scan.isFree(parse.range), let value = scan.resolve(parse.phrase, before: index)
        else { return nil }
        var mention = Mention(.date, parse.range, .date(value))
        if isAttributive(scan, after: parse.range.upperBound) { mention.form = .attributive }
        mention.isTimeReference = scan.has(parse.range.lowerBound - 1, .timePreposition)
            || scan.isWord(parse.range.lowerBound - 1, W.early) || scan.isWord(parse.range.lowerBound - 1, W.late)
        return [mention]
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
