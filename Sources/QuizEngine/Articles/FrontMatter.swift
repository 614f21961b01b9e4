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
        if let simple = simpleValues(yaml, in: file) {
            result.values = simple
            return result
        }
        readWithYAML(yaml, in: file, into: &result, sink: sink)
        return result
    }

    /// The values of front matter made only of `key: value` lines, with known keys and ASCII
    /// values, plain or quoted without escapes, that YAML reads as the text they show; nil for
    /// anything else, which the YAML reader then reads.
    ///
    /// Why by hand: Yams resolved every key through regular expressions to check for duplicate
    /// keys, a twentieth of compiling 10,000 articles for the four or five lines each one starts
    /// with. Every line this accepts is one YAML reads the same way (tests compare the two).
    static func simpleValues(_ yaml: String, in file: SourceFile) -> [String: (text: String, location: SourceLocation)]? {
        var yaml = yaml
        return yaml.withUTF8 { bytes -> [String: (text: String, location: SourceLocation)]? in
            // Room for every known key at once: growing from empty rehashed each article's
            // values two or three times.
            var values: [String: (text: String, location: SourceLocation)] = [:]
            values.reserveCapacity(knownKeys.count)
            var hasEmptyValue = false
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart else { continue }
                var colon = lineStart
                while colon < lineEnd, bytes[colon] >= UInt8(ascii: "a"), bytes[colon] <= UInt8(ascii: "z") { colon += 1 }
                guard colon > lineStart, colon < lineEnd, bytes[colon] == UInt8(ascii: ":") else { return nil }
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<colon]), as: UTF8.self)
                guard knownKeys.contains(key), values[key] == nil else { return nil }
                var start = colon + 1
                guard start < lineEnd, bytes[start] == UInt8(ascii: " ") else { return nil }
                while start < lineEnd, bytes[start] == UInt8(ascii: " ") { start += 1 }
                var end = lineEnd
                while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
                guard end > start else { return nil }
                let location = file.location(at: 4 + start)
                let quote = bytes[start]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    // A quoted value on one line, with no escapes and no quote inside.
                    guard end - start >= 2, bytes[end - 1] == quote else { return nil }
                    start += 1
                    end -= 1
                    for byte in bytes[start..<end] {
                        guard byte >= 0x20, byte < 0x7F, byte != quote, byte != UInt8(ascii: "\\") else { return nil }
                    }
                    while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
                    while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
                } else {
                    guard isPlainText(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return nil }
                }
                if start == end { hasEmptyValue = true }
                values[key] = (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), location)
            }
            // As the YAML reading does, empty values are left out. Only a quoted value can be
            // empty, so the values are filtered (copied into a new dictionary) only when one is.
            return hasEmptyValue ? values.filter { !$0.value.text.isEmpty } : values
        }
    }

    /// Printable ASCII that a YAML plain scalar reads as itself: no indicator first, no comment
    /// or mapping inside, not a null.
    private static func isPlainText(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = value.first, !indicators.contains(first) else { return false }
        guard value.last != UInt8(ascii: ":") else { return false }
        for (i, byte) in value.enumerated() {
            guard byte >= 0x20, byte < 0x7F else { return false }
            if byte == UInt8(ascii: " "), i + 1 < value.count, value[i + 1] == UInt8(ascii: "#") { return false }
            if byte == UInt8(ascii: ":"), i + 1 < value.count, value[i + 1] == UInt8(ascii: " ") { return false }
        }
        // Only the short values can be nulls: the list was built and searched for every value.
        return value.count > 4 || !nulls.contains { value.elementsEqual($0) }
    }

    private static let indicators = Array("-?:,[]{}#&*!|>'\"%@`".utf8)
    private static let nulls = ["~", "null", "Null", "NULL"].map { Array($0.utf8) }

    /// Reads front matter through the YAML parser, with a diagnostic for each unknown key and
    /// each value that is not text.
    static func readWithYAML(_ yaml: String, in file: SourceFile, into result: inout FrontMatter, sink: DiagnosticSink) {
        guard let node = YAMLReader.compose(yaml, in: file, lineOffset: 1, sink: sink) else { return }
        guard case let .mapping(mapping) = node else {
            sink.report(.frontMatterNotMapping, at: YAMLReader.location(of: node, in: file, lineOffset: 1))
            return
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
    }
}
