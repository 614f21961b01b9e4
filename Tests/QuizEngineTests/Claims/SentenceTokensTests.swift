import QuizEngine
import Testing

@Suite("Sentence tokens")
struct SentenceTokensTests {
    @Test("a sentence splits into words, numbers, symbols and marks with exact offsets", arguments: [
        ("The call lasted 12 minutes.", ["The", "call", "lasted", "12", "minutes", "."]),
        ("It cost $7bn, or 1,234.5 euros.", ["It", "cost", "$", "7", "bn", ",", "or", "1,234.5", "euros", "."]),
        ("a 72-hour timeframe", ["a", "72", "-", "hour", "timeframe"]),
        ("Maduro’s 11-year rule", ["Maduro", "’s", "11", "-", "year", "rule"]),
        ("on 12,2016 and 1, 234", ["on", "12", ",", "2016", "and", "1", ",", "234"]),
        ("Rodríguez paid €5 for “¡Libertad!”", ["Rodríguez", "paid", "€", "5", "for", "“", "¡", "Libertad", "!", "”"]),
        ("it's 13.5.2015 in F-35s", ["it", "'s", "13.5.2015", "in", "F", "-", "35", "s"]),
    ])
    func tokens(_ text: String, _ expected: [String]) {
        let tokens = SentenceTokens(text)
        #expect(tokens.indices.map { tokens.text(of: $0..<$0 + 1) } == expected)
    }

    @Test("written-together pieces have no space before them")
    func attachment() {
        let tokens = SentenceTokens("a 72-hour call, $ 75 million")
        #expect(tokens.tokens.map(\.spaceBefore) == [true, true, false, false, true, false, true, true, true])
    }

    @Test("a possessive has one key for both apostrophes, and keys fold case")
    func keys() {
        let curly = SentenceTokens("Maduro’s"), straight = SentenceTokens("MADURO's")
        #expect(curly[1].key == straight[1].key)
        #expect(curly[0].key == straight[0].key)
        #expect(curly[0].key == FoldedWordKey("maduro"))
    }

    @Test("everything in a web address is marked as a link")
    func links() {
        let tokens = SentenceTokens("see https://example.com/a?q=30%25 for 20%")
        let linked = tokens.tokens.filter(\.inLink).count
        #expect(linked > 5)
        #expect(!tokens[tokens.count - 1].inLink)
        #expect(!tokens[0].inLink)
    }

    @Test("a sentence longer than one chunk of tokens reads the same across the chunk boundaries")
    func hugeSentence() {
        let text = Array(repeating: "Maduro’s 12,500 $7bn", count: 3_000).joined(separator: " ")
        let tokens = SentenceTokens(text)
        #expect(tokens.count == 3_000 * 6)
        let expected = ["Maduro", "’s", "12,500", "$", "7", "bn"]
        for index in stride(from: 0, to: tokens.count, by: 997) {
            #expect(tokens.text(of: index..<index + 1) == expected[index % 6])
        }
        #expect(tokens.tokens.map(\.spaceBefore).enumerated().allSatisfy { $0.element == ([0, 2, 3].contains($0.offset % 6)) })
    }

    @Test("text denser than prose (a token per byte) is read whole")
    func denseText() {
        let text = Array(repeating: "a", count: 300).joined(separator: ",")
        let tokens = SentenceTokens(text)
        #expect(tokens.count == 599)
        #expect(tokens.text(of: 598..<599) == "a")
        #expect(tokens.text(of: 597..<598) == ",")
    }

    @Test("no-break and thin spaces separate tokens like spaces")
    func unicodeSpaces() {
        let tokens = SentenceTokens("40\u{202F}000 and 5\u{00A0}%")
        #expect(tokens.count == 5)
    }
}

@Suite("Word tables")
struct FoldedWordTableTests {
    @Test("a table finds every word it was built with, in any case, and nothing else")
    func lookups() {
        let words = (0..<500).map { "word\($0)" }
        let table = FoldedWordTable(words.enumerated().map { ($0.element, $0.offset) })
        for (index, word) in words.enumerated() {
            #expect(table[word.uppercased()] == index)
        }
        #expect(table["word500"] == nil)
        #expect(table["wor"] == nil)
        #expect(table[FoldedWordKey.unrepresentable] == nil)
    }

    @Test("a word given twice keeps its later value and is counted once")
    func laterEntriesReplaceEarlier() {
        let table = FoldedWordTable([("alpha", 1), ("Beta", 2), ("ALPHA", 3), ("gamma", 4), ("beta", 5)])
        #expect(table["alpha"] == 3)
        #expect(table["beta"] == 5)
        #expect(table["gamma"] == 4)
        #expect(table.count == 3)
    }

    @Test("words too long or not ASCII get the unrepresentable key")
    func unrepresentable() {
        #expect(FoldedWordKey("internationalisation") == .unrepresentable)
        #expect(FoldedWordKey("Rodríguez") == .unrepresentable)
        #expect(FoldedWordKey("sixteen-letters!") != .unrepresentable)
    }
}
