import QuizEngine

extension GameRenderer {
    /// `:help`: how to answer each kind, every command, and how scoring works.
    func help(mode: SessionRecord.Mode) -> String {
        var out = "\n" + style.bold("How to answer") + "\n"
        let rows: [(String, String)] = [
            ("True or false", "t or f (also true, false, yes, no)"),
            ("Fact check", "s supported, c contradicted, n not stated"),
            ("Multiple choice", "one letter: b"),
            ("Spot the inconsistency", "every letter that conflicts: b d (or b,d or bd)"),
            ("How sure you are", "add a percentage or a mark: t 80, t! (sure), t? (unsure)"),
        ]
        out += table(rows)
        out += wrapped("In the passages quoted after an answer, «…» marks the words that decide it and ¶3 means paragraph 3 of the article.", indent: "  ")
        out += "\n" + style.bold("Commands") + " (shorten them as you like: :sk, :q)\n"
        out += table(SessionCommand.allCases.map { ($0.typed, $0.summary) })
        out += wrapped("Ctrl-C clears the line you are typing; Ctrl-D ends the session like :quit. Tab completes commands and answers; the up arrow brings back earlier lines.", indent: "  ")
        if mode == .exam {
            out += wrapped("Exam mode: :hint, :score and :review are off until the end; :source still shows the article.", indent: "  ")
        } else {
            let rules = ScoringRules.standard
            out += "\n" + style.bold("Scoring") + "\n"
            out += wrapped("Easy questions earn \(Difficulty.easy.points) points, medium \(Difficulty.medium.points), hard \(Difficulty.hard.points). Each right answer in a row after the first adds +\(rules.streakStep) (up to +\(rules.streakCap)). Each hint costs \(rules.hintCostPercent)% of the question's points. Saying how sure you are costs nothing: the summary tells you how well your confidence matched your results.", indent: "  ")
        }
        return out
    }

    private func table(_ rows: [(String, String)]) -> String {
        let keyWidth = rows.map(\.0.count).max() ?? 0
        var out = ""
        for (key, value) in rows {
            let label = "  " + key.padding(toLength: keyWidth, withPad: " ", startingAt: 0) + "  "
            out += wrapped(value, indent: String(repeating: " ", count: label.count), firstIndent: label)
        }
        return out
    }

    /// `:hint`: a header saying what it costs, then the clue.
    func hint(_ outcome: HintOutcome, question: SessionQuestion?) -> String {
        switch outcome {
        case let .hint(hint):
            let total = hint.level + hint.remaining
            var out = "\n" + style.yellow(style.bold("Hint \(hint.level) of \(total)"))
                + " (costs \(hint.cost) points if you answer right)\n"
            switch hint.clue {
            case let .paragraphs(citations):
                guard let question else { return out }
                // Paragraphs grouped by article: "paragraphs 1, 3 and 6 of “...”", the title once.
                var order: [String] = []
                var paragraphs: [String: [Int]] = [:]
                for citation in citations {
                    if paragraphs[citation.article] == nil { order.append(citation.article); paragraphs[citation.article] = [] }
                    if let paragraph = question.source(of: citation)?.passage.paragraph,
                       !paragraphs[citation.article]!.contains(paragraph) {
                        paragraphs[citation.article]!.append(paragraph)
                    }
                }
                let places = order.map { id -> String in
                    let name = question.pack.article(id: id).map(articleName) ?? safe(id)
                    let numbers = paragraphs[id]!.sorted().map(String.init)
                    switch numbers.count {
                    case 0: return name
                    case 1: return "paragraph \(numbers[0]) of \(name)"
                    default: return "paragraphs \(numbers.dropLast().joined(separator: ", ")) and \(numbers.last!) of \(name)"
                    }
                }
                var text = "Read " + places.joined(separator: ", and ") + "."
                if hint.remaining > 0 { text += " :hint again shows the passage itself." }
                out += wrapped(text)
            case let .passages(citations):
                guard let question else { return out }
                out += "The answer is in this passage; read it closely:\n" + quotedCitations(citations, of: question, mark: false)
            case let .conflictingChoice(letter):
                out += wrapped("Passage \(safe(letter)) is one of those that cannot all be true. Which other passages disagree with it?")
            }
            return out
        case .noMoreHints:
            return note("no more hints for this question: :source shows the article around it")
        case .noCitations:
            return note("this question cites no passage, so there is no hint to give")
        case .unavailableInExam:
            return note("no hints in exam mode: answers are marked at the end")
        case .noQuestion:
            return note("the session is over")
        }
    }

