@testable import QuizEngine
import Testing

/// The words of a quotation copied byte by byte into one buffer are exactly the words the
/// quotation's passages gave as strings joined by spaces and trimmed by `Character`.
@Suite("quotation words")
struct QuoteWordsTests {
    static let samples: [[String]] = [
        ["“We will finish the new budget on time,” said union leader Noah Price."],
        ["Price said: “The numbers keep changing,", "and nobody explains them, ”", "she added."],
        ["“Ça va, très bien é,” said Zoë.", "“Naïve café…,” she said."],
        ["He said \"we are done ,  \" and left.", "\"Next year, ", "maybe,\" he said."],
        ["“e\u{301},” said José.", "“東京,,” said Ken.", "“, ,” said nobody."],
        ["“Open quote that runs on,", "through a second sentence ,", "and a third,” said Ana Ruiz."],
    ]

    @Test("byte copy and joined strings agree on news-like quotations", arguments: samples)
    func agreesOnSamples(_ sentences: [String]) {
        expectSame(sentences)
    }

    @Test("byte copy and joined strings agree on generated quotations")
    func agreesOnGeneratedText() {
        var random = SplitMix64(seed: 5)
        let pieces = ["“", "”", "\"", "word", "Ana", " ", "  ", ",", ", ", " ,", "é", "é,", "e\u{301}", "…", "東", ".", "said",
                      "’s", "'", "—", "\u{00A0}", "Zoë", "1,200"]
        var quotations = 0
        for _ in 0..<600 {
            let sentences = (0..<(1 + random.next(below: 4))).map { _ in
                random.text(of: pieces, fewerThan: 14)
            }
            quotations += expectSame(sentences)
        }
        #expect(quotations > 300)
    }

    @discardableResult
    private func expectSame(_ sentences: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int {
        let passages = sentences.enumerated().map { index, text in
            Passage(paragraph: 1, sentence: index + 1, text: text, range: 0..<text.utf8.count)
        }
        let analysis = ArticleAnalysis(article: ArticleMetadata(id: "a", title: "A"), passages: passages)
        for quotation in analysis.quotations {
            #expect(
                QuoteRecognizer.words(of: quotation, in: analysis) == Self.referenceWords(of: quotation, in: analysis),
                "\(sentences)", sourceLocation: sourceLocation
            )
        }
        return analysis.quotations.count
    }

    /// The words as `QuoteRecognizer` read them before copying bytes: a string per passage, the
    /// strings joined by a space, trailing commas and spaces taken off by `Character`.
    static func referenceWords(of quotation: Quotation, in analysis: ArticleAnalysis) -> String {
        var parts: [String] = []
        for p in quotation.open.passage...quotation.lastPassage {
            let passage = analysis.passages[p]
            let range = quotation.words(inPassage: p, tokenCount: passage.count)
            if range.lowerBound < range.upperBound { parts.append(passage.text(tokens: range)) }
        }
        var words = parts.joined(separator: " ")
        while let last = words.last, last == "," || last == " " { words.removeLast() }
        return words
    }
}
