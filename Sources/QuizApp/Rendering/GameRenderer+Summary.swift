import QuizEngine

extension GameRenderer {
    /// The end of a session: score, accuracy per skill, calibration, time, and the questions
    /// missed with their citations. `replay` is the command that plays the same questions again.
    func summary(_ summary: SessionSummary, replay: String) -> String {
        var out = "\n" + style.bold("Session over") + (summary.endedEarly ? " after \(summary.asked) of \(summary.planned) questions" : "") + "\n"
        out += style.bold("Score: \(summary.score) points") + "\n"
        var facts: [String] = []
        if let accuracy = summary.accuracy {
            facts.append("\(summary.right) of \(summary.asked) right (\(Self.percent(accuracy)))")
        } else {
            facts.append("no questions answered")
        }
        if summary.skipped > 0 { facts.append("\(summary.skipped) skipped") }
        if summary.bestStreak > 1 { facts.append("best streak \(summary.bestStreak)") }
        if summary.hintsUsed > 0 { facts.append(summary.hintsUsed == 1 ? "1 hint" : "\(summary.hintsUsed) hints") }
        facts.append("time " + Self.duration(summary.duration))
        out += wrapped(facts.joined(separator: " · "))
        if summary.record.mode == .exam, !summary.answers.isEmpty {
            out += examResults(summary)
        }
        let skills = summary.skills
        if !skills.isEmpty {
            out += "\n" + style.bold("Accuracy by skill") + "\n"
            let nameWidth = skills.map(\.skill.title.count).max()!
            let counts = skills.map { "\($0.right) of \($0.asked)" }
            // The bar is a picture of the percentage beside it: on a narrow screen it goes first.
            let withBar = 2 + nameWidth + 2 + 10 + 2 + 4 + 2 + counts.map(\.count).max()! <= width
            for (tally, count) in zip(skills, counts) {
                let name = tally.skill.title.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                let graph = withBar ? bar(tally.accuracy) + "  " : ""
                out += "  \(name)  \(graph)\(Self.percent(tally.accuracy).leftPadded(4))  \(count)\n"
            }
        }
        out += calibration(summary.calibration)
        let missed = summary.missed
        if !missed.isEmpty {
            out += "\n" + style.bold(summary.record.mode == .exam ? "Answers to the questions you missed" : "Questions you missed") + "\n"
            out += missedList(missed)
        }
        out += "\n" + wrapped("Play the same questions again (the whole class can): " + replay, lineStyle: style.dim)
        return out
    }

    /// In exam mode the player sees nothing until the end: then every question, marked.
    private func examResults(_ summary: SessionSummary) -> String {
        var out = "\n" + style.bold("Your answers") + "\n"
        for answered in summary.answers {
            let mark = answered.correct ? style.green("✓ right") : answered.skipped ? style.yellow("→ skipped") : style.red("✗ wrong")
            out += wrapped(safe(answered.question.question.prompt), indent: "      ", firstIndent: "  \(answered.position).".padding(toLength: 6, withPad: " ", startingAt: 0))
            out += "      " + mark + (answered.correct ? " · +\(answered.points.total) points" : "") + "\n"
        }
        return out
    }

    /// The calibration section: the verdict in words, the Brier score, and the bands.
    func calibration(_ calibration: Calibration) -> String {
        var out = "\n" + style.bold("Calibration") + "\n"
        guard let brier = calibration.brierScore, let mean = calibration.meanConfidence, let accuracy = calibration.accuracy else {
            return out + wrapped("You did not say how sure you were. Next time add it to your answers (t 80, t! for sure, t? for unsure) to learn whether your confidence matches how often you are right.", indent: "  ")
        }
        var verdict = calibration.count == 1
            ? "You said how sure you were once: \(Self.percent(mean)) sure, and you were \(accuracy == 1 ? "right" : "wrong")"
            : "On the \(calibration.count) answers where you said how sure you were, you were \(Self.percent(mean)) sure on average and right \(Self.percent(accuracy)) of the time"
        switch calibration.verdict {
        case let .tooFewAnswers(needed):
            verdict += ". Say how sure you are on \(needed) more to learn whether you tend to be over- or underconfident."
        case .overconfident:
            verdict += ": overconfident. You were surer than your results justify; before answering, ask what in the text would prove you wrong."
        case .underconfident:
            verdict += ": underconfident. You were right more often than you thought; trust careful reading a little more."
        case .wellCalibrated:
            verdict += ": well calibrated. Your confidence matched how often you were right."
        }
        out += wrapped(verdict, indent: "  ")
        out += wrapped("Brier score \(Self.decimal(brier)) (0 is perfect; always saying 50% scores 0.25; lower is better).", indent: "  ")
        let bands = calibration.bands.reversed().map { band in
            let range = band.lowerPercent == 0 ? "under 50%" : "\(band.lowerPercent)–\(band.upperPercent)%"
            let count = band.count == 1 ? "1 answer" : "\(band.count) answers"
            return (label: "\(range) sure:", text: "\(count), right \(Self.percent(band.accuracy))")
        }
        let labelWidth = bands.map(\.label.count).max() ?? 0
        for band in bands {
            out += "    " + band.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + " " + band.text + "\n"
        }
        return out
    }

    /// Missed questions (wrong or skipped): the prompt, the right answer and its citations.
    func missedList(_ missed: [AnsweredQuestion]) -> String {
        var blocks: [String] = []
        for answered in missed {
            let q = answered.question.question
            let label = "  \(answered.position). "
            let indent = String(repeating: " ", count: label.count)
            var block = wrapped(safe(q.prompt) + " (" + q.kind.title + ")", indent: indent, firstIndent: label)
            var answer = "Answer: " + answerText(q.answer, of: q)
            if let given = answered.given {
                answer += "; you said " + answerText(given.answer, of: q)
            } else {
                answer += "; you skipped it"
            }
            block += wrapped(answer, indent: indent)
            let citations = answered.question.decidingCitations
            if !citations.isEmpty {
                block += citedQuotes(citations, of: answered.question, indent: indent)
            }
            blocks.append(block)
        }
        return blocks.joined(separator: "\n")
    }

    /// A ten-cell bar; the percentage beside it carries the number, so the bar needs no colour.
    func bar(_ fraction: Double) -> String {
        let filled = Int((fraction * 10).rounded())
        return style.green(String(repeating: "█", count: filled)) + String(repeating: "░", count: 10 - filled)
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total) s" }
        if total < 3600 { return "\(total / 60) min \(total % 60) s" }
        return "\(total / 3600) h \(total % 3600 / 60) min"
    }

    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(String(hundredths % 100).leftPadded(2, with: "0"))"
    }
}

private extension String {
    func leftPadded(_ width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
