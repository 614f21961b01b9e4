/// How long something lasted or may last, in seconds: "12 minutes", "less than 15 minutes"
/// ([0, 900)), "72-hour", "a 72-hour timeframe", "hour-long", "two-hour", "120 minutes", "an
/// hour and a half", "half an hour", "3h", "1 year 1 month 21 days", "all day", "another
/// week", "a few minutes", "several days", "two business days".
///
/// A month is 30 days and a year 365, as in ISO 8601 durations. "A day" after a figure or
/// "once" is a rate ("$300 a month", "24 hours a day"), not a duration; "two days later" is a
/// date, read before this runs.
enum DurationRecognizer: ClaimRecognizer {
    static var kinds: [ClaimKind] { [.duration] }

    static func recognize(_ sentence: inout SentenceContext) { sentence.addFigureClaims(.duration) }

    static func match(_ scan: FigureScan, at index: Int) -> Mention? {
        guard let token = scan.token(index), token.kind == .number || scan.lexemeIndex(index) >= 0 || token.kind == .punctuation else {
            return nil
        }
        if token.kind == .word, let mention = wordDuration(scan, at: index) { return mention }
        guard scan.hasClass(.unit, after: index, within: 6), var figure = scan.figure(at: index), let (seconds, unitEnd, attributive) = unit(scan, after: figure.core.upperBound) else {
            return nil
        }
        if figure.hedge == .moreThan, isAcross(scan, hedgeAt: figure.range.lowerBound) {
            figure.hedge = .exact
            figure.range = figure.core.lowerBound..<figure.range.upperBound
        }
        var quantity = figure.quantity(times: seconds)
        var end = unitEnd
        // "1 year 1 month 21 days", "two hours and 30 minutes"
        var extra = 0.0
        if figure.last == nil {
            // "1 year 1 month 21 days": a few parts, never a run without end.
            for _ in 0..<4 {
                var at = end
                if scan.isWord(at, W.and) { at += 1 }
                guard let next = scan.number(at: at), next.vague == nil, !next.isOrdinal,
                      let (moreSeconds, moreEnd, moreAttributive) = unit(scan, after: next.range.upperBound), !moreAttributive
                else { break }
                extra += next.value * moreSeconds
                end = moreEnd
            }
        }
        // "two hours and a half"
        if let (fraction, fractionEnd) = scan.andFraction(at: end), extra == 0 {
            extra += fraction * seconds
            end = fractionEnd
        }
        if extra > 0 {
            quantity = figure.last == nil
                ? Quantity(stated: quantity.stated + extra, hedge: figure.hedge)
                : Quantity(lower: quantity.lower + extra, upper: quantity.upper + extra)
        }
        if figure.hedge == .exact, figure.last == nil, figure.first.vague == nil, let (hedge, hedgeEnd) = scan.hedge(startingAt: end) {
            quantity = Quantity(stated: quantity.stated, hedge: hedge)
            end = hedgeEnd
        }
        return Mention(.duration, figure.range.lowerBound..<max(end, figure.range.upperBound), .duration(quantity),
                       form: attributive ? .attributive : .plain)
    }

    /// The unit after a number: "minutes", "3h", "3 hrs", "-hour" (attributive), "-hour-long",
    /// "business days". Returns seconds per unit, the end, and whether it is attributive.
    static func unit(_ scan: FigureScan, after index: Int) -> (Double, Int, Bool)? {
        var at = index
        var hyphenated = false
        if scan.isHyphen(at) {
            at += 1
            hyphenated = true
        }
        if scan.isWord(at, W.business) { at += 1 }
        guard let token = scan.token(at), token.kind == .word, let lexeme = scan.lexeme(at), let seconds = lexeme.unitSeconds,
              !scan.isTaken(at) else { return nil }
        // "3h", "3 hrs", "123.45 sec", but not "3 s" before a word.
        if lexeme.unitIsAbbreviation, token.spaceBefore, let next = scan.token(at + 1), next.kind == .word, !scan.isWord(at + 1, W.and) {
            return nil
        }
        let plural = scan.tokens.hasSuffix(at, "s") && !scan.isWord(at, W.s)
        var end = at + 1
        var long = false
        if scan.isHyphen(end), scan.isWord(end + 1, W.long) {
            end += 2
            long = true
        }
        if scan.isWord(end, W.old) { return nil }
        return (seconds, end, (hyphenated && !plural) || long)
    }

