import QuizEngine

/// Articles made from text in a test, read by the real `ArticleReader` (front matter,
/// boilerplate, segmentation), as `factquiz` would read a file.
enum ArticleFixture {
    static func article(_ body: String, id: String = "test", published: String? = nil, title: String = "Test article") -> Article {
        var frontMatter = "---\ntitle: \"\(title)\"\n"
        if let published { frontMatter += "published: \(published)\n" }
        frontMatter += "---\n"
        let file = SourceFile(path: "\(id).md", text: frontMatter + body + "\n")
        guard let article = ArticleReader().read(file, sink: DiagnosticSink()) else {
            fatalError("fixture article did not read: \(body.prefix(40))")
        }
        return article
    }

    /// An article of exactly one sentence, whatever the segmenter would make of it: for
    /// grammar rules about text a segmenter may split (tokenised newswire, "6 . 2 %").
    static func sentence(_ text: String, published: String? = nil) -> Article {
        let utf8 = text.utf8.count
        let metadata = ArticleMetadata(id: "test", title: "Test article", published: published.flatMap(CalendarDate.init(iso:)))
        return Article(
            metadata: metadata, source: SourceFile(path: "test.md", text: text), bodyOffset: 0,
            paragraphs: [Paragraph(index: 1, kind: .prose, range: 0..<utf8)],
            passages: [Passage(paragraph: 1, sentence: 1, text: text, range: 0..<utf8)], dropped: []
        )
    }

    /// The claims of one article made of `body`.
    static func claims(_ body: String, published: String? = nil) -> [Claim] {
        ClaimExtractor().claims(in: article(body, published: published))
    }
}
