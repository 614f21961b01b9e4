import Foundation
import QuizEngine

/// Turns the session's values into what the player reads: questions, feedback, hints, sources
/// and the summary.
///
/// Every piece of pack and article text goes through `TerminalSafeText` here, before any
/// styling is added. Meaning never rests on colour alone: right and wrong carry a mark and a
/// word, and the deciding span of a quoted passage is enclosed in « » as well as underlined.
/// Each function returns whole lines, each ending in a newline.
struct GameRenderer {
    let style: Style
    /// Columns to wrap to.
    let width: Int

    /// Pack or article text, made safe and put on one line.
    func safe(_ text: some StringProtocol) -> String {
        TerminalSafeText.escape(text, singleLine: true)
    }

    /// Wraps already-safe, unstyled text, each line starting with `indent` (and `firstIndent` on
    /// the first). `lineStyle` is applied to each line after wrapping, so escape codes neither
    /// count towards the width nor run across line breaks.
    func wrapped(
        _ text: String, indent: String = "", firstIndent: String? = nil, lineStyle: (String) -> String = { $0 }
    ) -> String {
        let first = firstIndent ?? indent
        let lines = TextWrapper(width: max(20, width - max(first.count, indent.count))).wrap(text)
        return lines.enumerated().map { (i, line) in (i == 0 ? first : indent) + lineStyle(line) + "\n" }.joined()
    }

    /// How a passage's source is named: outlet (date) · “title” · paragraph N, or without an
    /// outlet, “title” (date) · paragraph N.
    func sourceLine(_ article: CompiledArticle?, paragraph: Int?) -> String {
        var parts: [String] = []
        if let article {
            let date = article.published.map { " (\($0.description))" } ?? ""
            if let outlet = article.outlet {
                parts.append(safe(outlet) + date)
                parts.append("“\(safe(article.title))”")
            } else {
                parts.append("“\(safe(article.title))”" + date)
            }
        }
        if let paragraph { parts.append("paragraph \(paragraph)") }
        return parts.joined(separator: " · ")
    }

    /// An article named inside a sentence: the CiberCuba article “title” (2025-12-02).
    func articleName(_ article: CompiledArticle) -> String {
        let date = article.published.map { " (\($0.description))" } ?? ""
        let title = "“\(safe(article.title))”" + date
        return article.outlet.map { "the \(safe($0)) article " + title } ?? title
    }

    /// The short form, where the article is clear from context: outlet · paragraph N.
    /// Without an outlet, the title stands in, cut at a word to stay short.
    func shortSourceLine(_ article: CompiledArticle, paragraph: Int) -> String {
        (article.outlet.map(safe) ?? "“\(Self.shortened(safe(article.title), to: 40))”") + " · paragraph \(paragraph)"
    }

    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: .punctuationCharacters) + "…"
    }

    /// Each cited quote on its own line after its short source, for lists (the summary's missed
    /// questions) where whole passages would drown the list.
    func citedQuotes(_ citations: [Citation], of question: SessionQuestion, indent: String) -> String {
        var out = ""
        for citation in citations {
            let source = question.source(of: citation)
            let place = source.map { shortSourceLine($0.article, paragraph: $0.passage.paragraph) }
                ?? safe(citation.article) + " " + safe(citation.passage)
            out += wrapped(place + ": “" + safe(citation.quote) + "”", indent: indent + "  ", firstIndent: indent)
        }
        return out
    }

    /// The passages a list of citations points at, grouped by article: the article's source
    /// line once, then each passage (once, however many quotes point into it) in a gutter with
    /// its paragraph number, the quoted words marked unless `mark` is false.
    func quotedCitations(_ citations: [Citation], of question: SessionQuestion, mark: Bool = true, indent: String = "  ") -> String {
        var articles: [CompiledArticle] = []
        var passages: [String: [CompiledPassage]] = [:]
        var quotes: [String: [String]] = [:]
        var missing: [Citation] = []
        for citation in citations {
            guard let source = question.source(of: citation) else {
                missing.append(citation)
                continue
            }
            if !articles.contains(where: { $0.id == source.article.id }) { articles.append(source.article) }
            if !(passages[source.article.id] ?? []).contains(where: { $0.id == source.passage.id }) {
                passages[source.article.id, default: []].append(source.passage)
            }
            quotes[source.article.id + "\u{0}" + source.passage.id, default: []].append(citation.quote)
        }
        var blocks: [String] = []
        for article in articles {
            let shown = passages[article.id]!
            let labels = shown.map { "¶\($0.paragraph)" }
            let labelWidth = labels.map(\.count).max()!
            var block = wrapped(sourceLine(article, paragraph: nil), indent: indent, lineStyle: style.dim)
            for (passage, label) in zip(shown, labels) {
                let text = safe(passage.text)
                var ranges: [Range<String.Index>] = []
                if mark {
                    for quote in quotes[article.id + "\u{0}" + passage.id] ?? [] where !quote.isEmpty {
                        if let range = text.range(of: safe(quote)) { ranges.append(range) }
                    }
                }
                let gutter = indent.count + labelWidth + 3
                let lines = MarkedTextWrapper(width: max(20, width - gutter), style: style).wrap(text, marked: ranges)
                for (i, line) in lines.enumerated() {
                    let name = i == 0 ? label.padding(toLength: labelWidth, withPad: " ", startingAt: 0) : String(repeating: " ", count: labelWidth)
                    block += indent + style.dim(name + " │") + " " + line + "\n"
                }
            }
            blocks.append(block)
        }
        for citation in missing {
            // A pack whose citation points nowhere still shows the words it quotes.
            blocks.append(wrapped("\(safe(citation.article)) \(safe(citation.passage)): “\(safe(citation.quote))”", indent: indent, lineStyle: style.dim))
        }
        return blocks.joined(separator: "\n")
    }

    /// A one-line message from the game (a hint about input, a command's answer).
    func note(_ text: String) -> String {
        wrapped(sentence(TerminalSafeText.escape(text, singleLine: true)))
    }

    /// A catalogue message (lowercase, no final period) as a sentence.
    func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        var out = first.uppercased() + text.dropFirst()
        if let last = out.last, !".!?:)".contains(last) { out += "." }
        return out
    }

    static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }
}
