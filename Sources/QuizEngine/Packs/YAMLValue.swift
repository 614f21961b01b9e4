import Foundation
import Yams

/// A node of a composed YAML document together with where it is and how it was reached.
///
/// Validation walks these instead of decoding into `Decodable` types, so that every problem is
/// reported at the node that has it (`pack.yaml:14:9`) and named by its key path
/// (`questions[3].cite[0].quote`), and so that one bad value does not stop the rest of the file
/// from being checked.
struct YAMLValue {
    let node: Node
    let path: String
    let file: SourceFile
    let sink: DiagnosticSink

    var location: SourceLocation { YAMLReader.location(of: node, in: file) }

    /// Length of the node's text on its line, for the caret (scalars only).
    var length: Int { node.scalar.map { max(1, $0.string.count) } ?? 1 }

    var isNull: Bool {
        if case let .scalar(scalar) = node { return scalar.tag.description == "tag:yaml.org,2002:null" || (scalar.string.isEmpty && scalar.style == .plain) }
        return false
    }

    // MARK: Mappings

    /// The mapping's entries, in file order, or nil (reported) if the node is not a mapping.
    func mapping(_ what: String = "a list of 'key: value' lines") -> [(key: String, keyLocation: SourceLocation, value: YAMLValue)]? {
        guard case let .mapping(mapping) = node else {
            sink.report(.packWrongType(path: path, expected: what), at: location, length: length)
            return nil
        }
        return mapping.map { key, value in
            let name = key.string ?? ""
            return (name, YAMLReader.location(of: key, in: file), child(value, key: name))
        }
    }

    /// Reports keys outside `known`, with a fix-it for a likely misspelling.
    func rejectUnknownKeys(_ entries: [(key: String, keyLocation: SourceLocation, value: YAMLValue)], known: [String]) {
        for entry in entries where !known.contains(entry.key) {
            var fixIts: [Diagnostic.FixIt] = []
            if let suggestion = Suggestions.closest(to: entry.key, in: known) {
                fixIts.append(.init("did you mean '\(suggestion)'?", at: entry.keyLocation, length: entry.key.count, replacement: suggestion))
            }
            sink.report(.packUnknownKey(path: childPath(entry.key), key: entry.key), at: entry.keyLocation,
                        length: max(1, entry.key.count), fixIts: fixIts)
        }
    }

    // MARK: Scalars

    /// The node's text, or nil (reported) if it is not a single value.
    func string() -> String? {
        guard case let .scalar(scalar) = node else {
            sink.report(.packWrongType(path: path, expected: "text"), at: location)
            return nil
        }
        return scalar.string
    }

    /// Non-empty text after trimming.
    func text() -> String? {
        guard let raw = string() else { return nil }
        let trimmed = raw.trimmingWhitespaceAndNewlines()
        guard !trimmed.isEmpty else {
            sink.report(.packEmptyValue(path: path), at: location)
            return nil
        }
        return trimmed
    }

    func integer(in range: ClosedRange<Int>) -> Int? {
        guard let raw = string() else { return nil }
        guard let value = Int(raw.trimmingSpacesAndTabs()), range.contains(value) else {
            sink.report(.packWrongType(path: path, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)"), at: location, length: length)
            return nil
        }
        return value
    }

    func number(in range: ClosedRange<Double>) -> Double? {
        guard let raw = string() else { return nil }
        guard let value = Double(raw.trimmingSpacesAndTabs()), range.contains(value) else {
            sink.report(.packWrongType(path: path, expected: "a number from \(range.lowerBound) to \(range.upperBound)"), at: location, length: length)
            return nil
        }
        return value
    }

    /// One of `options` (case-insensitive), reported with the valid options when not.
    func oneOf<T>(_ options: [String: T], what: String) -> T? {
        guard let raw = text() else { return nil }
        if let value = options[raw.lowercased()] { return value }
        let names = options.keys.sorted()
        var fixIts: [Diagnostic.FixIt] = []
        if let suggestion = Suggestions.closest(to: raw, in: names) {
            fixIts.append(.init("did you mean '\(suggestion)'?", at: location, length: length, replacement: suggestion))
        }
        sink.report(.packBadChoice(path: path, value: raw, what: what, options: names), at: location, length: length, fixIts: fixIts)
        return nil
    }

    // MARK: Sequences

    /// The sequence's items; a single scalar counts as a one-item list (`skills: numbers`).
    func list() -> [YAMLValue]? {
        switch node {
        case let .sequence(sequence):
            return sequence.enumerated().map { index, item in
                YAMLValue(node: item, path: "\(path)[\(index)]", file: file, sink: sink)
            }
        case .scalar where isNull:
            return []
        case .scalar:
            return [self]
        default:
            sink.report(.packWrongType(path: path, expected: "a list"), at: location)
            return nil
        }
    }

    // MARK: Helpers

    func child(_ node: Node, key: String) -> YAMLValue {
        YAMLValue(node: node, path: childPath(key), file: file, sink: sink)
    }

    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}
