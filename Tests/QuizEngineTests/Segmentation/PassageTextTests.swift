import Testing
@testable import QuizEngine

/// Passage texts are made from the body's bytes (`PassageBuilder`); they must be, byte for byte,
/// the article's text sliced at the passage's offsets, as they were made before.
@Suite("passage texts")
struct PassageTextTests {
    @Test("a passage's text is its slice of the body, on random bodies")
    func textIsTheBodySlice() throws {
        var random = SplitMix64(seed: 51)
        let pieces = [
            "The ", "budget ", "rose. ", "“We will,” ", "said Tomás. ", "é", "\u{301}", "Zürich ", "— ", "\n\n",
            "U.S. ", "$5m. ", "? ", "! ", "\u{00A0}", "\u{2028}", "…", "日本 ", "👍🏽", "\r\n", "- ",
        ]
        var passages = 0
        for _ in 0..<400 {
            let body = random.text(of: pieces, fewerThan: 40)
            let file = SourceFile(path: "random.md", text: "---\ntitle: Random\n---\n" + body)
            guard let article = ArticleReader().read(file, sink: DiagnosticSink()) else { continue }
            let text = article.source.text
            let utf8 = text.utf8
            for passage in article.passages {
                let start = utf8.index(utf8.startIndex, offsetBy: article.bodyOffset + passage.range.lowerBound)
                let end = utf8.index(start, offsetBy: passage.range.count)
                #expect(Array(passage.text.utf8) == Array(String(text[start..<end]).utf8), "\(body.debugDescription)")
                passages += 1
            }
        }
        #expect(passages > 1_000)
    }
}
