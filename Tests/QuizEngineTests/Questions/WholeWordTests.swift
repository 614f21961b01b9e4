import Foundation
import Testing
@testable import QuizEngine

/// The quote changer finds swap words by a scan that must agree with the regular expression
/// `\bword\b` it replaced.
@Suite("Whole-word search")
struct WholeWordTests {
    static let texts = [
        "We must act now.", "mustard", "a must-have", "the musts", "MUST we?", "_must_", "must_", "must",
        "“We must,” she said.", "don't leave home", "leave's", "leaves", "homeless home", "the big, big day",
        "more than more", "2more", "more2", "café must", "mustá", "must\u{301}", "über-open", "open\u{200D}x",
        "fine.fine", "", "m", "have to go", "have  to", "they have to", "behave to",
    ]

    static func regex(_ word: String, in text: String) -> Range<String.Index>? {
        text.range(of: "\\b\(word)\\b", options: .regularExpression)
    }

    @Test("same match as \\bword\\b for every swap word on awkward text")
    func agreesWithRegex() {
        for text in Self.texts {
            for (word, _) in DetailAlteration.quoteSwaps {
                #expect(DetailAlteration.wholeWord(word, in: text) == Self.regex(word, in: text), "\(word) in \(text)")
            }
        }
    }
}

/// The statement writer counts words on bytes; it must count as `split(separator: " ")` does.
@Suite("Word count on bytes")
struct SpaceSeparatedWordsTests {
    @Test("same count and first word as splitting on spaces", arguments: [
        "", " ", "   ", "one", " one", "one ", "  two  words  ", "“Quoted,” she said.", "café au lait",
        "a \u{301}combining accent after a space", "é first", "tab\tis not a space", "ends with é",
        "The council will vote on November 26, and a public hearing is planned for the following day.",
    ])
    func agreesWithSplit(_ text: String) {
        let words = text.split(separator: " ")
        let (count, first) = StatementWriter.spaceSeparatedWords(text)
        #expect(count == words.count)
        #expect(first == words.first)
    }
}
