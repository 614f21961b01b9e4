/// A span of years: "11-year rule", "an eight-year tenure", "a two-decade war", "decade-long",
/// "since 2013", "from 2013 to 2018", "between 2013 and 2018", "2013-2018", "the 1980s".
///
/// "since 2013" leaves the end open (`to` nil): the checker closes it with the published date.
enum SpanRecognizer: ClaimRecognizer {
    static var kinds: [ClaimKind] { [.span] }

    static func recognize(_ sentence: inout SentenceContext) { sentence.addFigureClaims(.span) }

    static func match(_ scan: FigureScan, at index: Int) -> Mention? {
        guard let token = scan.token(index) else { return nil }
        if token.kind == .word {
            guard scan.lexemeIndex(index) >= 0 else { return nil }
            if scan.isWord(index, W.since), let year = scan.yearNumber(at: index + 1), !continuesDate(scan, index + 2) {
                var mention = Mention(.span, index..<index + 2, .span(years: nil, from: year, to: nil))
                mention.isTimeReference = true
                return mention
            }
            if scan.isWord(index, W.from) || scan.isWord(index, W.between), let from = scan.yearNumber(at: index + 1) {
                let joint = index + 2
                let joins = scan.isWord(index, W.between)
                    ? scan.isWord(joint, W.and)
                    : scan.isWord(joint, W.to) || scan.isWord(joint, W.until) || scan.isWord(joint, W.through)
                        || scan.isWord(joint, W.till) || scan.isRangeDash(joint)
                if joins, let to = endYear(scan, at: joint + 1, after: from) {
                    var mention = Mention(.span, index..<joint + 2, .span(years: Quantity(stated: Double(to - from)), from: from, to: to))
                    mention.isTimeReference = true
                    return mention
                }
            }
            if scan.isWord(index, W.decade) || scan.isWord(index, W.decades), scan.isHyphen(index + 1), scan.isWord(index + 2, W.long) {
                let years = scan.isWord(index, W.decade)
                    ? Quantity(stated: 10) : Quantity(lower: 20, upper: 90, hedge: .approximately)
                return Mention(.span, index..<index + 3, .span(years: years, from: nil, to: nil), form: .attributive)
            }
        }
        // Spans of figures need "year" or "decade" close after, or a four-digit year here.
        guard token.range.count == 4 || scan.hasClass(.spanWord, after: index, within: 3) else { return nil }
        // "2013-2018", "2013–18"
        if let from = scan.yearNumber(at: index), scan.isRangeDash(index + 1),
           let dash = scan.token(index + 1), let next = scan.token(index + 2), dash.spaceBefore == next.spaceBefore,
           let to = endYear(scan, at: index + 2, after: from) {
            return Mention(.span, index..<index + 3, .span(years: Quantity(stated: Double(to - from)), from: from, to: to))
        }
        // "the 1980s", "1990s"
        if token.kind == .number, token.range.count == 4, let (value, _, plain) = scan.digitValue(index), plain,
           value >= 1000, value <= 2090, value.truncatingRemainder(dividingBy: 10) == 0,
           scan.isWord(index + 1, W.s), !scan.tokens[index + 1].spaceBefore {
            let from = Int(value)
            var mention = Mention(.span, index..<index + 2, .span(years: Quantity(stated: 10), from: from, to: from + 9))
            mention.isTimeReference = scan.has(index - 1, .timePreposition) || scan.isWord(index - 1, W.the)
            return mention
        }
        // "11-year rule", "an eight-year tenure", "a two-decade war", "an eight year tenure"
        guard let number = scan.number(at: index), number.isInteger, number.vague == nil, !number.isOrdinal,
              number.value >= 1, number.value <= 1_000 else { return nil }
        let after = number.range.upperBound
        let hyphenated = scan.isHyphen(after)
        let unitAt = hyphenated ? after + 1 : after
        let perUnit: Double
        if scan.isWord(unitAt, W.year) {
            perUnit = 1
        } else if scan.isWord(unitAt, W.decade), hyphenated {
            perUnit = 10
        } else {
            return nil
        }
        var end = unitAt + 1
        if scan.isHyphen(end), scan.isWord(end + 1, W.old) || scan.isWord(end + 1, W.olds) { return nil }
        if scan.isHyphen(end), scan.isWord(end + 1, W.long) { end += 2 }
        guard isNoun(scan, end) else { return nil }
        var range = number.range.lowerBound..<end
        var hedge = Quantity.Hedge.exact
        if let (found, start) = scan.hedge(endingBefore: number.range.lowerBound) {
            hedge = found
            range = start..<end
        }
        return Mention(.span, range, .span(years: Quantity(stated: number.value * perUnit, hedge: hedge), from: nil, to: nil), form: .attributive)
    }

    /// A year in four digits, or two after a four-digit one ("2013-18"), after `from`.
    private static func endYear(_ scan: FigureScan, at index: Int, after from: Int) -> Int? {
        if let year = scan.yearNumber(at: index) { return year > from ? year : nil }
        guard let token = scan.token(index), token.kind == .number, token.range.count == 2,
              let (value, _, plain) = scan.digitValue(index), plain else { return nil }
        let year = from / 100 * 100 + Int(value)
        return year > from ? year : nil
    }

    /// "since 2013" is not a span when the year is part of a longer date ("since 2013-05-01").
    private static func continuesDate(_ scan: FigureScan, _ index: Int) -> Bool {
        scan.isHyphen(index) || scan.isMark(index, "/")
    }

    /// What "11-year" modifies: a word that is not a function word, figure or relative word.
    private static func isNoun(_ scan: FigureScan, _ index: Int) -> Bool {
        guard let token = scan.token(index), token.kind == .word, !scan.isTaken(index) else { return false }
        if let lexeme = scan.lexeme(index) {
            let roles: Lexeme.Roles = [.determiner, .preposition, .conjunction, .pronoun, .auxiliary, .verb, .adverb]
            if !lexeme.roles.isDisjoint(with: roles) || lexeme.relative != nil { return false }
        }
        return !scan.isWord(index, W.old)
    }
}
