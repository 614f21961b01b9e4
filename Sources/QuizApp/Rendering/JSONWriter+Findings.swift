import QuizEngine

extension JSONWriter {
    /// `{"findings":[{"kind","confidence","summary","explanation","citations":[{"article","passage","text","quote"}]}]}`,
    /// with `text` the whole passage and `quote` the deciding span within it.
    mutating func findingsDocument(_ findings: [Finding], articles: [Article]) {
        let passages = PassageLookup(articles)
        beginObject()
        key("findings")
        beginArray()
        for finding in findings {
            beginObject()
            key("kind"); string(finding.kind.rawValue)
            key("confidence"); double(finding.confidence)
            key("summary"); string(finding.summary)
            key("explanation"); string(finding.explanation)
            key("citations")
            beginArray()
            for citation in finding.citations {
                beginObject()
                key("article"); string(citation.article)
                key("passage"); string(citation.passage)
                key("text"); string(passages.text(of: citation) ?? citation.quote)
                key("quote"); string(citation.quote)
                endObject()
            }
            endArray()
            endObject()
        }
        endArray()
        endObject()
        newline()
    }
}

/// Passage texts by article and passage id, for rendering citations.
struct PassageLookup {
    private var texts: [String: [String: String]] = [:]

    init(_ articles: [Article]) {
        for article in articles {
            var passages: [String: String] = [:]
            for passage in article.passages { passages[passage.id] = passage.text }
            texts[article.id] = passages
        }
    }

    func text(of citation: Citation) -> String? { texts[citation.article]?[citation.passage] }
}
