import Yams

/// Composes YAML text into a node tree whose every node knows its line and column, and turns
/// libyaml's errors into diagnostics that point at the offending character.
///
/// Both article front matter and `pack.yaml` go through here. Validation then walks the node
/// tree (not a `Decodable` type) so that a wrong value is reported at its own position, not at
/// the top of the file.
public enum YAMLReader {
    /// Parses `yaml`, which starts at `lineOffset` lines into `file` (front matter starts on
    /// line 2). Returns nil after reporting a diagnostic when the text is not well-formed YAML.
    public static func compose(
        _ yaml: String, in file: SourceFile, lineOffset: Int = 0, sink: DiagnosticSink
    ) -> Node? {
        do {
            // The encoding is given: Yams' default reads the whole process environment on every call,
            // a fifth of reading an article's front matter.
            return try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            let (mark, problem) = describe(error)
            let place = mark.map { Self.location(of: $0, in: file, lineOffset: lineOffset) } ?? SourceLocation.file(file.path)
            sink.report(.yamlSyntax(problem), at: place)
            return nil
        } catch {
            sink.report(.yamlSyntax(String(describing: error)), at: .file(file.path))
            return nil
        }
    }

    /// The source location of a node's mark (libyaml counts columns in Unicode scalars).
    public static func location(of mark: Mark, in file: SourceFile, lineOffset: Int = 0) -> SourceLocation {
        let line = mark.line + lineOffset
        let text = file.line(line)
        var index = text.startIndex
        if text.utf8.prefix(max(0, mark.column)).allSatisfy({ $0 < 0x80 }) {
            // ASCII up to and at the column: a scalar and a character a byte (a line holds no
            // "\r\n"). Walking characters here was most of locating each article entry of
            // pack.yaml.
            index = text.utf8.index(text.startIndex, offsetBy: min(max(0, mark.column - 1), text.utf8.count))
        } else {
            var scalars = 0
            while scalars < mark.column - 1, index < text.endIndex {
                scalars += text[index].unicodeScalars.count
                index = text.index(after: index)
            }
        }
        let offset = file.text.utf8.distance(from: file.text.utf8.startIndex, to: index)
        return file.location(at: offset)
    }

    public static func location(of node: Node, in file: SourceFile, lineOffset: Int = 0) -> SourceLocation {
        node.mark.map { location(of: $0, in: file, lineOffset: lineOffset) } ?? SourceLocation.file(file.path)
    }

    private static func describe(_ error: YamlError) -> (Mark?, String) {
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return (mark, detail)
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark, "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
        case let .reader(problem, _, _, _):
            return (nil, problem)
        default:
            return (nil, String(describing: error))
        }
    }
}

extension DiagnosticMessage {
    static func yamlSyntax(_ problem: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "yaml.syntax", severity: .error, text: "invalid YAML: \(problem)")
    }
}