    /// `:source`: for a fact check, the whole article the statement is judged against (deciding
    /// that an article does not say something takes all of it); otherwise the paragraph of each
    /// passage the question is about, with the paragraph before and after for context. Nothing is
    /// marked: finding the words is the player's work.
    func source(of question: SessionQuestion) -> String {
        if question.question.kind == .factCheck, let id = question.question.article,
           let article = question.pack.article(id: id) {
            return paragraphs(of: article, Set(article.passages.map(\.paragraph)))
        }
        var places: [(article: CompiledArticle, paragraph: Int)] = []
        var citations = question.decidingCitations
        citations += question.question.choices.compactMap(\.citation)
        for citation in citations {
            guard let source = question.source(of: citation) else { continue }
            if !places.contains(where: { $0.article.id == source.article.id && $0.paragraph == source.passage.paragraph }) {
                places.append((source.article, source.passage.paragraph))
            }
        }
        if places.isEmpty, let id = question.question.article, let article = question.pack.article(id: id),
           let first = article.passages.first {
            places.append((article, first.paragraph))
        }
        guard !places.isEmpty else { return note("this question cites no article to show") }
        var out = ""
        var shown: [String: Set<Int>] = [:]
        for place in places {
            let paragraphs = (place.paragraph - 1...place.paragraph + 1).filter { paragraph in
                place.article.passages.contains { $0.paragraph == paragraph } && !(shown[place.article.id]?.contains(paragraph) ?? false)
            }
            guard !paragraphs.isEmpty else { continue }
            shown[place.article.id, default: []].formUnion(paragraphs)
            out += self.paragraphs(of: place.article, Set(paragraphs))
        }
        return out
    }

    /// Some paragraphs of an article under its source line, each numbered as citations number it.
    private func paragraphs(of article: CompiledArticle, _ numbers: Set<Int>) -> String {
        var out = "\n" + wrapped(sourceLine(article, paragraph: nil), lineStyle: style.bold)
        var texts: [Int: [String]] = [:]
        for passage in article.passages where numbers.contains(passage.paragraph) {
            texts[passage.paragraph, default: []].append(safe(passage.text))
        }
        for number in texts.keys.sorted() {
            let label = "  ¶\(number)".padding(toLength: 6, withPad: " ", startingAt: 0)
            out += wrapped(texts[number]!.joined(separator: " "), indent: "      ", firstIndent: label)
        }
        return out
    }

    /// `:score`.
    func score(_ session: QuizSession) -> String {
        let number = min(session.position + 1, session.questions.count)
        var text = "Score \(session.score) · \(session.rightCount) of \(session.answers.count) right"
        if session.streak > 1 { text += " · streak \(session.streak)" }
        text += " · question \(number) of \(session.questions.count)"
        return wrapped(text)
    }

    /// `:review`: the questions missed so far.
    func review(_ session: QuizSession) -> String {
        let missed = session.missed
        if missed.isEmpty {
            return note(session.answers.isEmpty ? "nothing to review yet" : "nothing missed so far")
        }
        return "\n" + style.bold("Missed so far") + "\n" + missedList(missed)
    }

    /// A line that could not be read as an answer, or a command that does not exist.
    func problem(_ text: String) -> String {
        wrapped(sentence(TerminalSafeText.escape(text, singleLine: true)), lineStyle: style.yellow)
    }

    func unknownCommand(_ name: String) -> String {
        problem("there is no command \(name); :help lists them")
    }

    func ambiguousCommand(_ name: String, candidates: [SessionCommand]) -> String {
        let names = candidates.map(\.typed)
        let list = names.dropLast().joined(separator: ", ") + " or " + names.last!
        return problem("\(name) could be \(list): type a little more")
    }

    func unavailableInExam(_ command: SessionCommand) -> String {
        note("\(command.typed) is off in exam mode: your answers are marked at the end")
    }

    /// Ctrl-C on an empty line.
    func interruptTip() -> String {
        note("(Ctrl-D or :quit ends the session with your summary)")
    }
}
