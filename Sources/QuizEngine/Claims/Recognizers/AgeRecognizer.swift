/// A person's (or a thing's) age: "Maduro, 62", "Nicholas, 34,", "35-year-old teacher",
/// "aged 41", "five years old", "ten months old", "3 years of age", "87 yo", "age 87",
/// "in his 60s", "in her early thirties". The value is in years.
///
/// "Name, 62" counts only when the number closes the aside (a comma, full stop, bracket or
/// "and" follows): "In Caracas, 62 people" is a count.
enum AgeRecognizer: ClaimRecognizer {
    static var kinds: [ClaimKind] { [.age] }

    static func recognize(_ sentence: inout SentenceContext) { sentence.addFigureClaims(.age) }

    static func match(_ scan: FigureScan, at index: Int) -> Mention? {
        guard let token = scan.token(index) else { return nil }
        if token.kind == .word {
            if scan.isWord(index, W.aged) || (scan.isWord(index, W.age) && ageWordIntroducesNumber(scan, index)) {
                guard let figure = scan.figure(at: index + 1), figure.isWholeNumber, figure.first.value <= 130 else { return nil }
                var end = figure.range.upperBound
                if scan.isWord(end, W.years) { end += 1 }
                var mention = Mention(.age, index..<end, .age(figure.quantity()))
                if scan.isMark(index - 1, ",") { mention.form = .apposition }
                return mention
            }
            if scan.isWord(index, W.his) || scan.isWord(index, W.her) || scan.isWord(index, W.their), scan.isWord(index - 1, W.in_),
               let mention = decadeOfLife(scan, at: index) {
                return mention
            }
            if scan.lexemeIndex(index) < 0 { return nil }
        } else if token.kind != .number {
            return nil
        }
        // An age needs a unit, "old" or "yo" close after, or a name and comma before.
        guard scan.hasClass([.unit, .ageWord], after: index, within: 6) || scan.isMark(index - 1, ",") || scan.isMark(index - 1, "("),
              let figure = scan.figure(at: index) else { return nil }
        let afterNumber = figure.core.upperBound
        // "35-year-old", "six-month-old"
        if scan.isHyphen(afterNumber), let factor = unitFactor(scan, afterNumber + 1), scan.isHyphen(afterNumber + 2),
           scan.isWord(afterNumber + 3, W.old) {
            return Mention(.age, figure.range.lowerBound..<afterNumber + 4, .age(figure.quantity(times: factor)), form: .attributive)
        }
        // "five years old", "90 day old", "3 years of age", "40 - 50 years old"
        if let factor = unitFactor(scan, afterNumber) {
            if scan.isWord(afterNumber + 1, W.old) {
                return Mention(.age, figure.range.lowerBound..<afterNumber + 2, .age(figure.quantity(times: factor)))
            }
            if scan.isWord(afterNumber + 1, W.of), scan.isWord(afterNumber + 2, W.age) {
                return Mention(.age, figure.range.lowerBound..<afterNumber + 3, .age(figure.quantity(times: factor)))
            }
            return nil
        }
        if scan.isWord(afterNumber, W.yo) {
            return Mention(.age, figure.range.lowerBound..<afterNumber + 1, .age(figure.quantity()))
        }
        return apposition(scan, figure, at: index)
    }

    /// "age 87" after "at", "of", a comma or at the start; not "the age 87 ..." in other senses.
    private static func ageWordIntroducesNumber(_ scan: FigureScan, _ index: Int) -> Bool {
        index == 0 || scan.isWord(index - 1, W.at) || scan.isWord(index - 1, W.of) || scan.isMark(index - 1, ",")
            || scan.isMark(index - 1, "(")
    }

    /// Years in one of "year(s)", "month(s)", "week(s)", "day(s)".
    private static func unitFactor(_ scan: FigureScan, _ index: Int) -> Double? {
        if scan.isWord(index, W.year) || scan.isWord(index, W.years) { return 1 }
        if scan.isWord(index, W.month) || scan.isWord(index, W.months) { return 1.0 / 12 }
        if scan.isWord(index, W.week) || scan.isWord(index, W.weeks) { return 7.0 / 365 }
        if scan.isWord(index, W.day) || scan.isWord(index, W.days) { return 1.0 / 365 }
        return nil
    }

    /// "Maduro, 62," and "Maduro (62)": a whole number from 1 to 119, right after a name and a
    /// comma (or in brackets), closing the aside.
    private static func apposition(_ scan: FigureScan, _ figure: Figure, at index: Int) -> Mention? {
        guard figure.range == figure.core, figure.last == nil, figure.first.isPlainInteger,
              figure.first.value >= 1, figure.first.value < 120, figure.core.count == 1 else { return nil }
        let end = figure.core.upperBound
        if scan.isMark(index - 1, "("), scan.isName(index - 2), scan.isMark(end, ")") {
            return Mention(.age, index..<end, .age(figure.quantity()), form: .apposition)
        }
        guard scan.isMark(index - 1, ","), scan.isName(index - 2), !scan.isTaken(index - 2) else { return nil }
        guard scan.endsClause(at: end) || scan.isWord(end, W.and) else { return nil }
        if scan.isMark(end, "%") || scan.isMark(end, ":") { return nil }
        return Mention(.age, index..<end, .age(figure.quantity()), form: .apposition)
    }

    /// "in his 60s", "in her early thirties", "in their late 20s".
    private static func decadeOfLife(_ scan: FigureScan, at index: Int) -> Mention? {
        var at = index + 1
        var part = 0...9
        if scan.isWord(at, W.early) {
            part = 0...3
            at += 1
        } else if scan.isWord(at, W.mid) {
            part = 3...6
            at += 1
        } else if scan.isWord(at, W.late) {
            part = 6...9
            at += 1
        }
        var decade: Int?
        var end = at + 1
        if let value = scan.lexeme(at)?.decadeOfLife {
            decade = value
        } else if let (number, _, plain) = scan.digitValue(at), plain, number >= 10, number <= 90,
                  number.truncatingRemainder(dividingBy: 10) == 0, scan.isWord(at + 1, W.s), !scan.tokens[at + 1].spaceBefore {
            decade = Int(number)
            end = at + 2
        }
        guard let decade else { return nil }
        let quantity = Quantity(lower: Double(decade + part.lowerBound), upper: Double(decade + part.upperBound), hedge: .approximately)
        return Mention(.age, index - 1..<end, .age(quantity), form: scan.isMark(index - 2, ",") ? .apposition : .plain)
    }
}
