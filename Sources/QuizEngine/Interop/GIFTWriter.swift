/// Writes a compiled pack as Moodle GIFT, for a course's question bank.
///
/// Each kind maps onto a GIFT question type Moodle imports as it is:
/// - true/false: `{T#feedback if answered wrong#feedback if answered right}`;
/// - multiple choice: `{=right ~wrong ~wrong}`;
/// - fact-check: multiple choice among the three verdicts, the article to judge by named in the
///   question text;
/// - spot-the-inconsistency: multiple answer, each conflicting passage worth an equal share of
///   100% and each other passage an equal share of -100%, so ticking everything scores nothing.
/// Every question gets `::id::` as its title (so a re-import updates the same question) and a
/// general feedback (`####`) holding the explanation and the cited passages with their source.
/// A comment line before each question records the factquiz kind, skills and difficulty, which
/// `GIFTImporter` reads back; Moodle ignores it.
public struct GIFTWriter: Sendable {
    public init() {}

    public func write(_ pack: CompiledPack) -> String {
        var out = "// \(comment(pack.title)): \(pack.questions.count) questions exported by factquiz from pack \(comment(pack.id))"
        if let version = pack.version { out += " version \(comment(version))" }
        out += " (fingerprint \(comment(pack.fingerprint)))\n"
        out += "// Moodle: Question bank > Import > GIFT format.\n\n"
        out += "$CATEGORY: $course$/top/factquiz/\(categoryName(pack.id))\n\n"
        for question in pack.questions {
            out += entry(question, in: pack)
            out += "\n"
        }
        return out
    }

    /// One question, ending in a newline (questions are separated by a blank line).
    public func entry(_ question: Question, in pack: CompiledPack) -> String {
        var out = "// factquiz-question: id=\(comment(question.id)), kind=\(question.kind.rawValue)"
        if !question.skills.isEmpty { out += ", skills=\(question.skills.map(\.rawValue).joined(separator: " "))" }
        out += ", difficulty=\(question.difficulty.rawValue)\n"
        out += "::\(GIFTText.escape(question.id))::[plain]\(GIFTText.escape(prompt(of: question, in: pack))) {"
        let general = "####" + GIFTText.escape(generalFeedback(question, in: pack))
        switch (question.kind, question.answer) {
        case let (_, .trueFalse(value)):
            let truth = value ? "true" : "false"
            out += value ? "T" : "F"
            out += "#" + GIFTText.escape("No: the statement is \(truth).")
            out += "#" + GIFTText.escape("Right: the statement is \(truth).")
            out += general
        case let (_, .verdict(verdict)):
            for option in Verdict.allCases {
                out += (option == verdict ? "=" : "~") + choiceText(option.title) + " "
            }
            out += general
        case let (.spotTheInconsistency, .choices(right)):
            let wrongCount = question.choices.count { !right.contains($0.id) }
            let plus = weight(100, over: right.count)
            let minus = weight(-100, over: wrongCount)
            for choice in question.choices {
                let isRight = right.contains(choice.id)
                out += "~%\(isRight ? plus : minus)%" + choiceText(text(of: choice, in: pack)) + " "
            }
            out += general
        case let (_, .choices(right)):
            for choice in question.choices {
                out += (right.contains(choice.id) ? "=" : "~") + choiceText(text(of: choice, in: pack)) + " "
            }
            out += general
        }
        out += "}\n"
        return out
    }

    /// The question as a student reads it in Moodle, where the game's screen (kind, article) is
    /// not there to say what to judge by.
    func prompt(of question: Question, in pack: CompiledPack) -> String {
        switch question.kind {
        case .factCheck:
            let source = question.article.flatMap { pack.article(id: $0) }
            let name = source.map { article in
                article.outlet.map { "\($0), “\(article.title)”" } ?? "“\(article.title)”"
            } ?? "the article"
            return "Read \(name). Does it support this statement, contradict it, or not say? \(question.prompt)"
        case .spotTheInconsistency:
            return question.prompt + " (Tick every passage that conflicts with another.)"
        case .trueFalse, .multipleChoice:
            return question.prompt
        }
    }

    /// The explanation, then each cited passage with where to find it.
    func generalFeedback(_ question: Question, in pack: CompiledPack) -> String {
        var lines = [question.explanation]
        let citations = SourcedCitation.all(of: question, in: pack)
        if citations.isEmpty {
            lines.append("This answer has no cited source.")
        } else {
            lines.append("Source\(citations.count == 1 ? "" : "s"):")
            lines += citations.map { "- " + $0.reference }
        }
        return lines.joined(separator: "\n")
    }

    private func text(of choice: Question.Choice, in pack: CompiledPack) -> String {
        guard let citation = choice.citation, let article = pack.article(id: citation.article) else { return choice.text }
        let paragraph = pack.passage(citation).map { ", paragraph \($0.paragraph)" } ?? ""
        return "\(choice.text) (\(article.sourceName)\(paragraph))"
    }

    /// A choice: escaped, on one line, never starting with `%` (which would read as a weight).
    private func choiceText(_ text: String) -> String {
        let escaped = GIFTText.escape(text.trimmingWhitespace())
        return escaped.hasPrefix("%") ? " " + escaped : escaped
    }

    /// `total / count` as Moodle's grade list writes it (at most 5 decimals: 33.33333).
    private func weight(_ total: Double, over count: Int) -> String {
        guard count > 0 else { return "0" }
        return CSVTable.number(total / Double(count), digits: 5)
    }

    /// A comment holds one line.
    private func comment(_ text: String) -> String {
        String(text.map { $0.isNewline || $0.isControlOrFormat ? " " : $0 })
    }

    /// Moodle category names may hold most characters; GIFT readers expect word characters.
    private func categoryName(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    }
}

private extension String {
    func trimmingWhitespace() -> String {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
