import Foundation
@testable import QuizEngine
import Testing

/// Searches that avoid lowercasing or hashing strings find what the string versions find.
@Suite("fast searches")
struct FastSearchTests {
    @Test("ASCII-folded search finds what a search of the lowercased text finds", arguments: [
        ("The BUDGET rose to $27 Million", "budget"),
        ("“We will FINISH on time,” said Noah Price — ZÜRICH", "finish"),
        ("ZÜRICH and Zürich", "zürich"),
        ("Nothing here", "budget"),
        ("Budget", ""),
        ("ÉCOLE normale", "cole"),
    ])
    func foldedSearch(text: String, word: String) {
        let expected = text.lowercased().containsBytes(of: word)
        var haystack = text, needle = word
        let found = haystack.withUTF8 { h in needle.withUTF8 { ASCIIFold.contains(h, lowercase: $0) } }
        if let found { #expect(found == expected) } else { #expect(word.utf8.contains { $0 >= 0x80 }) }
    }

    @Test("text whose lowercase gains ASCII letters is left to the long way", arguments: [
        "The \u{212A}ey figure", "\u{0130}stanbul budget",
    ])
    func scalarsLoweredIntoASCII(_ text: String) {
        var haystack = text, needle = "key"
        #expect(haystack.withUTF8 { h in needle.withUTF8 { ASCIIFold.contains(h, lowercase: $0) } } == nil)
    }

    @Test("ASCII-folded search agrees with the lowercased text on generated text")
    func foldedSearchGenerated() {
        var random = SplitMix64(seed: 21)
        let alphabet = Array("aAbBzZ @[`{ éÉ“—ß’")
        let needles = ["a", "ab", "ba", "zz", "a b", "b@", ""]
        for _ in 0..<3_000 {
            let text = String((0..<random.next(below: 20)).map { _ in alphabet[random.next(below: alphabet.count)] })
            for word in needles {
                var haystack = text, needle = word
                let found = haystack.withUTF8 { h in needle.withUTF8 { ASCIIFold.contains(h, lowercase: $0) } }
                #expect(found == text.lowercased().containsBytes(of: word), "\(text) / \(word)")
            }
        }
    }

    /// Texts long enough for the eight-bytes-at-a-time rounds of `containsFolded` and
    /// `isFoldable`, with matches and near misses at every offset, against the plain reading:
    /// the lowercased text searched, and every scalar's lowercase mapping asked.
    @Test("ASCII-folded search and the foldable check agree with the plain reading on long text")
    func foldedSearchLongGenerated() {
        var random = SplitMix64(seed: 33)
        let pieces = ["a", "A", "b", "B", "z", "Z", " ", "@", "`", "{", "[", "ab", "AB", "aB", "zz", "é", "É", "“", "—", "ß", "\u{212A}", "x", "ABZ"]
        let needles = ["ab", "ba", "abz", "zz", "a b", "b@", "z{", "@a", "abab", "zab"]
        for _ in 0..<3_000 {
            let text = random.text(of: pieces, fewerThan: 60)
            let lowered = text.lowercased()
            var haystack = text
            let plainFoldable = !text.unicodeScalars.contains { !$0.isASCII && $0.properties.lowercaseMapping.utf8.contains { $0 < 0x80 } }
            #expect(haystack.withUTF8 { ASCIIFold.isFoldable($0) } == plainFoldable, "\(text)")
            guard plainFoldable else { continue }
            for word in needles {
                var needle = word
                let found = haystack.withUTF8 { h in needle.withUTF8 { ASCIIFold.containsFolded(h, lowercase: $0) } }
                #expect(found == lowered.containsBytes(of: word), "\(text) / \(word)")
            }
        }
    }

    @Test("a byte word set holds what a set of strings holds")
    func byteWordSet() {
        var random = SplitMix64(seed: 17)
        let pieces = ["Ma", "duro", "É", "cole", "’s", "A", "b", "", "Rodríguez"]
        var bytes = ByteWordSet(), strings = Set<String>()
        for _ in 0..<3_000 {
            let word = random.text(of: pieces, fewerThan: 4)
            bytes.insert(word)
            strings.insert(word)
        }
        #expect(bytes.strings == strings)
        #expect(bytes.count == strings.count)
        for word in strings { #expect(bytes.contains(word)) }
        for probe in ["Maduroz", "X", "ÉcoleA", "Rodriguez"] { #expect(bytes.contains(probe) == strings.contains(probe)) }
    }

    /// The set probes its tables through buffer pointers and compares bytes with `memcmp`: it
    /// numbers words as a dictionary of first positions does, through growth and collisions
    /// of words that share a prefix, differ only in length, or are empty.
    @Test func byteWordSetNumbers() {
        var random = SplitMix64(seed: 29)
        let pieces = ["Ma", "duro", "É", "cole", "’s", "A", "b", "", "Rodríguez", "poverty rate", " "]
        var bytes = ByteWordSet(), plain: [String: Int] = [:]
        for _ in 0..<5_000 {
            let word = random.text(of: pieces, fewerThan: 5)
            let expected = plain[word].map { ($0, false) } ?? (plain.count, true)
            if expected.1 { plain[word] = plain.count }
            let got = bytes.number(word)
            #expect(got.number == expected.0 && got.isNew == expected.1, "\(word)")
        }
        #expect(bytes.count == plain.count)
        for probe in ["Maduroz", "X", "ÉcoleA", "Rodriguez", "poverty rat"] { #expect(bytes.contains(probe) == (plain[probe] != nil)) }
    }
}
