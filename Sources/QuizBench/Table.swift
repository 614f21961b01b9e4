/// The one table the benchmark prints: sections of rows (what, figure, detail), plus notes.
struct Table {
    private enum Line {
        case note(String)
        case section(String)
        case row(String, String, String)
    }

    private var lines: [Line] = []

    mutating func note(_ text: String) { lines.append(.note(text)) }
    mutating func section(_ title: String) { lines.append(.section(title)) }
    mutating func row(_ what: String, _ figure: String, _ detail: String) { lines.append(.row(what, figure, detail)) }

    /// Markdown, so the README can carry it as printed.
    func render() -> String {
        var out: [String] = []
        var inTable = false
        for line in lines {
            switch line {
            case let .note(text):
                out.append(text)
            case let .section(title):
                out.append("")
                out.append("| \(title) | figure | detail |")
                out.append("|---|---:|---|")
                inTable = true
            case let .row(what, figure, detail):
                if !inTable { out.append("|---|---:|---|"); inTable = true }
                out.append("| \(what) | \(figure) | \(detail) |")
            }
        }
        return out.joined(separator: "\n")
    }
}
