@testable import QuizEngine
import Testing

/// `ProseTokenizer` counts a word's letters and capitals from its leading run's digits once the
/// run ends; the all-caps flag it sets from them is the one a plain count over the word gives.
/// Plain ASCII words take a shortcut, which gives the tokens the general reading gives.
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
            expectPlainCounts(random.text(of: pieces, fewerThan: 14))
        }
    }

    @Test("plain ASCII words read by the shortcut are the tokens the general reading gives", arguments: samples + [
        "Maduro’s envoy said “no” — twice… in Washington's Mar-a-Lago at 3 p.m., U.S. officials, R. Ford",
        "word\u{00A0}word\u{2009}word\u{2010}word\u{2011}word\u{2019}s word\u{FFFD} abc\u{301} abcé abc東 x. xy. xy,z",
        "a-b a'b a’b a.b.c ab.cd I. IT. it. OK! ok? “Yes,” he said; (maybe) [no] {x} @y #z $5 x=1",
    ])
    func shortcutMatchesGeneralReading(_ text: String) {
        expectSameAsGeneralReading(text)
    }

    @Test("generated text: the shortcut and the general reading give the same tokens")
    func shortcutOnGeneratedText() {
        var random = SplitMix64(seed: 67)
        let pieces = ["word", "Word", "WORD", "a", "I", "s", "7", "0", "É", "é", "ñ", "Ω", "東", "-", ".", "'", "’", ",", " ",
                      "\u{00A0}", "\u{2010}", "\u{2011}", "\u{2014}", "”", "“", "\u{301}", "!", "\t", "1,234.5", "U.S."]
        for _ in 0..<3_000 {
            expectSameAsGeneralReading(random.text(of: pieces, fewerThan: 16))
        }
    }

    private func expectSameAsGeneralReading(_ text: String) {
        let bytes = Array(text.utf8)
        let fast = ProseTokenizer().tokens(in: bytes)
        let general = ProseTokenizer(readsEveryWordInFull: true).tokens(in: bytes)
        #expect(fast == general, "\(text)")
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
