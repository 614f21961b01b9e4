import QuizEngine

/// `factquiz report` output: text for the terminal, Markdown for a document, CSV for a
/// spreadsheet (a grade book: one row per student, one column per question).
struct ClassReportRenderer {
    var style: Style = .plain
    var width: Int = 80

    static let discriminationNote = "discrimination: correlation of the question with the rest of the test (corrected point-biserial); 0.3 and above is good, below 0.2 weak, negative: check the answer key"

    // MARK: Text

    func text(_ report: ClassReport) -> String {
        let safe = { (s: String) in TerminalSafeText.escape(s, singleLine: true) }
        var out = style.bold("Class report: \(safe(report.packTitle))") + "\n"
        out += "pack \(safe(report.packID)), fingerprint \(safe(report.packFingerprint))\n"
        out += "\(report.students.count) student\(report.students.count == 1 ? "" : "s") · \(report.questionCount) questions"
        if report.items.count < report.questionCount { out += " (\(report.questionCount - report.items.count) answered by nobody)" }
        if let mean = report.meanScore { out += " · mean score \(TerminalCharts.percent(mean))" }
        if let points = report.meanPoints { out += " · mean \(Int(points.rounded())) points" }
        out += "\n\n" + style.bold("Students") + "\n"
        let nameWidth = min(24, max(7, report.students.map { safe($0.player).count }.max() ?? 7))
        out += "  " + TerminalCharts.cell("student", nameWidth) + "  score            right  points  time    calibration\n"
        for student in report.students {
            var line = "  " + TerminalCharts.cell(safe(student.player), nameWidth) + "  "
            line += TerminalCharts.cell(TerminalCharts.percent(student.score), 4, right: true) + " "
            line += TerminalCharts.bar(student.score, width: 10) + "  "
            line += TerminalCharts.cell("\(student.correct)/\(student.questions)", 5, right: true) + "  "
            line += TerminalCharts.cell(String(student.points), 6, right: true) + "  "
            line += TerminalCharts.cell(TerminalCharts.duration(student.secondsTaken), 6) + "  "
            line += calibrationWords(student.calibration)
            if !student.finished {
                line += style.yellow("  (unfinished: \(student.answered) of \(student.questions) answered)")
            } else if student.answered < student.questions {
                line += "  (\(student.answered) of \(student.questions) answered)"
            }
            out += line + "\n"
        }
        out += "\n" + style.bold("Questions") + "\n"
        let idWidth = min(28, max(8, report.items.map { safe($0.questionID).count }.max() ?? 8))
        out += "  " + TerminalCharts.cell("question", idWidth) + "  kind  facility          discrimination\n"
        for item in report.items {
            var line = "  " + TerminalCharts.cell(safe(item.questionID), idWidth) + "  "
            line += TerminalCharts.cell(shortKind(item.kind), 4) + "  "
            line += TerminalCharts.cell(TerminalCharts.percent(item.facility), 4, right: true) + " "
            line += TerminalCharts.bar(item.facility, width: 10) + "   "
            line += item.discrimination == nil
                ? "  n/a"
                : TerminalCharts.cell(TerminalCharts.decimal(item.discrimination), 5, right: true) + " " + ItemAnalysis.rating(item.discrimination)
            out += line + "\n"
        }
        out += style.dim(wrap("facility: share of students right; " + Self.discriminationNote, indent: "  "))
        if !report.mostMissed.isEmpty {
            out += "\n" + style.bold("Most missed") + "\n"
            for (index, item) in report.mostMissed.enumerated() {
                out += "  \(index + 1). \(safe(item.questionID)): missed by \(item.missed) of \(item.answered)"
                out += " (\(item.kind.title.lowercased()), \(item.difficulty.rawValue))\n"
                if let prompt = item.prompt { out += wrap(safe(prompt), indent: "     ") }
                let wrong = item.wrongAnswers.prefix(3).map { ($0.given.isEmpty ? "skipped" : "“\(safe($0.given))”") + " ×\($0.count)" }
                if !wrong.isEmpty { out += "     wrong answers: \(wrong.joined(separator: ", "))\n" }
                if item.citations.isEmpty {
                    out += "     source: none cited\n"
                } else {
                    for citation in item.citations { out += wrap("source: " + safe(citation.reference), indent: "     ") }
                }
            }
        }
        out += "\n" + style.bold("Calibration of the class") + "\n"
        out += calibrationBlock(report.calibration)
        if !report.notes.isEmpty {
            out += "\n" + style.bold("Notes") + "\n"
            for note in report.notes { out += "  - \(safe(note))\n" }
        }
        return out
    }

    private func calibrationWords(_ calibration: CalibrationSummary) -> String {
        guard let verdict = calibration.verdict else { return "no confidence given" }
        return "\(verdict) (\(TerminalCharts.points(calibration.overconfidence)))"
    }

    func calibrationBlock(_ calibration: CalibrationSummary) -> String {
        guard calibration.count > 0 else { return "  no answers with a stated confidence\n" }
        var out = "  when sure   answers  right\n"
        for bin in calibration.bins {
            out += "  " + TerminalCharts.cell("\(Int(bin.lower * 100))–\(Int(bin.upper * 100))%", 10)
            out += TerminalCharts.cell(String(bin.count), 8, right: true) + "  "
            out += TerminalCharts.cell(TerminalCharts.percent(bin.accuracy), 4, right: true) + " "
            out += TerminalCharts.bar(bin.accuracy, width: 10) + "\n"
        }
        var summary = "mean confidence \(TerminalCharts.percent(calibration.meanConfidence)), right \(TerminalCharts.percent(calibration.accuracy)): "
        summary += verdictSentence(calibration) + "; "
        summary += "Brier score \(TerminalCharts.decimal(calibration.brierScore)) (0 is perfect, 0.25 is always saying 50%)"
        return out + wrap(summary, indent: "  ")
    }

