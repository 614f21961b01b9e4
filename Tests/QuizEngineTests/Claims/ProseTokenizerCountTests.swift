@testable import QuizEngine
import Testing

/// `ProseTokenizer` counts a word's letters and capitals from its leading run's digits once the
/// run ends; the all-caps flag it sets from them is the one a plain count over the word gives.
@Suite("Prose tokenizer letter counts")
struct ProseTokenizerCountTests {
    static let samples = [
        "The ICC and UNHCR met the U.S. envoy, A1 and B2B firms, COVID19 and X5 cars in 2024.",
        "Gerald R. Ford’s ICC’s MADURO's officials said 1,234.5 people; 35-year-old Mar-a-Lago.",
        "ÉCOLE Ærø ÑANDÚ Łódź ΣΟΦΊΑ Ωmega 東京 DC-3 F-35s U.S.-backed p.m. A.B.C. XX1 1X AB-CD",
        "", "I", "OK", "a1B2", "Q3 results beat Q4’s", "“WE WILL”, said NASA’s JPL.",
    ]

    @Test("the all-caps flag matches a plain count of the word's letters", arguments: samples)
    func allCapsMatchesPlainCount(_ text: String) {
        expectPlainCounts(text)
    }

    @Test("generated words get the all-caps flag a plain count gives them")
    func generatedWords() {
        var random = SplitMix64(seed: 41)
        let pieces = ["A", "b", "Z", "q", "7", "0", "É", "é", "Ω", "ω", "-", ".", "'", "’", ",", " ", "s", "S", "1,234"]
        for _ in 0..<2_000 {
            expectPlainCounts((0..<random.next(below: 14)).map { _ in pieces[random.next(below: pieces.count)] }.joined())
        }
    }

    private func expectPlainCounts(_ text: String) {
        let bytes = Array(text.utf8)
        let tokens = ProseTokenizer().tokens(in: bytes)
        for token in tokens where token.kind != .punctuation {
            let word = String(decoding: bytes[token.range], as: UTF8.self)
            let letters = word.unicodeScalars.filter { ProseTokenizer.category(of: $0) == .letter }
            let upper = letters.filter { ProseTokenizer.isUppercase($0) }.count
            let allCaps = letters.count >= 2 && upper == letters.count
            #expect(token.flags.contains(.allCaps) == allCaps, "\(text): \(word)")
        }
    }
}
