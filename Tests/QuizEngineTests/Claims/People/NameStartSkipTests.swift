@testable import QuizEngine
import Testing

/// `NameFinder.nextCapitalizedWord(in:from:)` passes over the words that cannot start a name in
/// a loop of its own; it must stop where testing each token in turn stops.
@Suite("Name start pre-check")
struct NameStartSkipTests {
    @Test("from every start, the next capitalised word is the first a plain reading finds")
    func nextCapitalizedWordMatchesPlainReading() {
        let pieces = [
            "Maduro", "maduro", "Maduro’s", "U.S.", "the", "The", "ICC", "é", "Ángel", "ángel", "42", "5%", "R.", ",", ".",
            "“", "”", "-", "Mar-a-Lago", "said", "X", "x",
        ]
        expectSkipMatchesPlainReading(
            seed: 73, pieces: pieces, fewerThan: 20,
            isStop: startsWithCapital, skip: { NameFinder.nextCapitalizedWord(in: $0, from: $1) }
        )
    }

    private func startsWithCapital(_ token: ProseToken) -> Bool {
        token.kind == .word && token.isCapitalized
    }
}
