/// Reads Moodle GIFT text into questions, reporting what it cannot read at its line and column.
///
/// The grammar it accepts, as Moodle documents it: questions are separated by blank lines;
/// lines starting with `//` are comments; `$CATEGORY: path` sets the category. A question is
/// `::title::` (optional), `[format]` (optional), the text, and an answer block `{...}`; text
/// after the block makes it a missing-word question. In text and answers `\` escapes
/// `~ = # { } :` and `\n` is a line break. The block holds `T`/`TRUE`/`F`/`FALSE` with up to
/// two `#feedback`s, or answers each starting with `=` (right) or `~` (wrong), optionally
/// weighted `~%50%`, each with an optional `#feedback`, and a general feedback after `####`.
/// `{#...}` is numeric and `{}` an essay. It never traps: every malformed question is a
/// diagnostic, and reading goes on with the next one.
public struct GIFTReader: Sendable {
    public init() {}

    public func read(_ file: SourceFile, sink: DiagnosticSink) -> [GIFTQuestion] {
        var questions: [GIFTQuestion] = []
        var block: [Located] = []
        var hints: [String: String] = [:]
        var category: String?
        func flush() {
            if !block.isEmpty, let question = parse(block, hints: hints, category: category, file: file, sink: sink) {
                questions.append(question)
            }
            block = []
            hints = [:]
        }
        var offset = 0
        for line in file.text.split(separator: "\n", omittingEmptySubsequences: false) {
            let lineStart = offset
            offset += line.utf8.count + 1
            let trimmed = line.drop { $0.isWhitespace }
            if trimmed.isEmpty {
                flush()
                continue
            }
            if trimmed.hasPrefix("//") {
                let comment = trimmed.dropFirst(2).drop { $0.isWhitespace }
                if comment.hasPrefix("factquiz-question:") {
                    hints = Self.hints(in: comment.dropFirst("factquiz-question:".count))
                }
                continue
            }
            if block.isEmpty, trimmed.hasPrefix("$CATEGORY:") {
                category = String(trimmed.dropFirst("$CATEGORY:".count)).withoutSurroundingWhitespace
                continue
            }
            var characterOffset = lineStart
            for character in line {
                block.append(Located(character: character, offset: characterOffset))
                characterOffset += character.utf8.count
            }
            block.append(Located(character: "\n", offset: characterOffset))
        }
        flush()
        return questions
    }

    struct Located {
        let character: Character
        let offset: Int
    }

    /// `key=value, key=value` from a `// factquiz-question:` comment.
    static func hints(in text: Substring) -> [String: String] {
        var out: [String: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            out[String(parts[0]).withoutSurroundingWhitespace] = String(parts[1]).withoutSurroundingWhitespace
        }
        return out
    }

