import QuizEngine

extension GameRenderer {
    /// What the player sees when a session starts.
    func intro(packTitle: String, questionCount: Int, mode: SessionRecord.Mode, seed: UInt64, player: String) -> String {
        var out = wrapped("factquiz · " + safe(packTitle), lineStyle: style.bold)
        let plural = questionCount == 1 ? "question" : "questions"
        // A review's order comes from what is due, not from a seed, so it shows none.
        let seedPart = mode == .review ? "" : " · seed \(seed)"
        out += wrapped("\(questionCount) \(plural) · \(mode.rawValue) mode\(seedPart) · player \(safe(player))")
        switch mode {
        case .exam:
            out += wrapped("Exam mode: your answers are marked at the end, so there is no feedback, no hint and no score until then. :help lists the commands, :quit ends the exam.")
        case .practice, .review:
            out += wrapped("After each answer you see whether it was right and the passages that decide it. :help lists the commands, :hint gives a clue (it costs points), :quit ends the session with your summary.")
        }
        return out
    }

    /// A question: its number, kind and difficulty, the prompt, the choices, and how to answer.
    func question(_ question: SessionQuestion, number: Int, of total: Int, showConfidenceTip: Bool) -> String {
        let q = question.question
        var header = "Question \(number) of \(total) · \(q.kind.title) · \(q.difficulty.rawValue)"
        let skills = q.skills.sorted().map(\.title)
        if !skills.isEmpty { header += " · " + skills.joined(separator: ", ") }
        var out = "\n" + wrapped(header, lineStyle: style.cyan)
        out += wrapped(safe(q.prompt), lineStyle: style.bold)
        if q.kind == .factCheck {
            let article = q.article.flatMap { question.pack.article(id: $0) }
            if let article {
                out += wrapped("Judge it against " + articleName(article) + "; :source shows it.")
            } else if let id = q.article {
                out += wrapped("Judge it against the article \(safe(id)).")
            }
        }
        if !q.choices.isEmpty { out += choices(q, in: question) }
        out += wrapped(howToAnswer(q.kind, withConfidence: showConfidenceTip), lineStyle: style.dim)
        return out
    }

    /// The question in one short paragraph, after a long output (the article, the help) has
    /// pushed it off the screen.
    func reminder(_ question: SessionQuestion, number: Int, of total: Int) -> String {
        let q = question.question
        let how: String = switch q.kind {
        case .trueFalse: "t or f"
        case .factCheck: "s, c or n"
        case .multipleChoice: "one letter"
        case .spotTheInconsistency: "every letter that conflicts"
        }
        return "\n" + wrapped("Question \(number) of \(total): " + safe(q.prompt) + " (answer \(how))", lineStyle: style.dim)
    }

    /// One line on how to answer a kind of question.
    func howToAnswer(_ kind: QuestionKind, withConfidence: Bool) -> String {
        let how = switch kind {
        case .trueFalse: "Answer t (true) or f (false)."
        case .factCheck: "Answer s (the article supports it), c (it contradicts it) or n (it does not say)."
        case .multipleChoice: "Answer with one letter, e.g. b."
        case .spotTheInconsistency: "Answer with every letter that conflicts, e.g. b d."
        }
        let example = switch kind {
        case .trueFalse: "t"
        case .factCheck: "s"
        case .multipleChoice: "b"
        case .spotTheInconsistency: "b d"
        }
        return withConfidence ? how + " Add how sure you are if you like: \(example) 80, \(example)! or \(example)?" : how
    }

    private func choices(_ q: Question, in question: SessionQuestion) -> String {
        var out = ""
        for choice in q.choices {
            let label = "  \(safe(choice.id))) "
            let indent = String(repeating: " ", count: label.count)
            let text = safe(choice.text)
            out += wrapped(text, indent: indent, firstIndent: label)
            if q.kind == .spotTheInconsistency, let citation = choice.citation, let source = question.source(of: citation) {
                out += wrapped("— " + shortSourceLine(source.article, paragraph: source.passage.paragraph), indent: indent, lineStyle: style.dim)
            }
        }
        return out
    }

    /// The prompt the line reader shows: where the player is.
    func prompt(number: Int, of total: Int) -> String {
        "\(number)/\(total) > "
    }
}
