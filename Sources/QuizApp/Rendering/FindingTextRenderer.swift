import QuizEngine

/// `factquiz check` as text: a fact-checker's notes. For each finding its kind and confidence,
/// the one-line reason, the explanation, then every cited passage with the deciding words
/// marked [like this], and on a terminal also in bold and underlined.
struct FindingTextRenderer {
    let width: Int
    let style: Style

    /// Stand-ins for the highlight marks while wrapping: one character each, like the brackets
    /// that replace them, and never found in article text once it has been escaped.
    private static let open: Character = "\u{E000}"
    private static let close: Character = "\u{E001}"

    func render(_ findings: [Finding], articles: [Article]) -> String {
        let passages = PassageLookup(articles)
        let articleCount = articles.count == 1 ? "1 article" : "\(articles.count) articles"
        guard !findings.isEmpty else {
            return "No inconsistencies found in \(articleCount).\n"
        }
        var out = "\(findings.count == 1 ? "1 finding" : "\(findings.count) findings") in \(articleCount).\n"
        for (n, finding) in findings.enumerated() {
            out += "\n"
            let heading = "\(n + 1). \(finding.kind.rawValue)  (confidence \(confidence(finding.confidence)))"
            out += style.bold(heading) + "\n"
            out += wrapped(TerminalSafeText.escape(finding.summary, singleLine: true), indent: 3, style: { style.bold($0) })
            out += wrapped(TerminalSafeText.escape(finding.explanation, singleLine: true), indent: 3)
            for citation in finding.citations {
                let place = TerminalSafeText.escape("\(citation.article) \(citation.passage)", singleLine: true)
                out += "   " + style.dim("▸ " + place) + "\n"
                let text = passages.text(of: citation) ?? citation.quote
                out += highlighted(text, quote: citation.quote, indent: 5)
            }
        }
        return out
    }

    /// "0.85": two decimals.
    private func confidence(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    private func wrapped(_ text: String, indent: Int, style apply: ((String) -> String)? = nil) -> String {
        let pad = String(repeating: " ", count: indent)
        return TextWrapper(width: max(20, width - indent)).wrap(text)
            .map { pad + (apply?($0) ?? $0) + "\n" }.joined()
    }

    /// The passage wrapped, with its first occurrence of `quote` between brackets (and styled).
    private func highlighted(_ text: String, quote: String, indent: Int) -> String {
        var marked: String
        if !quote.isEmpty, quote != text, let range = text.range(of: quote) {
            marked = TerminalSafeText.escape(text[..<range.lowerBound], singleLine: true)
            marked.append(Self.open)
            marked += TerminalSafeText.escape(text[range], singleLine: true)
            marked.append(Self.close)
            marked += TerminalSafeText.escape(text[range.upperBound...], singleLine: true)
        } else {
            marked = TerminalSafeText.escape(text, singleLine: true)
        }
        let pad = String(repeating: " ", count: indent)
        var inside = false
        var out = ""
        for line in TextWrapper(width: max(20, width - indent)).wrap(marked) {
            var rendered = ""
            var segment = ""
            func flush() {
                rendered += inside ? style.highlight(segment) : segment
                segment = ""
            }
            for character in line {
                if character == Self.open {
                    flush()
                    rendered += "["
                    inside = true
                } else if character == Self.close {
                    flush()
                    inside = false
                    rendered += "]"
                } else {
                    segment.append(character)
                }
            }
            flush()
            out += pad + rendered + "\n"
        }
        return out
    }
}
