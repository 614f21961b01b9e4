/// Renders diagnostics as text: the `path:line:col: severity: message` line that editors and CI
/// parse, then (when the source is at hand) the offending line with a caret under the problem,
/// then notes and fix-its in the same form.
///
/// Pure: it returns strings and leaves colour and terminal escaping to the caller.
public struct DiagnosticFormatter: Sendable {
    /// Source files by path, for the snippet under each diagnostic.
    public var sources: [String: SourceFile]
    /// Whether to show the source line and caret (off for machine-oriented output).
    public var showSnippets: Bool

    public init(sources: [SourceFile] = [], showSnippets: Bool = true) {
        self.sources = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.showSnippets = showSnippets
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var lines = ["\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message.text)"]
        lines += snippet(at: diagnostic.location, length: diagnostic.length)
        for note in diagnostic.notes {
            if let location = note.location {
                lines.append("\(location): note: \(note.text)")
                lines += snippet(at: location, length: note.length)
            } else {
                lines.append("note: \(note.text)")
            }
        }
        for fix in diagnostic.fixIts {
            lines.append("\(fix.location): fix-it: \(fix.summary): replace with \"\(fix.replacement)\"")
        }
        return lines.joined(separator: "\n")
    }

    /// A one-line tally, as compilers print at the end: "2 errors, 1 warning".
    public static func summary(errors: Int, warnings: Int) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning"))"
    }

    private func snippet(at location: SourceLocation, length: Int) -> [String] {
        guard showSnippets, let file = sources[location.file] else { return [] }
        let text = file.line(location.line)
        guard !text.isEmpty else { return [] }
        // Long lines (a pasted paragraph) are cut to a window around the column. A line of
        // printable ASCII (pack.yaml, most prose) has a character a byte and none to replace, so
        // it is cut by offsets: through characters and their Unicode properties, this was most of
        // printing a warning.
        let window = 100
        let ascii = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        let characters = ascii ? [] : Array(text)
        let count = ascii ? text.utf8.count : characters.count
        let column = max(1, min(location.column, count + 1))
        let from = max(0, column - 1 - window / 2)
        let to = min(count, from + window)
        let shown = ascii
            ? String(decoding: text.utf8.dropFirst(from).prefix(to - from), as: UTF8.self)
            : String(String(characters[from..<to]).map { $0.isControlOrFormat ? "?" : $0 })
        let prefix = from > 0 ? "..." : ""
        let suffix = to < count ? "..." : ""
        let gutter = String(location.line)
        let pad = String(repeating: " ", count: gutter.count)
        let caretStart = prefix.count + (column - 1 - from)
        let caretLength = max(1, min(length, to - (column - 1)))
        return [
            "\(gutter) | \(prefix)\(shown)\(suffix)",
            "\(pad) | \(String(repeating: " ", count: caretStart))^\(String(repeating: "~", count: caretLength - 1))",
        ]
    }
}

extension Character {
    /// Control and format characters (escape sequences, bidirectional overrides, zero-width
    /// marks) that must not reach a terminal as they are.
    var isControlOrFormat: Bool {
        unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: true
            default: false
            }
        }
    }
}
