@testable import QuizEngine

/// Builds articles and hand-made claims for tests that must not depend on the extractors.
enum Fixtures {
    static func article(_ id: String, outlet: String? = nil, published: String = "2025-12-02", body: String) -> Article {
        var front = "---\ntitle: Story \(id)\n"
        if let outlet { front += "outlet: \(outlet)\n" }
        front += "published: \(published)\n---\n"
        let sink = DiagnosticSink()
        return ArticleReader().read(SourceFile(path: "\(id).md", text: front + body), sink: sink)!
    }

    /// A claim on the first occurrence of `text` in the first passage that holds it.
    static func claim(
        _ kind: ClaimKind, _ text: String, in article: Article, value: ClaimValue, subject: String = ""
    ) -> Claim {
        let passage = article.passages.first { $0.text.contains(text) }!
        let start = passage.text.range(of: text)!.lowerBound
        let offset = passage.text.utf8.distance(from: passage.text.utf8.startIndex, to: start)
        return Claim(
            kind: kind, article: article.id, passage: passage.id, range: offset..<(offset + text.utf8.count),
            text: text, value: value, subject: subject
        )
    }
}
