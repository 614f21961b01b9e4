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

/// The statement writer's proper nouns, read on bytes, are those the `Character` split finds.
@Suite("Proper nouns on bytes")
struct ProperNounTests {
    /// The reading the byte scan replaced: every word after a passage's first, split on spaces,
    /// punctuation stripped, kept when its first `Character` is uppercase.
    static func referenceProperNouns(_ article: Article) -> Set<String> {
        var nouns: Set<String> = []
        for passage in article.passages {
            for word in passage.text.split(separator: " ").dropFirst() {
                let bare = StatementWriter.strippingPunctuation(word)
                if let first = bare.first, first.isUppercase { nouns.insert(String(bare)) }
            }
        }
        return nouns
    }

    @Test("same names as splitting by Character and stripping punctuation")
    func agreesWithCharacterSplit() {
        let body = """
            The council met “Monday” with Mayor O’Brien, NASA and the U.N. in São Paulo.

            Critics, including Priya Silva (of Main Street), said “The numbers keep changing,” 3 times.

            A sentence with a \u{301}combining accent after a space and Zoë, Ærø and ÉCOLE.

            Joined\u{200D} words, 2025’s Budget, 11-year-old Ana, x-Ray, _Under_score, and Fin.
            """
        let article = ArticleFixture.article(body)
        let expected = Self.referenceProperNouns(article)
        #expect(StatementWriter(articles: [article]).properNouns == expected)
        #expect(expected.contains("O’Brien") && expected.contains("Priya") && expected.contains("ÉCOLE"))
    }

    @Test("same names as splitting by Character, on generated sentences")
    func agreesOnGeneratedSentences() {
        var random = SplitMix64(seed: 71)
        let words = [
            "the", "Council", "“Maduro’s,", "(NASA)", "x-Ray", "3rd", "Zoë", "ÉCOLE", "élan", "O’Brien", "\"Quoted\"", "—", "…",
            "U.N.", "_Under", "São", "Ærø", "a\u{301}b", "\u{301}Joined", "Mc\u{200D}Name", "2025’s", "İstanbul", "ǅemal", "",
            "iPhone", "eBay", "3M", "(ok)", "¿Qué", "Ñandú", "más", "[Z]", "@At", "~Tilde", "the-Ministry", "longlowercaseword",
        ]
        var paragraphs: [String] = []
        for _ in 0..<400 {
            let count = 1 + random.next(below: 14)
            let sentence = (0..<count).map { _ in words[random.next(below: words.count)] }.joined(separator: random.next(below: 6) == 0 ? "  " : " ")
            paragraphs.append("Start " + sentence + ".")
        }
        let article = ArticleFixture.article(paragraphs.joined(separator: "\n\n"))
        let expected = Self.referenceProperNouns(article)
        #expect(StatementWriter(articles: [article]).properNouns == expected)
        #expect(expected.count > 20)
    }

    @Test("words split by spaces, or nil where a space joins the next character", arguments: [
        ("“We will,” he said", 4), ("a “quote” here", 3), ("one \u{301}two", -1), ("a \u{200D}b", -1), ("  ", 0),
    ])
    func ranges(_ text: String, _ count: Int) {
        var text = text
        let ranges = text.withUTF8(SpaceSplit.ranges)
        #expect((ranges?.count ?? -1) == count)
        let counted = SpaceSplit.countAndFirst(in: text)
        #expect(counted?.count == ranges?.count)
        #expect(counted?.first == ranges?.first)
    }
}
