import QuizEngine

/// `factquiz review --list`: the queue, due questions first, with box and due day.
struct ReviewListRenderer {
    var style: Style = .plain
    var width: Int = 80

    func render(_ queue: ReviewQueue, today: CalendarDate) -> String {
        guard !queue.entries.isEmpty else {
            return "Nothing to review: no missed or unsure questions. Well done.\n"
        }
        let due = queue.due(on: today).count
        var out = style.bold("Review queue") + ": \(due) due today, \(queue.entries.count - due) later\n"
        out += "  due         box  pack / question\n"
        for entry in queue.entries {
            let item = entry.item
            let when: String
            if item.due <= today {
                let late = item.due.days(until: today)
                when = late == 0 ? "today" : "overdue \(late)d"
            } else {
                let wait = today.days(until: item.due)
                when = wait == 1 ? "tomorrow" : "in \(wait) days"
            }
            var line = "  " + TerminalCharts.cell(when, 11) + "  " + TerminalCharts.cell(String(item.box), 3, right: true) + "  "
            line += TerminalSafeText.escape("\(item.packID) / \(item.questionID)", singleLine: true)
            if item.lapses > 1 { line += "  (missed \(item.lapses) times)" }
            out += (item.due <= today ? style.bold(line) : line) + "\n"
            if let prompt = entry.question?.prompt {
                let text = TerminalSafeText.escape(prompt, singleLine: true)
                out += "                    " + TerminalCharts.truncated(text, max(20, width - 21)) + "\n"
            } else {
                out += "                    (pack not found)\n"
            }
        }
        return out
    }
}
