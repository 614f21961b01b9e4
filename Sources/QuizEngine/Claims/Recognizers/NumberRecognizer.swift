/// Counts and plain numbers, in digits or words, with scale and hedge: "three conditions",
/// "more than a hundred high-ranking officials", "1.5 million posts", "200 gathered", "5.4
/// million face acute hunger", "over 20 vessels", "hundreds of protesters", "two thirds".
///
/// Whatever figure no other grammar claimed, except what is not a quantity: ordinals ("21st",
/// "second"), times of day ("5 p.m.", "10:30"), codes and names ("F-35", "G7", "COVID-19",
/// "3D"), list markers ("1."), a lone "one" ("one of the refugees") and a lone fraction word
/// ("the first half").
enum NumberRecognizer: ClaimRecognizer {
    static var kinds: [ClaimKind] { [.number] }

    static func recognize(_ sentence: inout SentenceContext) { sentence.addFigureClaims(.number) }

    static func match(_ scan: FigureScan, at index: Int) -> Mention? {
        guard let token = scan.token(index) else { return nil }
        if token.kind == .word, scan.lexemeIndex(index) < 0 { return nil }
        if token.kind == .symbol { return nil }
        guard let figure = scan.figure(at: index) else { return nil }
        let number = figure.first
        let coreStart = figure.core.lowerBound
        let end = figure.core.upperBound
        if number.isWords, number.value == 1, number.range.count == 1, figure.last == nil, !number.isBareFraction,
           figure.hedge == .exact {
            return nil
        }
        // "half of the voters", "more than half", but not "the first half".
        if number.isBareFraction, figure.hedge == .exact {
            guard scan.isWord(end, W.of), !scan.has(coreStart - 1, .determiner), scan.lexeme(coreStart - 1)?.ordinal == nil else { return nil }
        }
        if let first = scan.token(coreStart), first.kind == .number || first.kind == .punctuation {
            if isCode(scan, numberAt: first.kind == .number ? coreStart : coreStart + 1, end: end) { return nil }
            if isTimeOfDay(scan, after: end) { return nil }
            if scan.isMark(coreStart - 1, ":"), scan.token(coreStart - 2)?.kind == .number { return nil }
            if isListMarker(scan, coreStart, end) { return nil }
        }
        return Mention(.number, figure.range, .number(figure.quantity()))
    }

    /// Letters against the digits make a name or code: "F-35", "G7", "COVID-19", "3D", "11a".
    private static func isCode(_ scan: FigureScan, numberAt index: Int, end: Int) -> Bool {
        if let before = scan.token(index - 1), !scan.tokens[index].spaceBefore {
            if before.kind == .word { return true }
            if before.kind == .punctuation, before.scalar == 0x2D || before.scalar == 0x2F,
               let word = scan.token(index - 2), word.kind == .word, !before.spaceBefore { return true }
            if before.isMark("#") { return true }
        }
        if let after = scan.token(end), !after.spaceBefore, after.kind == .word, scan.lexeme(end)?.shortScale == nil { return true }
        return false
    }

    /// "5 p.m.", "10:30", "7 am", "5 o'clock".
    private static func isTimeOfDay(_ scan: FigureScan, after end: Int) -> Bool {
        if scan.isMark(end, ":"), scan.token(end + 1)?.kind == .number { return true }
        if scan.isWord(end, W.am) || scan.isWord(end, W.pm) || scan.isWord(end, W.oclock) { return true }
        if scan.isWord(end, W.a) || scan.isWord(end, W.p), scan.isMark(end + 1, "."), scan.isWord(end + 2, W.m) { return true }
        return false
    }

    /// "1." or "2)" opening a sentence: a list item's number.
    private static func isListMarker(_ scan: FigureScan, _ start: Int, _ end: Int) -> Bool {
        start == 0 && (scan.isMark(end, ".") || scan.isMark(end, ")"))
    }
}