    /// "overconfident by 12 points", "well calibrated (within 3 points)".
    func verdictSentence(_ calibration: CalibrationSummary) -> String {
        guard let verdict = calibration.verdict, let gap = calibration.overconfidence else { return "" }
        let points = Int((abs(gap) * 100).rounded())
        return verdict == "well calibrated" ? "well calibrated (within \(points) points)" : "\(verdict) by \(points) points"
    }

    private func shortKind(_ kind: QuestionKind) -> String {
        switch kind {
        case .trueFalse: "T/F"
        case .factCheck: "FC"
        case .multipleChoice: "MC"
        case .spotTheInconsistency: "spot"
        }
    }

    private func wrap(_ text: String, indent: String) -> String {
        TextWrapper(width: max(40, width) - indent.count).wrap(text).map { indent + $0 + "\n" }.joined()
    }

    // MARK: Markdown

    func markdown(_ report: ClassReport) -> String {
        let md = { (s: String) in MarkdownText.escape(s) }
        var out = "# Class report: \(md(report.packTitle))\n\n"
        out += "Pack `\(MarkdownText.code(report.packID))`, fingerprint `\(MarkdownText.code(report.packFingerprint))`. "
        out += "\(report.students.count) students, \(report.questionCount) questions"
        if let mean = report.meanScore { out += ", mean score \(TerminalCharts.percent(mean))" }
        out += ".\n\n## Students\n\n| student | score | right | points | time | calibration | finished |\n|---|---:|---:|---:|---:|---|---|\n"
        for s in report.students {
            out += "| \(md(s.player)) | \(TerminalCharts.percent(s.score)) | \(s.correct)/\(s.questions) | \(s.points) | "
            out += "\(TerminalCharts.duration(s.secondsTaken)) | \(calibrationWords(s.calibration)) | \(s.finished ? "yes" : "no, \(s.answered) of \(s.questions)") |\n"
        }
        out += "\n## Questions\n\n| question | kind | difficulty | answered | facility | discrimination |\n|---|---|---|---:|---:|---|\n"
        for item in report.items {
            out += "| `\(MarkdownText.code(item.questionID))` | \(item.kind.title) | \(item.difficulty.rawValue) | \(item.answered) | "
            out += "\(TerminalCharts.percent(item.facility)) | \(TerminalCharts.decimal(item.discrimination)) \(ItemAnalysis.rating(item.discrimination)) |\n"
        }
        out += "\n_Facility: share of students right. \(md(Self.discriminationNote.prefix(1).uppercased() + Self.discriminationNote.dropFirst()))._\n"
        if !report.mostMissed.isEmpty {
            out += "\n## Most missed\n\n"
            for (index, item) in report.mostMissed.enumerated() {
                out += "\(index + 1). **`\(MarkdownText.code(item.questionID))`**: missed by \(item.missed) of \(item.answered)."
                if let prompt = item.prompt { out += " \(md(prompt))" }
                out += "\n"
                let wrong = item.wrongAnswers.prefix(3).map { ($0.given.isEmpty ? "skipped" : "“\(md($0.given))”") + " ×\($0.count)" }
                if !wrong.isEmpty { out += "   - Wrong answers: \(wrong.joined(separator: ", "))\n" }
                for citation in item.citations { out += "   - Source: \(md(citation.reference))\n" }
                if item.citations.isEmpty { out += "   - Source: none cited\n" }
            }
        }
        out += "\n## Calibration of the class\n\n"
        if report.calibration.count == 0 {
            out += "No answers with a stated confidence.\n"
        } else {
            out += "| stated confidence | answers | right |\n|---|---:|---:|\n"
            for bin in report.calibration.bins {
                out += "| \(Int(bin.lower * 100))–\(Int(bin.upper * 100))% | \(bin.count) | \(TerminalCharts.percent(bin.accuracy)) |\n"
            }
            out += "\nMean confidence \(TerminalCharts.percent(report.calibration.meanConfidence)), right \(TerminalCharts.percent(report.calibration.accuracy)): "
            out += verdictSentence(report.calibration) + "; Brier score \(TerminalCharts.decimal(report.calibration.brierScore)).\n"
        }
        if !report.notes.isEmpty {
            out += "\n## Notes\n\n" + report.notes.map { "- \(md($0))\n" }.joined()
        }
        return out
    }

    // MARK: CSV

    /// A grade book: a row per student with 1/0 per question, then facility and
    /// discrimination rows.
    func csv(_ report: ClassReport) -> String {
        let ids = report.items.map(\.questionID)
        var table = CSVTable(header: ["student", "file", "questions", "answered", "correct", "points", "score", "overconfidence", "finished"] + ids)
        for student in report.students {
            var row = [
                student.player, student.file, String(student.questions), String(student.answered), String(student.correct),
                String(student.points), CSVTable.number(student.score), CSVTable.number(student.calibration.overconfidence), student.finished ? "1" : "0",
            ]
            row += ids.map { id in report.scores[student.file]?[id].map { $0 ? "1" : "0" } ?? "" }
            table.append(row)
        }
        let blanks = [String](repeating: "", count: 8)
        table.append(["(facility)"] + blanks + report.items.map { CSVTable.number($0.facility) })
        table.append(["(discrimination)"] + blanks + report.items.map { CSVTable.number($0.discrimination) })
        return table.text
    }
}
