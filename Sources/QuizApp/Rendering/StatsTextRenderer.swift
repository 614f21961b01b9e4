import QuizEngine

/// `factquiz stats` for people: totals, then per skill and per pack a bar for accuracy and a
/// sparkline for its trend, then calibration.
struct StatsTextRenderer {
    var style: Style = .plain
    var width: Int = 80

    func render(_ stats: ProgressStats, player: String?) -> String {
        let safe = { (s: String) in TerminalSafeText.escape(s, singleLine: true) }
        guard stats.answers > 0 else {
            let who = player.map { " for \(safe($0))" } ?? ""
            return "No answers recorded yet\(who). Play a session (`factquiz`) and come back.\n"
        }
        var out = style.bold("Progress") + (player.map { " of \(safe($0))" } ?? "") + ": "
        out += "\(stats.answers) answers in \(stats.sessions) session\(stats.sessions == 1 ? "" : "s") on \(stats.activeDays) day\(stats.activeDays == 1 ? "" : "s")"
        if let first = stats.firstDay, let last = stats.lastDay { out += first == last ? " (\(first))" : " (\(first) to \(last))" }
        out += "\n"
        out += "accuracy \(TerminalCharts.percent(stats.accuracy)) \(TerminalCharts.bar(stats.accuracy ?? 0, width: 20)) · \(stats.points) points"
        out += stats.streak > 0 ? " · streak \(stats.streak) day\(stats.streak == 1 ? "" : "s")\n" : "\n"
        let unit = stats.granularity == .day ? "day" : "week"
        out += "trend per \(unit), oldest to now: \(TerminalCharts.sparkline(stats.periods.map(\.accuracy)))  "
        out += "(\(stats.periods.map { String($0.answers) }.joined(separator: " ")) answers)\n"
        let labelWidth = 26
        out += "\n" + style.bold("Per skill") + "\n"
        out += header(labelWidth: labelWidth, unit: unit)
        for series in stats.skills { out += row(series, label: series.title, labelWidth: labelWidth) }
        out += "\n" + style.bold("Per pack") + "\n"
        out += header(labelWidth: labelWidth, unit: unit)
        for series in stats.packs {
            out += row(series, label: safe(series.title), labelWidth: labelWidth, suffix: "  last played \(series.lastPlayed)")
        }
        if let weakest = stats.skills.filter({ $0.answers >= 3 }).min(by: { $0.accuracy < $1.accuracy }), weakest.accuracy < 0.8 {
            out += "\nWeakest skill: \(weakest.title) (\(TerminalCharts.percent(weakest.accuracy))). `factquiz review` asks your missed questions again.\n"
        }
        out += "\n" + style.bold("Calibration") + "\n"
        out += ClassReportRenderer(style: style, width: width).calibrationBlock(stats.calibration)
        return out
    }

    private func header(labelWidth: Int, unit: String) -> String {
        "  " + TerminalCharts.cell("", labelWidth) + "answers  accuracy         trend per \(unit)\n"
    }

    private func row(_ series: ProgressStats.Series, label: String, labelWidth: Int, suffix: String = "") -> String {
        var line = "  " + TerminalCharts.cell(label, labelWidth)
        line += TerminalCharts.cell(String(series.answers), 7, right: true) + "  "
        line += TerminalCharts.cell(TerminalCharts.percent(series.accuracy), 4, right: true) + " "
        line += TerminalCharts.bar(series.accuracy, width: 10) + "  "
        line += TerminalCharts.sparkline(series.periods.map(\.accuracy))
        return line + suffix + "\n"
    }
}
