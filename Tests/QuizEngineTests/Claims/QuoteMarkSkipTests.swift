@testable import QuizEngine
import Testing

/// `QuotationScanner.nextQuoteMark(in:from:)` passes over the tokens that are not quotation
/// marks in a loop of its own; it must stop where testing each token in turn stops.
@Suite("Quotation mark pre-check")
struct QuoteMarkSkipTests {
    @Test("from every start, the next quotation mark is the first a plain reading finds")
    func nextQuoteMarkMatchesPlainReading() {
        var random = SplitMix64(seed: 83)
        let pieces = [
            "“", "”", "\"", "'", "‘", "’", "«", "»", "Maduro’s", "’90s", "don't", "said", ",", ".", "—", "(", "42",
            "word", "Word", "\u{2032}", "`",
        ]
        var marks = 0
        for _ in 0..<2_000 {
            let text = random.text(of: pieces, fewerThan: 20, separator: random.next(below: 2) == 0 ? " " : "")
            let tokens = ProseTokenizer().tokens(in: text)
            marks += tokens.filter(isQuoteMark).count
            for start in 0...tokens.count + 1 {
                let plain = tokens.indices.first { $0 >= start && isQuoteMark(tokens[$0]) } ?? tokens.count
                #expect(QuotationScanner.nextQuoteMark(in: tokens, from: start) == plain, "\(text) from \(start)")
            }
        }
        #expect(marks > 1_000)
    }

    /// The marks the scan's switch acts on; every other token falls to its `default`.
    private func isQuoteMark(_ token: ProseToken) -> Bool {
        guard token.kind == .punctuation else { return false }
        let marks: [UInt32] = [0x201C, 0xAB, 0x201D, 0xBB, 0x22, 0x2018, 0x27, 0x2019]
        return marks.contains(token.scalar)
    }
}
