@testable import QuizEngine
import Testing

/// Where `ArticleAnalysis` records quotations (the range of those opening in each passage, the
/// quoted token ranges handed straight to each passage) agrees with grouping the quotations
/// passage by passage, as it did before.
@Suite("quotation index")
struct QuotationIndexTests {
    @Test("opening ranges and quoted ranges agree with grouping every quotation")
    func agreesWithGrouping() {
        var random = SplitMix64(seed: 11)
        let pieces = ["“", "”", "\"", "‘", "’", "'", "word", "Ana said", " ", "  ", ",", ". ", "é", "«", "»", "the end",
                      "said", "’s", "—", "1,200", "We did"]
        var quotations = 0
        for _ in 0..<500 {
            let sentences = (0..<(1 + random.next(below: 6))).map { _ in random.text(of: pieces, fewerThan: 16) }
            let passages = sentences.enumerated().map { index, text in
                // Two paragraphs now and then, so a quotation can be cut at a paragraph's end.
                Passage(paragraph: index < 3 ? 1 : 2, sentence: index + 1, text: text, range: 0..<text.utf8.count)
            }
            let analysis = ArticleAnalysis(article: ArticleMetadata(id: "a", title: "A"), passages: passages)
            quotations += analysis.quotations.count
            for p in analysis.passages.indices {
                let opening = analysis.quotations.indices.filter { analysis.quotations[$0].open.passage == p }
                #expect(Array(analysis.quotationsOpening[p]) == opening, "\(sentences)")
                var quoted: [Range<Int>] = []
                for quotation in analysis.quotations where quotation.open.passage <= p && p <= quotation.lastPassage {
                    let words = quotation.words(inPassage: p, tokenCount: analysis.passages[p].count)
                    if !words.isEmpty { quoted.append(words) }
                }
                quoted = quoted.count > 1 ? quoted.sorted { $0.lowerBound < $1.lowerBound } : quoted
                #expect(analysis.passages[p].quoted == quoted, "\(sentences)")
            }
        }
        #expect(quotations > 300)
    }
}
