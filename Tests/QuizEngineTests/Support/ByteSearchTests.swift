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
}
