@testable import QuizEngine
import Testing

/// `QuotationScanner.nextQuoteMark(in:from:)` passes over the tokens that are not quotation
/// marks in a loop of its own; it must stop where testing each token in turn stops.
@Suite("Quotation mark pre-check")
struct QuoteMarkSkipTests {
    @Test("from every start, the next quotation mark is the first a plain reading finds")
    func nextQuoteMarkMatchesPlainReading() {
        let pieces = [
            "“", "”", "\"", "'", "‘", "’", "«", "»", "Maduro’s", "’90s", "don't", "said", ",", ".", "—", "(", "42",
            "word", "Word", "\u{2032}", "`",
        ]
        expectSkipMatchesPlainReading(
            seed: 83, pieces: pieces, fewerThan: 20, mixedSeparators: true,
            isStop: isQuoteMark, skip: { QuotationScanner.nextQuoteMark(in: $0, from: $1) }
        )
    }

    /// The marks the scan's switch acts on; every other token falls to its `default`.
    private func isQuoteMark(_ token: ProseToken) -> Bool {
        guard token.kind == .punctuation else { return false }
        let marks: [UInt32] = [0x201C, 0xAB, 0x201D, 0xBB, 0x22, 0x2018, 0x27, 0x2019]
        return marks.contains(token.scalar)
    }
}
