@testable import QuizEngine
import Testing

/// The keys `SentenceTokens` gives words of ASCII letters, loaded eight bytes at a time, are the
/// keys the plain byte-by-byte reading (`FoldedWordKey.init(_:_:)`) gives the same bytes.
@Suite("Sentence token keys")
struct SentenceTokenKeyTests {
    static let samples = [
        "The Cedar Falls school budget will cost $27 million, officials said on Saturday, August 22.",
        "“We will finish the new budget on time,” said union leader Noah Price, 40, at a news conference.",
        "Maduro’s envoy, U.S. officials and the D.C. office met in Washington's Mar-a-Lago at 3 p.m.",
        "1,200 people; 1,234.5 million euros: 72-hour deadline! Was it 12,2016 or 13.5.2015? don't O'Neill",
        "Zoë Ærø ÉCOLE Rodríguez‑Pérez it’s the students’ union's, 5%, €300 £20 ¥7 — «quoted» ¡no!",
        "internationalisation INTERNATIONALLY sixteenletterss seventeenletterss ABCDEFGHIJKLMNOP abcdefghijklmnopq",
        "x", "", "   ", "A", "zZ", "Ñandú, São Paulo, Łódź; ΣΟΦΊΑ Ωmega 東京 \u{FEFF}BOM\u{00A0}NBSP\u{2009}thin",
    ]

    @Test("every word and number keys as its bytes read one by one", arguments: samples)
    func agreesOnSamples(_ text: String) {
        expectPlainKeys(text)
    }

    @Test("words of every length, at every distance from the end of the sentence")
    func lengthsAndPositions() {
        let letters = Array("aBcDeFgHiJkLmNoPqRsTuVwXyZ")
        for length in 1...20 {
            let word = String((0..<length).map { letters[$0 % letters.count] })
            for padding in 0...20 {
                expectPlainKeys(word + String(repeating: " ", count: padding))
                expectPlainKeys("Of " + word + String(repeating: ".", count: padding))
            }
        }
    }

    @Test("generated text keys as the plain reading does")
    func agreesOnGeneratedText() {
        var random = SplitMix64(seed: 29)
        let pieces = ["a", "Z", "q", "word", "LONGERWORD", "7", "0", "'", "’", "-", ",", ".", " ", "s", "S", "é", "É", "“",
                      "—", "$", "%", "\u{00A0}", "€", "ł", "東", "1,234.5", "http://x.io"]
        for _ in 0..<2_000 {
            let text = (0..<random.next(below: 20)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            expectPlainKeys(text)
        }
    }

    @Test("a run of ASCII letters keys as the plain reading, wherever it lies in the bytes")
    func asciiLetterKey() {
        let bytes = Array("HelloWorldThisIsALongRunOfLettersWithNoSpaces".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0..<buffer.count {
                for end in start + 1...buffer.count {
                    #expect(SentenceTokens.asciiLetterKey(buffer, start..<end) == FoldedWordKey(buffer, start..<end))
                }
            }
        }
    }

    private func expectPlainKeys(_ text: String) {
        let tokens = SentenceTokens(text)
        tokens.bytes.withUnsafeBufferPointer { bytes in
            for token in tokens.tokens where token.kind == .word || token.kind == .number {
                // The possessive "’s" / "'s" has one key for both apostrophes.
                if token.key == SentenceTokens.possessiveKey { continue }
                #expect(token.key == FoldedWordKey(bytes, token.range), "\(text): \(tokens.text(bytes: token.range))")
            }
        }
    }
}
