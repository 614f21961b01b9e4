@testable import QuizEngine
import Testing

/// `NameFinder.nextCapitalizedWord(in:from:)` passes over the words that cannot start a name in
/// a loop of its own; it must stop where testing each token in turn stops.
@Suite("Name start pre-check")
struct NameStartSkipTests {
    @Test("from every start, the next capitalised word is the first a plain reading finds")
    func nextCapitalizedWordMatchesPlainReading() {
        var random = SplitMix64(seed: 73)
        let pieces = [
            "Maduro", "maduro", "Maduro’s", "U.S.", "the", "The", "ICC", "é", "Ángel", "ángel", "42", "5%", "R.", ",", ".",
            "“", "”", "-", "Mar-a-Lago", "said", "X", "x",
        ]
        var capitalized = 0
        for _ in 0..<2_000 {
            let text = random.text(of: pieces, fewerThan: 20, separator: " ")
            let tokens = ProseTokenizer().tokens(in: text)
            capitalized += tokens.filter(startsWithCapital).count
            for start in 0...tokens.count + 1 {
                let plain = tokens.indices.first { $0 >= start && startsWithCapital(tokens[$0]) } ?? tokens.count
                #expect(NameFinder.nextCapitalizedWord(in: tokens, from: start) == plain, "\(text) from \(start)")
            }
        }
        #expect(capitalized > 1_000)
    }

    private func startsWithCapital(_ token: ProseToken) -> Bool {
        token.kind == .word && token.isCapitalized
    }
}
