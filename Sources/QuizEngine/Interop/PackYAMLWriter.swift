/// Writes an imported pack as `pack.yaml` (docs/pack-format.md).
///
/// Every string is a double-quoted YAML scalar with escapes, so no question text, however odd
/// (a colon, a leading dash, `#`, a line break, a control character), can change the document's
/// structure or fail to load.
public struct PackYAMLWriter: Sendable {
    public init() {}

    /// The article every imported pack starts with: the compiler needs one, and this one says
    /// where the questions came from and how to give them sources, without giving any answer away.
    public static let aboutArticlePath = "articles/about.md"

    public func aboutArticle(_ pack: ImportedPack, sourceName: String, day: CalendarDate, skipped: Int) -> String {
        let kinds = Dictionary(grouping: pack.questions, by: \.kind)
        let counts = QuestionKind.allCases.compactMap { kind in
            kinds[kind].map { "\($0.count) \(kind.title.lowercased())" }
        }
        var body = "These \(pack.questions.count) questions (\(counts.joined(separator: ", "))) were imported from \(sourceName), "
        body += "a Moodle GIFT file, on \(day.longDescription)."
        if skipped > 0 {
            body += " \(skipped) question\(skipped == 1 ? " was" : "s were") left out because a pack has no question of \(skipped == 1 ? "its" : "their") kind."
        }
        body += "\n\nThey cite no article yet. To give each answer its source, add the articles the questions are about "
        body += "to this folder, list them under articles in pack.yaml, and add cite entries to the questions.\n"
        return "---\ntitle: \(quoted("About this pack"))\noutlet: \(quoted("factquiz import"))\npublished: \(day)\n---\n" + body
    }

    public func write(_ pack: ImportedPack, header: String? = nil) -> String {
        var out = ""
        if let header {
            for line in header.split(separator: "\n", omittingEmptySubsequences: false) { out += "# \(line)\n" }
        }
        out += "id: \(quoted(pack.id))\n"
        out += "title: \(quoted(pack.title))\n"
        if let description = pack.description { out += "description: \(quoted(description))\n" }
        out += "\n# Imported questions cite no article yet: add the articles they are about here and cite them.\n"
        out += "articles:\n  - \(Self.aboutArticlePath)\n\n"
        out += "generate:\n  true-false: 0\n  fact-check: 0\n  spot-the-inconsistency: 0\n\n"
        out += "questions:\n"
        for question in pack.questions {
            out += "  # \(oneLine(question.origin.description))\n"
            out += "  - id: \(quoted(question.id))\n"
            out += "    kind: \(question.kind.rawValue)\n"
            out += "    prompt: \(quoted(question.prompt))\n"
            if !question.choices.isEmpty {
                out += "    choices:\n"
                for choice in question.choices { out += "      - \(quoted(choice))\n" }
            }
            switch question.answer {
            case let .trueFalse(value): out += "    answer: \(value)\n"
            case let .verdict(verdict): out += "    answer: \(verdict.rawValue)\n"
            case let .choices(letters):
                out += question.kind == .multipleChoice && letters.count == 1
                    ? "    answer: \(letters.first!)\n"
                    : "    answer: [\(letters.sorted().joined(separator: ", "))]\n"
            }
            out += "    explanation: \(quoted(question.explanation))\n"
            if !question.skills.isEmpty { out += "    skills: [\(question.skills.map(\.rawValue).joined(separator: ", "))]\n" }
            if let difficulty = question.difficulty { out += "    difficulty: \(difficulty.rawValue)\n" }
            out += "\n"
        }
        return out
    }

    /// A YAML double-quoted scalar.
    func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) || scalar.value == 0xFEFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += scalar.value <= 0xFF
                        ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
