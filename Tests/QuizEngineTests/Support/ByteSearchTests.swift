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

    @Test("searching without case finds what searching the lowercased text finds", arguments: [
        ("The BUDGET rose to $27 Million", "million"),
        ("The BUDGET rose to $27 Million", "budget rose"),
        ("Zürich Budget", "budget"),
        // Lowercasing these makes ASCII letters: the Kelvin sign is "k", dotted capital I is "i̇".
        ("\u{212A}elvin", "kelvin"),
        ("\u{0130}stanbul", "i"),
        ("[Zz]@`{", "[zz]@`{"),
        ("short", "longer than the text"),
        ("", "a"),
    ])
    func caseless(text: String, needle: String) {
        #expect(text.lowercasedContainsBytes(of: needle) == text.lowercased().containsBytes(of: needle))
    }

    @Test("searching without case agrees with lowercasing on generated text")
    func caselessGenerated() {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("aAbBzZ@[`{ é")
        for _ in 0..<2_000 {
            let text = String((0..<random.next(below: 12)).map { _ in alphabet[random.next(below: alphabet.count)] })
            let needle = String((0..<random.next(below: 3)).map { _ in alphabet[random.next(below: alphabet.count)] }).lowercased()
            #expect(text.lowercasedContainsBytes(of: needle) == text.lowercased().containsBytes(of: needle), "\(text) / \(needle)")
        }
    }
}
