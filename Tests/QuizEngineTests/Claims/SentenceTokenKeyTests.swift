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
            let text = random.text(of: pieces, fewerThan: 20)
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

    @Test("every byte value is told apart from letters in each of the eight places of a word")
    func nonLetterBytes() {
        for value in 0...255 {
            let byte = UInt8(value)
            for place in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "q"), count: 8)
                bytes[place] = byte
                let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
                let expected: UInt64 = SentenceTokens.isASCIILetter(byte) ? 0 : 0x80 << UInt64(8 * place)
                #expect(SentenceTokens.nonLetterBytes(word) == expected, "byte \(value) at \(place)")
            }
        }
    }

    @Test("a run of letters ends where the plain byte-by-byte reading ends it, from every position")
    func asciiLetterRunEnd() {
        var random = SplitMix64(seed: 53)
        let alphabet: [UInt8] = Array("abcxyzABCXYZ@[`{ .'-09".utf8) + [0x80, 0xC3, 0xA9, 0xE2, 0xFF, 0x00, 0x7F]
        for _ in 0..<300 {
            let bytes = (0..<random.next(below: 40)).map { _ -> UInt8 in
                // Mostly letters, so runs are long enough to cross the eight-byte steps.
                random.next(below: 4) == 0 ? alphabet[random.next(below: alphabet.count)] : UInt8(ascii: "k")
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...buffer.count {
                    var plain = start
                    while plain < buffer.count, SentenceTokens.isASCIILetter(buffer[plain]) { plain += 1 }
                    #expect(SentenceTokens.asciiLetterRunEnd(buffer, from: start) == plain)
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