    private func parse(_ chars: [Located], hints: [String: String], category: String?, file: SourceFile, sink: DiagnosticSink) -> GIFTQuestion? {
        func location(_ index: Int) -> SourceLocation {
            file.location(at: index < chars.count ? chars[index].offset : (chars.last?.offset ?? 0))
        }
        func string(_ range: Range<Int>) -> String {
            String(chars[range].map(\.character))
        }
        var i = skipWhitespace(chars, from: 0)
        let start = i
        var title: String?
        if isAt(chars, i, "::") {
            guard let close = find(chars, "::", from: i + 2) else {
                sink.report(.giftUnclosedTitle, at: location(i), length: 2)
                return nil
            }
            title = GIFTText.unescape(string((i + 2)..<close)).withoutSurroundingWhitespace
            i = skipWhitespace(chars, from: close + 2)
        }
        var format: String?
        if i < chars.count, chars[i].character == "[", let close = chars[i...].prefix(12).firstIndex(where: { $0.character == "]" }) {
            let name = string((i + 1)..<close).lowercased()
            if ["html", "moodle", "plain", "markdown"].contains(name) {
                format = name
                i = close + 1
            }
        }
        // The question text runs to the first unescaped '{'.
        var k = i
        while k < chars.count {
            let c = chars[k].character
            if c == "\\" { k += 2; continue }
            if c == "{" { break }
            if c == "}" {
                sink.report(.giftStrayClosingBrace, at: location(k))
                return nil
            }
            k += 1
        }
        let text = Self.plain(GIFTText.unescape(string(i..<min(k, chars.count))), format: format).withoutSurroundingWhitespace
        guard k < chars.count else {
            return GIFTQuestion(
                title: title, text: text, format: format, answer: .description, generalFeedback: nil, tail: "",
                hints: hints, location: location(start), answerLocation: location(start), category: category
            )
        }
        let open = k
        var m = open + 1
        while m < chars.count {
            let c = chars[m].character
            if c == "\\" { m += 2; continue }
            if c == "{" {
                sink.report(.giftNestedBrace, at: location(m), notes: [Diagnostic.Note("the answer block opens here", at: location(open))])
                return nil
            }
            if c == "}" { break }
            m += 1
        }
        guard m < chars.count else {
            sink.report(.giftUnclosedAnswer, at: location(open))
            return nil
        }
        let tail = GIFTText.unescape(string((m + 1)..<chars.count)).withoutSurroundingWhitespace
        // The general feedback follows the first unescaped '####'.
        var bodyEnd = m
        var generalFeedback: String?
        if let marker = find(chars, "####", from: open + 1, before: m) {
            generalFeedback = Self.plain(GIFTText.unescape(string((marker + 4)..<m)), format: format)
            bodyEnd = marker
        }
        guard let answer = parseAnswer(chars, from: open + 1, to: bodyEnd, format: format, location: location, sink: sink) else {
            return nil
        }
        return GIFTQuestion(
            title: title, text: text, format: format, answer: answer, generalFeedback: generalFeedback, tail: tail,
            hints: hints, location: location(start), answerLocation: location(open), category: category
        )
    }

    private func parseAnswer(
        _ chars: [Located], from: Int, to end: Int, format: String?,
        location: (Int) -> SourceLocation, sink: DiagnosticSink
    ) -> GIFTQuestion.Answer? {
        let first = skipWhitespace(chars, from: from, to: end)
        guard first < end else { return .essay }
        if chars[first].character == "#" { return .numeric }
        // True/false: a word, then nothing or '#feedback#feedback'.
        var w = first
        while w < end, chars[w].character.isLetter { w += 1 }
        let word = String(chars[first..<w].map(\.character)).uppercased()
        let afterWord = skipWhitespace(chars, from: w, to: end)
        if ["T", "TRUE", "F", "FALSE"].contains(word), afterWord == end || chars[afterWord].character == "#" {
            let feedbacks = splitUnescaped(chars, on: "#", from: afterWord, to: end)
                .dropFirst()
                .map { Self.plain(GIFTText.unescape(String(chars[$0].map(\.character))), format: format).withoutSurroundingWhitespace }
            return .trueFalse(
                word.hasPrefix("T"),
                wrongFeedback: feedbacks.first.flatMap { $0.isEmpty ? nil : $0 },
                rightFeedback: feedbacks.dropFirst().first.flatMap { $0.isEmpty ? nil : $0 }
            )
        }
        var choices: [GIFTQuestion.Choice] = []
        var i = first
        while true {
            i = skipWhitespace(chars, from: i, to: end)
            guard i < end else { break }
            let marker = chars[i].character
            guard marker == "=" || marker == "~" else {
                let found = String(chars[i..<min(end, i + 12)].map(\.character)).split(separator: "\n").first.map(String.init) ?? ""
                sink.report(.giftExpectedChoice(found), at: location(i))
                return nil
            }
            let markerIndex = i
            i += 1
            var weight: Double?
            if i < end, chars[i].character == "%" {
                guard let close = chars[(i + 1)..<end].firstIndex(where: { $0.character == "%" }),
                      let value = Double(String(chars[(i + 1)..<close].map(\.character)).withoutSurroundingWhitespace),
                      value.isFinite, (-100...100).contains(value)
                else {
                    sink.report(.giftBadWeight, at: location(i))
                    return nil
                }
                weight = value
                i = close + 1
            }
            // The answer's text runs to an unescaped '#', '=' or '~'.
            let textStart = i
            while i < end {
                let c = chars[i].character
                if c == "\\" { i += 2; continue }
                if c == "#" || c == "=" || c == "~" { break }
                i += 1
            }
            i = min(i, end)
            let raw = String(chars[textStart..<i].map(\.character))
            var feedback: String?
            if i < end, chars[i].character == "#" {
                let feedbackStart = i + 1
                i = feedbackStart
                while i < end {
                    let c = chars[i].character
                    if c == "\\" { i += 2; continue }
                    if c == "=" || c == "~" { break }
                    i += 1
                }
                i = min(i, end)
                let text = Self.plain(GIFTText.unescape(String(chars[feedbackStart..<i].map(\.character))), format: format).withoutSurroundingWhitespace
                feedback = text.isEmpty ? nil : text
            }
            let text = Self.plain(GIFTText.unescape(raw), format: format).withoutSurroundingWhitespace
            // '->' in a '=' answer makes a matching pair; in GIFT only unescaped text counts.
            let isPair = marker == "=" && raw.contains("->")
            if text.isEmpty {
                sink.report(.giftEmptyChoice, at: location(markerIndex))
                return nil
            }
            choices.append(GIFTQuestion.Choice(
                isMarkedRight: marker == "=", weight: weight, text: text, feedback: feedback,
                isMatchingPair: isPair, location: location(markerIndex)
            ))
        }
        return .choices(choices)
    }

