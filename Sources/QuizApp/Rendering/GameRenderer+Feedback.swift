import QuizEngine

extension GameRenderer {
    /// After an answer. Practice: right or wrong, the points, the explanation and the cited
    /// passages with the deciding words marked. Exam: only that the answer was taken.
    func feedback(_ answered: AnsweredQuestion, score: Int, mode: SessionRecord.Mode) -> String {
        if mode == .exam {
            guard let given = answered.given else { return "Skipped.\n" }
            return "Your answer: \(safe(given.answer.spokenText)).\n"
        }
        let q = answered.question.question
        let mark: String
        let markStyle: (String) -> String
        var line: String
        if answered.correct {
            (mark, markStyle) = ("✓ Right", { style.green(style.bold($0)) })
            line = " · " + pointsText(answered.points)
        } else if let given = answered.given {
            (mark, markStyle) = ("✗ Wrong", { style.red(style.bold($0)) })
            line = ": " + rightAnswerPhrase(q) + "; you said " + answerText(given.answer, of: q)
        } else {
            (mark, markStyle) = ("→ Skipped", { style.yellow(style.bold($0)) })
            line = ": " + rightAnswerPhrase(q)
        }
        if let confidence = answered.given?.confidence {
            line += " · you were " + confidenceText(confidence)
        }
        line += " · score \(score)"
        // Wrapped as plain text; the mark is styled afterwards so it does not count as width.
        var wrappedLine = wrapped(mark + line)
        wrappedLine = markStyle(mark) + wrappedLine.dropFirst(mark.count)
        var out = "\n" + wrappedLine
        out += explanation(of: answered.question)
        return out
    }

    /// The explanation and the cited passages.
    func explanation(of question: SessionQuestion, indent: String = "") -> String {
        var out = ""
        let explanation = question.question.explanation
        if !explanation.isEmpty {
            out += wrapped(safe(explanation), indent: indent)
        }
        let citations = question.decidingCitations
        if citations.isEmpty {
            out += wrapped("This question cites no source for its answer.", indent: indent, lineStyle: style.dim)
        } else {
            out += "\n" + quotedCitations(citations, of: question, indent: indent + "  ")
        }
        return out
    }

    func pointsText(_ points: Points) -> String {
        var text = "+\(points.total) points"
        var parts: [String] = []
        if points.hintPenalty > 0 { parts.append("\(points.base) − \(points.hintPenalty) for hints") }
        if points.streakBonus > 0 { parts.append("+\(points.streakBonus) streak bonus") }
        if !parts.isEmpty { text += " (" + parts.joined(separator: ", ") + ")" }
        return text
    }

    func confidenceText(_ confidence: StatedConfidence) -> String {
        switch confidence.form {
        case .percent: "\(confidence.percentText) sure"
        case .sureMark: "sure"
        case .unsureMark: "unsure"
        }
    }

    /// "the answer is not stated", "the passages that cannot all be true are b and d".
    func rightAnswerPhrase(_ q: Question) -> String {
        switch q.kind {
        case .spotTheInconsistency: "the passages that cannot all be true are " + answerText(q.answer, of: q)
        default: "the answer is " + answerText(q.answer, of: q)
        }
    }

    /// An answer in words, with a multiple-choice letter's text: "b (November 21)".
    func answerText(_ answer: Answer, of q: Question) -> String {
        let spoken = safe(answer.spokenText)
        guard q.kind == .multipleChoice, let letter = answer.sortedChoices.first,
              let choice = q.choices.first(where: { $0.id == letter })
        else { return spoken }
        return spoken + " (" + safe(choice.text) + ")"
    }
}
