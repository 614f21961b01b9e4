/// Turns the questions written in `pack.yaml` into compiled questions, resolving every citation
/// and checking every answer against its kind and choices.
struct AuthoredQuestionBuilder {
    let articles: [String: Article]
    let resolver: CitationResolver
    let sink: DiagnosticSink

    init(articles: [Article], sink: DiagnosticSink) {
        self.articles = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.resolver = CitationResolver(articles: articles)
        self.sink = sink
    }

    func build(_ authored: PackManifest.AuthoredQuestion) -> Question? {
        var ok = true
        let letters = (0..<authored.choices.count).map { Self.letter($0) }

        var choices: [Question.Choice] = []
        for (index, choice) in authored.choices.enumerated() {
            switch choice {
            case let .text(text):
                choices.append(Question.Choice(id: letters[index], text: text))
            case let .passage(cite):
                guard let (citation, passage) = resolve(cite) else { ok = false; continue }
                choices.append(Question.Choice(id: letters[index], text: passage.text, citation: citation))
            }
        }

        var citations: [Citation] = []
        for cite in authored.citations {
            if let (citation, _) = resolve(cite) { citations.append(citation) } else { ok = false }
        }

        if let article = authored.article, articles[article.value] == nil {
            sink.report(.unknownArticle(article.value), at: article.location, length: article.length,
                        fixIts: suggestion(for: article))
            ok = false
        }

        guard let answer = answer(for: authored, choiceCount: authored.choices.count) else { return nil }
        guard ok else { return nil }

        if authored.kind == .spotTheInconsistency {
            // The conflicting passages are the citations; any extra `cite` entries are kept after them.
            let picked = choices.filter { answer.sortedChoices.contains($0.id) }
            guard picked.allSatisfy({ $0.citation != nil }) else {
                sink.report(.spotChoicesMustBePassages(authored.id.value), at: authored.id.location, length: authored.id.length)
                return nil
            }
            let chosen = picked.compactMap(\.citation)
            citations = chosen + citations.filter { !chosen.contains($0) }
        }
        if citations.isEmpty {
            sink.report(.noCitation(authored.id.value), at: authored.id.location, length: authored.id.length)
        }

        return Question(
            id: authored.id.value, kind: authored.kind, prompt: authored.prompt, article: authored.article?.value,
            choices: choices, answer: answer, explanation: authored.explanation, citations: citations,
            skills: authored.skills, difficulty: authored.difficulty, origin: .authored
        )
    }

    private func answer(for authored: PackManifest.AuthoredQuestion, choiceCount: Int) -> Answer? {
        let located = authored.answer
        switch (authored.kind, located.value) {
        case let (.trueFalse, .bool(value)):
            return .trueFalse(value)
        case let (.factCheck, .verdict(verdict)):
            return .verdict(verdict)
        case let (.multipleChoice, .letters(letters)), let (.spotTheInconsistency, .letters(letters)):
            let minimum = authored.kind == .multipleChoice ? 2 : 3
            guard choiceCount >= minimum else {
                sink.report(.tooFewChoices(authored.kind, minimum: minimum), at: authored.id.location, length: authored.id.length)
                return nil
            }
            for letter in letters where !(0..<choiceCount).map(Self.letter).contains(letter) {
                sink.report(.answerNotAChoice(letter, count: choiceCount), at: located.location, length: located.length)
                return nil
            }
            return .choices(Set(letters))
        default:
            return nil  // The parser already reported an answer that does not fit the kind.
        }
    }

    /// Resolves one authored citation, reporting what went wrong at the quote.
    private func resolve(_ cite: PackManifest.AuthoredCitation) -> (Citation, Passage)? {
        let quote = cite.quote
        switch resolver.resolve(article: cite.article.value, quote: quote.value) {
        case let .found(citation, alsoIn):
            if alsoIn > 0 {
                sink.report(.quoteAmbiguous(article: cite.article.value, quote: quote.value, count: alsoIn + 1),
                            at: quote.location, length: quote.length)
            }
            guard let passage = articles[citation.article]?.passage(id: citation.passage) else { return nil }
            return (citation, passage)
        case .spansPassages:
            sink.report(.quoteSpansPassages(article: cite.article.value, quote: quote.value), at: quote.location, length: quote.length)
        case let .notFound(closest):
            var notes: [Diagnostic.Note] = []
            if let closest, let article = articles[cite.article.value] {
                notes.append(.init(
                    "closest passage is \(closest.id): \"\(Self.preview(closest.text))\"",
                    at: article.location(ofBodyOffset: closest.range.lowerBound), length: closest.text.count
                ))
            }
            sink.report(.quoteNotFound(article: cite.article.value, quote: quote.value), at: quote.location,
                        length: quote.length, notes: notes)
        case .unknownArticle:
            sink.report(.unknownArticle(cite.article.value), at: cite.article.location, length: cite.article.length,
                        fixIts: suggestion(for: cite.article))
        }
        return nil
    }

    private func suggestion(for article: PackManifest.Located<String>) -> [Diagnostic.FixIt] {
        guard let best = Suggestions.closest(to: article.value, in: articles.keys.sorted()) else { return [] }
        return [.init("did you mean '\(best)'?", at: article.location, length: article.length, replacement: best)]
    }

    static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index % 26)))
    }

    static func preview(_ text: String, limit: Int = 90) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 3)) + "..."
    }
}

extension DiagnosticMessage {
    static func spotChoicesMustBePassages(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.spot-choices", severity: .error,
            text: "spot-the-inconsistency question '\(id)': the right choices must be passages ({article, quote})"
        )
    }
}
