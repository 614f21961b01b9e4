import Foundation
@testable import QuizEngine
import Testing

/// The byte search that replaced Foundation's `range(of:)` and `contains` on hot paths finds what
/// they find, at the same place, for text compared as written.
@Suite("byte search")
struct ByteSearchTests {
    @Test("finds the first occurrence where Foundation does", arguments: [
        ("The call lasted 12 minutes, not 12 hours.", "12"),
        ("The call lasted 12 minutes, not 12 hours.", "12 hours"),
        ("Nicolás Maduro said “you have to leave” on Friday.", "“you have to leave”"),
        ("Nicolás Maduro", "Maduro"),
        ("short", "a much longer needle"),
        ("aaab", "aab"),
        ("no match here", "xyz"),
        ("ends with it", "it"),
    ])
    func firstOccurrence(text: String, needle: String) {
        let expected = text.range(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
        #expect(text.utf8Offset(of: needle) == expected)
        #expect(text.containsBytes(of: needle) == (expected != nil))
    }

    @Test("an empty needle is found at the start")
    func emptyNeedle() {
        #expect("text".utf8Offset(of: "") == 0)
        #expect("".containsBytes(of: ""))
    }

    @Test("quick lowercasing gives what lowercased() gives", arguments: [
        "The BUDGET rose to $27 Million",
        "“We will FINISH on time,” said Noah Price — ZÜRICH, ÉCOLE, Ωmega",
        // Lowercasing these makes ASCII letters: the Kelvin sign is "k", dotted capital I is "i̇".
        "\u{212A}elvin \u{0130}stanbul",
        "ΣΟΦΊΑ ΣΑΣ", "ǅemal ǈ ǋ", "ẞ STRASSE", "",
    ])
    func quickLowercasing(text: String) {
        #expect(text.lowercasedQuickly() == text.lowercased())
        #expect(Array(text.lowercasedQuickly().utf8) == Array(text.lowercased().utf8))
    }

    @Test("quick lowercasing agrees with lowercased() for every scalar lowercasing changes")
    func quickLowercasingEveryChangedScalar() {
        var checked = 0
        for value in UInt32(0x80)..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value), scalar.properties.lowercaseMapping != String(scalar) else { continue }
            let text = "A" + String(scalar) + "b“"
            #expect(Array(text.lowercasedQuickly().utf8) == Array(text.lowercased().utf8), "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 1_000)
    }

    @Test("quick lowercasing agrees with lowercased() on generated text")
    func quickLowercasingGenerated() {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("aAzZ@[`{ éÉİ\u{212A}ΣßẞǅĲ“—\u{301}")
        for _ in 0..<2_000 {
            let text = String((0..<random.next(below: 16)).map { _ in alphabet[random.next(below: alphabet.count)] })
            #expect(Array(text.lowercasedQuickly().utf8) == Array(text.lowercased().utf8), "\(text)")
        }
    }
}
