@testable import QuizEngine
import Testing

/// A figure's scale suffix read by byte is the one read by character.
@Suite("figure suffix fast path")
struct FigureSuffixFastPathTests {
    @Test("a literal's suffix read byte by byte is the suffix read by character")
    func suffixByBytes() {
        var random = SplitMix64(seed: 19)
        let pieces = ["1", "0", "9", ".", ",", "m", "bn", "k", "\r\n", "é", "0\u{308}", "½", " ", "-"]
        for _ in 0..<3_000 {
            let literal = random.text(of: pieces, fewerThan: 7)
            let plain = literal.drop { ($0 >= "0" && $0 <= "9") || $0 == "." || $0 == "," }
            #expect(FigureInterval.scaleSuffix(literal) == plain, "\(literal)")
        }
    }
}