    /// Durations that start with a word: "an hour", "a week", "half an hour", "a half hour",
    /// "an hour and a half", "hour-long", "all day", "full-week", "another month", "a few
    /// minutes", "several days", "some days", with a hedge before ("about an hour").
    private static func wordDuration(_ scan: FigureScan, at index: Int) -> Mention? {
        var at = index
        var count = 1.0
        var vague: ClosedRange<Double>?
        var attributive = false
        if scan.isWord(at, W.a) || scan.isWord(at, W.an) {
            if scan.isWord(at + 1, W.half) {
                count = 0.5
                at += 2
            } else if scan.isWord(at + 1, W.few) {
                vague = 2...5
                at += 2
            } else if scan.isWord(at + 1, W.couple) {
                vague = 2...3
                at += scan.isWord(at + 2, W.of) ? 3 : 2
            } else {
                at += 1
            }
        } else if scan.isWord(at, W.half) {
            count = 0.5
            at += (scan.isWord(at + 1, W.a) || scan.isWord(at + 1, W.an)) ? 2 : 1
            if scan.isHyphen(at) {
                at += 1
                attributive = true
            }
        } else if scan.isWord(at, W.all) || scan.isWord(at, W.full) || scan.isWord(at, W.whole) || scan.isWord(at, W.entire)
                    || scan.isWord(at, W.another) {
            at += 1
            if scan.isHyphen(at) {
                at += 1
                attributive = true
            }
        } else if scan.isWord(at, W.few) {
            vague = 2...5
            at += 1
        } else if scan.isWord(at, W.several) {
            vague = 3...9
            at += 1
        } else if scan.isWord(at, W.some), index == 0 || !scan.has(index - 1, .determiner) {
            vague = 2...9
            at += 1
        } else if let lexeme = scan.lexeme(at), lexeme.unitSeconds != nil, !lexeme.unitIsAbbreviation,
                  scan.isHyphen(at + 1), scan.isWord(at + 2, W.long) {
            // "hour-long"
            return Mention(.duration, at..<at + 3, .duration(Quantity(stated: lexeme.unitSeconds!)), form: .attributive)
        } else {
            return nil
        }
        if scan.isWord(at, W.business) { at += 1 }
        guard let token = scan.token(at), token.kind == .word, let lexeme = scan.lexeme(at), let seconds = lexeme.unitSeconds,
              !lexeme.unitIsAbbreviation, !scan.isWord(at, W.second), !scan.isTaken(at) else { return nil }
        let plural = scan.tokens.hasSuffix(at, "s")
        if (vague == nil) == plural { return nil }
        if isRate(scan, index) { return nil }
        var end = at + 1
        if scan.isHyphen(end), scan.isWord(end + 1, W.long) {
            end += 2
            attributive = true
        }
        var quantity: Quantity
        if let vague {
            quantity = Quantity(lower: vague.lowerBound * seconds, upper: vague.upperBound * seconds, hedge: .approximately)
        } else {
            if count == 1, let (fraction, fractionEnd) = scan.andFraction(at: end) ?? halfWithoutArticle(scan, at: end) {
                count += fraction
                end = fractionEnd
            }
            quantity = Quantity(stated: count * seconds)
        }
        var start = index
        if vague == nil, let (hedge, hedgeStart) = scan.hedge(endingBefore: index), !(hedge == .moreThan && isAcross(scan, hedgeAt: hedgeStart)) {
            quantity = Quantity(stated: quantity.stated, hedge: hedge)
            start = hedgeStart
        }
        return Mention(.duration, start..<end, .duration(quantity), form: attributive ? .attributive : .plain)
    }

    /// "built over a decade", "fell over three years": "over" meaning across a time, not more
    /// than it. It means more than after "for", "lasted", "took", "after", a comma or at the start.
    private static func isAcross(_ scan: FigureScan, hedgeAt index: Int) -> Bool {
        guard scan.isWord(index, W.over) else { return false }
        let before = index - 1
        if before < 0 || scan.isMark(before, ",") || scan.isMark(before, "(") { return false }
        return !scan.isWord(before, anyOf: measuringWords)
    }

    private static let measuringWords = [
        "for", "lasted", "lasting", "last", "lasts", "took", "take", "takes", "after", "spent", "of", "in", "within", "is", "was", "be",
    ].map(StaticWord.init)

    /// "and half" in "an hour and half".
    private static func halfWithoutArticle(_ scan: FigureScan, at index: Int) -> (Double, Int)? {
        scan.isWord(index, W.and) && scan.isWord(index + 1, W.half) ? (0.5, index + 2) : nil
    }

    /// "a day" counted by what comes before: "$300 a month", "24 hours a day", "once a week",
    /// "twice a year", "three times a day".
    private static func isRate(_ scan: FigureScan, _ index: Int) -> Bool {
        guard scan.isWord(index, W.a) || scan.isWord(index, W.an) else { return false }
        let before = index - 1
        guard before >= 0 else { return false }
        if scan.isTaken(before) || scan.token(before)?.kind == .number { return true }
        return scan.isWord(before, W.once) || scan.isWord(before, W.twice) || scan.isWord(before, W.times)
            || scan.isWord(before, W.per) || scan.lexeme(before)?.unitSeconds != nil || scan.lexeme(before)?.currency ?? -1 >= 0
    }
}
