import Foundation
import Yams

/// The YAML block between `---` lines at the top of a Markdown article.
struct FrontMatter {
    static let knownKeys = ["id", "title", "outlet", "author", "published", "url", "language"]

    /// Each key's text and where its value starts, for diagnostics that point at a value.
    var values: [String: (text: String, location: SourceLocation)] = [:]
    /// Offset in the file where the body starts (the line after the closing `---`).
    var bodyOffset: Int

    /// Splits front matter off `file` if the file starts with `---`. Returns nil when there is
    /// no front matter; reports and returns an empty front matter when it is malformed, so the
    /// caller can still read the body.
    static func parse(_ file: SourceFile, sink: DiagnosticSink) -> FrontMatter? {
        let text = file.text
        guard text.hasPrefix("---\n") || text == "---" else { return nil }
        // Find the closing delimiter line: "---" or "...".
        var lineStart = 4
        let bytes = Array(text.utf8)
        var closing: (start: Int, end: Int)?
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                closing = (lineStart, min(lineEnd + 1, bytes.count))
                break
            }
            lineStart = lineEnd + 1
        }
        guard let closing else {
            sink.report(.frontMatterUnclosed, at: file.location(at: 0), length: 3)
            return FrontMatter(bodyOffset: bytes.count)
        }
        var result = FrontMatter(bodyOffset: closing.end)
        let yaml = String(decoding: bytes[4..<closing.start], as: UTF8.self)
        guard !yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return result }
        guard let node = YAMLReader.compose(yaml, in: file, lineOffset: 1, sink: sink) else { return result }
        guard case let .mapping(mapping) = node else {
            sink.report(.frontMatterNotMapping, at: YAMLReader.location(of: node, in: file, lineOffset: 1))
            return result
        }
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let keyLocation = YAMLReader.location(of: keyNode, in: file, lineOffset: 1)
            guard knownKeys.contains(key) else {
                var fixIts: [Diagnostic.FixIt] = []
                if let suggestion = Suggestions.closest(to: key, in: knownKeys) {
                    fixIts.append(.init("did you mean '\(suggestion)'?", at: keyLocation, length: key.count, replacement: suggestion))
                }
                sink.report(.unknownFrontMatterKey(key), at: keyLocation, length: max(1, key.count), fixIts: fixIts)
                continue
            }
            let valueLocation = YAMLReader.location(of: valueNode, in: file, lineOffset: 1)
            guard case let .scalar(scalar) = valueNode else {
                sink.report(.frontMatterValueNotText(key), at: valueLocation)
                continue
            }
            let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty, scalar.tag.description != "tag:yaml.org,2002:null" || key == "title" else { continue }
            result.values[key] = (value, valueLocation)
        }
        return result
    }
}
