@testable import QuizEngine
import Testing

/// The figure a generated question changes is found on the bytes; reading it by characters (as
/// before) must give the same figure at the same place.
@Suite("number token")
struct NumberTokenTests {
    @Test("finds the first figure with its separators", arguments: [
        ("$27 million", "27", 27.0),
        ("about 1,200.5 people", "1,200.5", 1_200.5),
        ("in 2024.", "2024", 2024.0),
        ("€7.3 billion", "7.3", 7.3),
        ("“13 minutes”", "13", 13.0),
    ])
    func figure(text: String, written: String, value: Double) throws {
        let token = try #require(DetailAlteration.numberToken(in: text))
        #expect(token.text == written)
        #expect(token.value == value)
        #expect(String(text[token.range]) == written)
    }

    @Test("no figure, no token")
    func none() {
        #expect(DetailAlteration.numberToken(in: "no digits here") == nil)
        #expect(DetailAlteration.numberToken(in: "") == nil)
    }

    @Test("bytes and characters agree on generated text, combining marks and CR LF included")
    func agreesWithCharacters() {
        var random = SplitMix64(seed: 11)
        let alphabet = Array("0123456789,.. a$€“\r\n\u{301}\u{600}".unicodeScalars)
        for _ in 0..<3_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.next(below: 14) { scalars.append(alphabet[random.next(below: alphabet.count)]) }
            let text = String(scalars)
            let bytes = DetailAlteration.numberToken(in: text), characters = DetailAlteration.numberTokenByCharacters(in: text)
            #expect(bytes?.text == characters?.text, "\(text.debugDescription)")
            #expect(bytes?.value == characters?.value, "\(text.debugDescription)")
            #expect(bytes.map { text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound) }
                == characters.map { text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound) })
            #expect(bytes.map { text.utf8.distance(from: text.startIndex, to: $0.range.upperBound) }
                == characters.map { text.utf8.distance(from: text.startIndex, to: $0.range.upperBound) })
        }
    }
}
