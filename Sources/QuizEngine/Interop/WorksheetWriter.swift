/// Writes a pack as a printable Markdown worksheet: the questions with space to answer, the
/// articles they are about (paragraphs numbered, so a citation's "paragraph 3" can be found on
/// paper), and an answer key that explains each answer and quotes the passages deciding it.
public struct WorksheetWriter: Sendable {
    /// Whether to print the articles; off when students get them separately.
    public var includeArticles: Bool

    public init(includeArticles: Bool = true) {
        self.includeArticles = includeArticles
    }

    public func write(_ pack: CompiledPack) -> String {
        var out = "# \(MarkdownText.escape(pack.title))\n\n"
        if let description = pack.description { out += MarkdownText.escape(description) + "\n\n" }
        var facts = ["\(pack.questions.count) question\(pack.questions.count == 1 ? "" : "s")", "pack `\(MarkdownText.code(pack.id))`"]
        if let version = pack.version { facts.append("version \(MarkdownText.escape(version))") }
        if let author = pack.author { facts.append("by \(MarkdownText.escape(author))") }
        if let license = pack.license { facts.append(MarkdownText.escape(license)) }
        out += "_\(facts.joined(separator: " · "))_\n\n"
        out += "Name: ______________________________  Date: ______________\n\n"
        out += "## How to answer\n\n"
        let kinds = Set(pack.questions.map(\.kind))
        for kind in QuestionKind.allCases where kinds.contains(kind) {
            out += "- **\(kind.title):** \(instructions(for: kind))\n"
        }
        out += "\n## Questions\n\n"
        for (index, question) in pack.questions.enumerated() {
            out += self.question(question, number: index + 1, in: pack)
        }
        if includeArticles, !pack.articles.isEmpty {
            out += "## The articles\n\n"
            for article in pack.articles { out += self.article(article) }
        }
        out += "## Answer key\n\n"
        for (index, question) in pack.questions.enumerated() {
            out += key(question, number: index + 1, in: pack)
        }
        return out
    }

    private func instructions(for kind: QuestionKind) -> String {
        switch kind {
        case .trueFalse: "circle T (true) or F (false), according to the article."
        case .factCheck: "does the named article support the statement, contradict it, or not say? Circle one."
        case .multipleChoice: "circle the one right letter."
        case .spotTheInconsistency: "circle every passage that cannot be true together with another one."
        }
    }

    private func question(_ question: Question, number: Int, in pack: CompiledPack) -> String {
        var out = "**\(number).** _\(question.kind.title)"
        if !question.skills.isEmpty { out += " · " + question.skills.map(\.title).joined(separator: ", ") }
        out += " · \(question.difficulty.rawValue)_\n\n"
        switch question.kind {
        case .factCheck:
            if let article = question.article.flatMap({ pack.article(id: $0) }) {
                out += "According to \(MarkdownText.escape(article.sourceName))"
                if article.outlet != nil { out += ", “\(MarkdownText.escape(article.title))”" }
                out += ":\n\n"
            }
            out += "> \(MarkdownText.escape(question.prompt))\n\n"
            out += "supported  /  contradicted  /  not stated\n\n"
        case .trueFalse:
            out += MarkdownText.escape(question.prompt) + "\n\n"
            out += "T  /  F\n\n"
        case .multipleChoice, .spotTheInconsistency:
            out += MarkdownText.escape(question.prompt) + "\n\n"
            for choice in question.choices {
                out += "- **\(MarkdownText.escape(choice.id))**) \(MarkdownText.escape(choice.text))"
                if let citation = choice.citation, let article = pack.article(id: citation.article) {
                    out += " _(\(MarkdownText.escape(article.sourceName))"
                    if let passage = pack.passage(citation) { out += ", paragraph \(passage.paragraph)" }
                    out += ")_"
                }
                out += "\n"
            }
            out += "\n"
        }
        return out
    }

    private func article(_ article: CompiledArticle) -> String {
        var out = "### \(MarkdownText.escape(article.sourceName))"
        if article.outlet != nil { out += ": \(MarkdownText.escape(article.title))" }
        out += "\n\n"
        var facts: [String] = []
        if let author = article.author { facts.append("by \(MarkdownText.escape(author))") }
        if let published = article.published { facts.append("published \(published)") }
        if let url = article.url { facts.append("<\(MarkdownText.escape(url))>") }
        if !facts.isEmpty { out += "_\(facts.joined(separator: " · "))_\n\n" }
        var paragraphs: [(Int, [String])] = []
        for passage in article.passages {
            if paragraphs.last?.0 == passage.paragraph {
                paragraphs[paragraphs.count - 1].1.append(passage.text)
            } else {
                paragraphs.append((passage.paragraph, [passage.text]))
            }
        }
        for (number, sentences) in paragraphs {
            out += "**[\(number)]** \(MarkdownText.escape(sentences.joined(separator: " ")))\n\n"
        }
        return out
    }

    private func key(_ question: Question, number: Int, in pack: CompiledPack) -> String {
        var out = "**\(number).** **\(answerText(question))**. \(MarkdownText.escape(question.explanation))\n"
        let citations = SourcedCitation.all(of: question, in: pack)
        if citations.isEmpty {
            out += "\n_No cited source for this answer._\n"
        } else {
            out += "\n"
            for citation in citations { out += "- \(MarkdownText.escape(citation.reference))\n" }
        }
        return out + "\n"
    }

    private func answerText(_ question: Question) -> String {
        switch question.answer {
        case let .trueFalse(value): value ? "True" : "False"
        case let .verdict(verdict): verdict.title.prefix(1).uppercased() + verdict.title.dropFirst()
        case let .choices(letters): letters.sorted().map(MarkdownText.escape).joined(separator: ", ")
        }
    }
}

/// Escaping for Markdown text from packs, so article words never turn into formatting, links
/// or HTML on the printed page.
public enum MarkdownText {
    public static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        var atLineStart = true
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~":
                out += "\\" + String(character)
            case "\n", "\r\n":
                out += "  \n"
                atLineStart = true
                continue
            case "-" where atLineStart, "+" where atLineStart:
                out += "\\" + String(character)
            case _ where character.isControlOrFormat:
                continue
            default:
                out.append(character)
            }
            atLineStart = false
        }
        return out
    }

    /// Text inside backticks: backticks themselves cannot be escaped there.
    public static func code(_ text: String) -> String {
        String(text.map { $0 == "`" ? "'" : $0 })
    }
}
