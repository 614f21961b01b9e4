/// A number with what bounds it: a hedge ("less than 15"), a range ("10-15", "between 10 and
/// 15", "from 20 to 35") or a vague count ("hundreds"). Units are read after it by each grammar.
struct Figure: Sendable {
    /// All tokens, hedge words included.
    var range: Range<Int>
    /// The number(s) alone.
    var core: Range<Int>
    var first: NumberPhrase
    /// The upper end of a range.
    var last: NumberPhrase?
    var hedge: Quantity.Hedge = .exact

    /// The interval in the figure's own unit, multiplied by `factor` (60 for minutes, 0.01 for
    /// percent).
    func quantity(times factor: Double = 1) -> Quantity {
        if let last {
            if factor == 0.01 { return Quantity(lower: Self.percent(first), upper: Self.percent(last)) }
            return Quantity(lower: first.value * factor, upper: last.value * factor)
        }
        if let vague = first.vague {
            return Quantity(lower: vague.lowerBound * factor, upper: vague.upperBound * factor, hedge: .approximately)
        }
        if factor == 0.01 {
            // Divide the written digits, so "96%" and "3.7%" are the closest doubles to 0.96 and
            // 0.037 (3.7 / 100 is not).
            return Quantity(stated: Self.percent(first), hedge: hedge)
        }
        return Quantity(stated: first.value * factor, hedge: hedge)
    }

    var isWholeNumber: Bool { first.isInteger && (last?.isInteger ?? true) }

    /// A number as a fraction of one hundred.
    static func percent(_ number: NumberPhrase) -> Double {
        if let (mantissa, digits) = number.decimal, number.value >= 0 {
            return mantissa / FigureScan.powerOfTen(digits + 2)
        }
        return number.value / 100
    }
}

extension FigureScan {
    /// The hedged number or range starting at `index`, with the hedge looked for before
    /// `hedgeBefore` (the start of a currency sign, say; `index` by default).
    func figure(at index: Int, hedgeBefore: Int?, ranges: Bool = true) -> Figure? {
        guard let first = number(at: index), !first.isOrdinal else { return nil }
        var figure = Figure(range: first.range, core: first.range, first: first)
        let lead = hedgeBefore ?? index
        var start = lead
        var rangeWord: StaticWord?
        if isWord(lead - 1, W.between) {
            rangeWord = W.and
            start = lead - 1
        } else if isWord(lead - 1, W.from), ranges {
            rangeWord = W.to
            start = lead - 1
        }
        if ranges, first.vague == nil, let (second, end) = rangeEnd(after: first, word: rangeWord) {
            var lower = first
            if !first.hasScale, second.hasScale, second.scale > 1 {
                lower.value *= second.scale
            }
            figure.first = lower
            figure.last = second
            figure.core = index..<second.range.upperBound
            figure.range = start..<end
            return figure
        }
        if let (hedge, hedgeStart) = hedge(endingBefore: lead) {
            figure.hedge = hedge
            figure.range = hedgeStart..<figure.range.upperBound
        }
        if figure.hedge == .exact, let (hedge, end) = hedge(startingAt: first.range.upperBound) {
            figure.hedge = hedge
            figure.range = figure.range.lowerBound..<end
        }
        return figure
    }

    /// The second number of "10-15", "10 to 15", "10 and 15" (after "between"): larger than
    /// the first (so "5-4" is a score, not a range), in the same kind of writing.
    private func rangeEnd(after first: NumberPhrase, word: StaticWord?) -> (NumberPhrase, Int)? {
        let joint = first.range.upperBound
        var next = joint + 1
        if let word {
            guard isWord(joint, word) || (word.key == W.to.key && isRangeDash(joint)) else { return nil }
        } else if isRangeDash(joint) {
            // "2013-2018" and "10-15" attached, or "40 - 50" spaced: both ends spaced alike.
            guard let dash = token(joint), let after = token(next), dash.spaceBefore == after.spaceBefore else { return nil }
        } else if isWord(joint, W.to) {
            // "20 to 25 years"
        } else if isWord(joint, W.or), first.isWords, !first.hasScale {
            // "two or three days"
        } else {
            return nil
        }
        // The unit may sit on both ends: "10% to 15%", "$5 to $10 million" are read by their grammars.
        if isMark(next, "%") { return nil }
        guard let second = number(at: next), !second.isOrdinal, second.vague == nil else { return nil }
        let lower = !first.hasScale && second.hasScale ? first.value * second.scale : first.value
        guard second.value > lower else { return nil }
        next = second.range.upperBound
        return (second, next)
    }
}
