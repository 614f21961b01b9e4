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

    /// The claims of one article made of `body`.
    static func claims(_ body: String, published: String? = nil) -> [Claim] {
        ClaimExtractor().claims(in: article(body, published: published))
    }
}
