/// A year named on its own: "Born in 1962", "in 2017", "the latter's 2013 death", "2024
/// protests", "fiscal 1990", "mid-2024".
///
/// Four digits from 1000 to 2100 that no other grammar took (dates, spans, money and amounts
/// come first). Not a year when it counts something without a time word before it ("2000
/// people", "1500 soldiers").
enum YearRecognizer: ClaimRecognizer {
    static var kinds: [ClaimKind] { [.year] }

    static func recognize(_ sentence: inout SentenceContext) { sentence.addFigureClaims(.year) }

    static func match(_ scan: FigureScan, at index: Int) -> Mention? {
        guard scan.tokens[index].range.count == 4, let year = scan.yearNumber(at: index), year <= 2100 else { return nil }
        if let before = scan.token(index - 1), !before.spaceBefore || index - 1 == 0 {
            // "F-2018", "#2018", "No.2018": a code, unless "mid-2024".
            if before.isMark("#") { return nil }
            if before.kind == .punctuation, before.scalar == 0x2D, !before.spaceBefore, !scan.isWord(index - 2, W.mid) { return nil }
        }
        if scan.isMark(index + 1, ":") { return nil }
        let cued = scan.has(index - 1, .timePreposition) || scan.isWord(index - 1, W.mid) || scan.isWord(index - 2, W.mid)
            || scan.isWord(index - 1, W.early) || scan.isWord(index - 1, W.late)
            || scan.tokens.isWord(index - 1, SentenceTokens.possessiveKey) || scan.has(index - 1, .determiner)
        let nounAfter = scan.isContent(index + 1) && !scan.isVerbLike(index + 1)
        // Edited news writes counts from 1,000 with a comma, so "2025 protests" is a year; a
        // hedge ("about 2000 people") or a year outside 1800...2100 makes it a count.
        if scan.hedge(endingBefore: index) != nil { return nil }
        if !cued, year < 1800, nounAfter, isPluralCount(scan, index + 1) { return nil }
        var mention = Mention(.year, index..<index + 1, .year(year))
        if nounAfter { mention.form = .attributive }
        mention.isTimeReference = cued && !scan.has(index - 1, .determiner) || nounAfter
        return mention
    }

    /// "people", "soldiers": a lowercase plural that a count would come before.
    private static func isPluralCount(_ scan: FigureScan, _ index: Int) -> Bool {
        guard let token = scan.token(index), token.kind == .word, !token.isCapitalized else { return false }
        return scan.tokens.hasSuffix(index, "s") || scan.isWord(index, W.people)
    }
}
