/// Percentages, as fractions: "80%", "80 %", "96 per cent", "one hundred percent", "1.7
/// million percent", "a 10-percent rise", "10-15%", "10% to 15%", "five percentage points",
/// "minus five percent", and the spoken order "percent of 10".
///
/// A share named without its figure ("a small percent", "the % of increase", "a large
/// percentage of voters") is a percentage claim whose value says only that it is not
/// negative ([0, ∞), hedge at-least 0): the text states a share but not how large.
enum PercentageRecognizer: ClaimRecognizer {
    static var kinds: [ClaimKind] { [.percentage] }

    static func recognize(_ sentence: inout SentenceContext) { sentence.addFigureClaims(.percentage) }

    static func match(_ scan: FigureScan, at index: Int) -> Mention? {
        guard let token = scan.token(index) else { return nil }
        if token.kind == .word || token.kind == .symbol, let mention = figureless(scan, at: index) { return mention }
        guard token.kind == .number || (token.kind == .word && scan.lexemeIndex(index) >= 0) || token.kind == .punctuation,
              scan.hasClass([.percent, .sign], after: index, within: 6), let figure = scan.figure(at: index) else { return nil }
        var unitAt = figure.core.upperBound
        var attributive = false
        if scan.isHyphen(unitAt), let lexeme = scan.lexeme(unitAt + 1), lexeme.percent {
            unitAt += 1
            attributive = true
        }
        guard var end = percentUnit(scan, at: unitAt) else { return nil }
        var quantity = figure.quantity(times: 0.01)
        // "10% to 15%", "10%-15%"
        if figure.last == nil, scan.isWord(end, W.to) || scan.isRangeDash(end), let upper = scan.number(at: end + 1),
           let upperEnd = percentUnit(scan, at: upper.range.upperBound), upper.value > figure.first.value {
            quantity = Quantity(lower: Figure.percent(figure.first), upper: Figure.percent(upper))
            end = upperEnd
        }
        if scan.isWord(end, W.points) || scan.isWord(end, W.point) { end += 1 }
        if figure.hedge == .exact, figure.last == nil, let (hedge, hedgeEnd) = scan.hedge(startingAt: end) {
            quantity = Quantity(stated: Figure.percent(figure.first), hedge: hedge)
            end = hedgeEnd
        }
        var mention = Mention(.percentage, figure.range.lowerBound..<max(end, figure.range.upperBound), .percentage(quantity))
        if attributive { mention.form = .attributive }
        return mention
    }

    /// The end of "%", "percent", "per cent", "percentage", "pct" at `index`.
    static func percentUnit(_ scan: FigureScan, at index: Int) -> Int? {
        if scan.isMark(index, "%") { return index + 1 }
        if scan.isWord(index, W.per), scan.isWord(index + 1, W.cent) { return index + 2 }
        if scan.isWord(index, W.cent) { return nil }
        if let lexeme = scan.lexeme(index), lexeme.percent { return index + 1 }
        return nil
    }

    /// "percent of 10" (the spoken order), and shares without a figure: "a small percent",
    /// "the % of increase", "a large percentage of voters".
    private static func figureless(_ scan: FigureScan, at index: Int) -> Mention? {
        guard let unitEnd = percentUnit(scan, at: index) else { return nil }
        if index > 0, scan.token(index - 1)?.kind == .number || scan.isTaken(index - 1) { return nil }
        if scan.lexeme(index - 1)?.cardinal != nil || scan.lexeme(index - 1)?.scale != nil { return nil }
        if scan.isWord(unitEnd, W.of), let number = scan.number(at: unitEnd + 1), !number.isOrdinal,
           scan.endsClause(at: number.range.upperBound), !isDeterminerBefore(scan, index) {
            return Mention(.percentage, index..<number.range.upperBound, .percentage(Quantity(stated: Figure.percent(number))))
        }
        // A share named without its size: a determiner (and size adjectives) before, and what
        // it is a share of, or a verb, after.
        var start = index
        while start > 0, scan.has(start - 1, .sizeAdjective) { start -= 1 }
        guard start > 0, scan.isWord(start - 1, W.a) || scan.isWord(start - 1, W.the) || scan.isWord(start - 1, W.what) else {
            return nil
        }
        guard let next = scan.token(unitEnd), next.kind == .word, !scan.isTaken(unitEnd) else { return nil }
        return Mention(.percentage, start - 1..<unitEnd, .percentage(Quantity(stated: 0, hedge: .atLeast)))
    }

    private static func isDeterminerBefore(_ scan: FigureScan, _ index: Int) -> Bool {
        scan.has(index - 1, .determiner)
    }
}
