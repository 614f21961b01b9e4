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
        var text = file.text
        guard text.hasPrefix("---\n") || text == "---" else { return nil }
        // Find the closing delimiter line: "---" or "...". On the text's own bytes: the file can
        // be tens of megabytes, and only its first lines are front matter.
        let (closing, count, yaml) = text.withUTF8 { bytes -> ((start: Int, end: Int)?, Int, String) in
            var lineStart = 4
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                let line = bytes[lineStart..<lineEnd]
                if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                    let yaml = String(decoding: UnsafeBufferPointer(rebasing: bytes[4..<lineStart]), as: UTF8.self)
                    return ((lineStart, min(lineEnd + 1, bytes.count)), bytes.count, yaml)
                }
                lineStart = lineEnd + 1
            }
            return (nil, bytes.count, "")
        }
        guard let closing else {
            sink.report(.frontMatterUnclosed, at: file.location(at: 0), length: 3)
            return FrontMatter(bodyOffset: count)
        }
        var result = FrontMatter(bodyOffset: closing.end)
        guard !yaml.trimmingWhitespaceAndNewlines().isEmpty else { return result }
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
            let value = scalar.string.trimmingWhitespaceAndNewlines()
            guard !value.isEmpty, scalar.tag.description != "tag:yaml.org,2002:null" || key == "title" else { continue }
            result.values[key] = (value, valueLocation)
        }
        return result
    }
}
