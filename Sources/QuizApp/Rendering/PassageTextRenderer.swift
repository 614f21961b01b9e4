import QuizEngine

/// `factquiz passages` as text: each article's title line, then its passages with their ids,
/// wrapped to the terminal width and indented under the id.
struct PassageTextRenderer {
    let width: Int

    func render(_ articles: [Article]) -> String {
        var out = ""
        for (n, article) in articles.enumerated() {
            if n > 0 { out += "\n" }
            let meta = article.metadata
            var header = "\(meta.id): \(meta.title)"
            let details = [meta.outlet, meta.published?.description].compactMap { $0 }
            if !details.isEmpty { header += " (\(details.joined(separator: ", ")))" }
            out += TerminalSafeText.escape(header, singleLine: true) + "\n"
            var paragraph = 0
            for passage in article.passages {
                if passage.paragraph != paragraph, paragraph != 0 { out += "\n" }
                paragraph = passage.paragraph
                let id = passage.id.padding(toLength: max(8, passage.id.count + 1), withPad: " ", startingAt: 0)
                let lines = TextWrapper(width: max(20, width - id.count - 2))
                    .wrap(TerminalSafeText.escape(passage.text, singleLine: true))
                for (i, line) in lines.enumerated() {
                    out += "  " + (i == 0 ? id : String(repeating: " ", count: id.count)) + line + "\n"
                }
            }
        }
        return out
    }
}