    // MARK: - Scanning

    private func skipWhitespace(_ chars: [Located], from index: Int, to end: Int? = nil) -> Int {
        let end = end ?? chars.count
        var i = index
        while i < end, chars[i].character.isWhitespace { i += 1 }
        return i
    }

    private func isAt(_ chars: [Located], _ index: Int, _ literal: String) -> Bool {
        var i = index
        for character in literal {
            guard i < chars.count, chars[i].character == character else { return false }
            i += 1
        }
        return true
    }

    /// The index of the first unescaped `literal` at or after `from` (and before `before`).
    private func find(_ chars: [Located], _ literal: String, from: Int, before: Int? = nil) -> Int? {
        let end = before ?? chars.count
        var i = from
        while i < end {
            if chars[i].character == "\\" { i += 2; continue }
            if isAt(chars, i, literal), i + literal.count <= end { return i }
            i += 1
        }
        return nil
    }

    /// Ranges between unescaped `separator`s (the first range runs from `from`).
    private func splitUnescaped(_ chars: [Located], on separator: Character, from: Int, to end: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = from
        var i = from
        while i < end {
            if chars[i].character == "\\" { i += 2; continue }
            if chars[i].character == separator {
                ranges.append(start..<i)
                start = i + 1
            }
            i += 1
        }
        ranges.append(min(start, end)..<end)
        return ranges
    }

    /// Text as a player reads it: `[html]` text loses its tags and entities.
    static func plain(_ text: String, format: String?) -> String {
        guard format == "html" || format == "moodle", text.contains(where: { $0 == "<" || $0 == "&" }) else { return text }
        var out = ""
        var inTag = false
        var tag = ""
        for character in text {
            if inTag {
                if character == ">" {
                    inTag = false
                    let name = tag.lowercased().split(whereSeparator: { $0 == " " || $0 == "/" }).first ?? ""
                    if ["br", "p", "div", "li"].contains(String(name)), !out.hasSuffix("\n"), !out.isEmpty { out += "\n" }
                } else {
                    tag.append(character)
                }
            } else if character == "<" {
                inTag = true
                tag = ""
            } else {
                out.append(character)
            }
        }
        let entities = ["&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&apos;": "'", "&amp;": "&"]
        for (entity, replacement) in entities {
            out = out.split(separator: entity, omittingEmptySubsequences: false).joined(separator: replacement)
        }
        return out.withoutSurroundingWhitespace
    }
}

extension String {
    /// Without leading and trailing white space (and newlines).
    var withoutSurroundingWhitespace: String {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
