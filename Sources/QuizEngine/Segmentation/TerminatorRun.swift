/// A run of sentence-ending punctuation and the closing quotes and brackets right after it:
/// `.`  `?!`  `....`  `…`  `. . . .`  `."`  `?”`  `.)`.
///
/// Whether the run ends a sentence is decided elsewhere, from what stands before and after it;
/// this only measures it.
struct TerminatorRun {
    /// The first punctuation byte.
    let start: Int
    /// After the punctuation, before any closing quote or bracket.
    let punctuationEnd: Int
    /// After the closing quotes and brackets.
    let end: Int
    /// Periods in the run; "…" counts as three.
    let dots: Int
    let hasQuestionOrExclamation: Bool
    /// Periods separated by single spaces, as in ". . ." (the style of an ellipsis in a quotation).
    let isSpaced: Bool

    init(_ text: UnsafeBufferPointer<UInt8>, at start: Int) {
        let n = text.count
        var i = start
        var dots = 0
        var questionOrExclamation = false
        var spaced = false
        while i < n {
            let c = text[i]
            if c == SegmenterBytes.period {
                dots += 1
                i += 1
            } else if c == SegmenterBytes.question || c == SegmenterBytes.exclamation {
                questionOrExclamation = true
                i += 1
            } else if SegmenterBytes.isEllipsisCharacter(text, at: i) {
                dots += 3
                i += 3
            } else if c == SegmenterBytes.space, dots > 0, i + 1 < n, text[i + 1] == SegmenterBytes.period,
                      i + 2 == n || SegmenterBytes.isSpace(text[i + 2]) || SegmenterBytes.closerLength(text, at: i + 2) > 0
                        || text[i + 2] == SegmenterBytes.period {
                // ". . .": a lone period after a space continues the run.
                spaced = true
                i += 1
            } else {
                break
            }
        }
        self.start = start
        self.punctuationEnd = i
        while i < n {
            let length = SegmenterBytes.closerLength(text, at: i)
            if length == 0 { break }
            i += length
        }
        self.end = i
        self.dots = dots
        self.hasQuestionOrExclamation = questionOrExclamation
        self.isSpaced = spaced
    }

    var hasClosers: Bool { end > punctuationEnd }

    /// Whether the run follows a word directly ("that....", "compounds. . . .") rather than a space
    /// ("really ... well", "period . . . .").
    func isAttached(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        start > 0 && !SegmenterBytes.isSpace(text[start - 1])
    }

    /// An editorial omission, "[...]" or "(...)": never the end of a sentence.
    func isBracketedEllipsis(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start > 0, dots >= 3, !hasQuestionOrExclamation, hasClosers else { return false }
        let before = text[start - 1], after = text[punctuationEnd]
        return (before == UInt8(ascii: "[") && after == UInt8(ascii: "]"))
            || (before == SegmenterBytes.openingParenthesis && after == SegmenterBytes.closingParenthesis)
    }
}
