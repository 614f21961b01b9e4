import Foundation
import Yams

/// Reads `pack.yaml` into a `PackManifest`, reporting every problem with its place.
///
/// The grammar is documented for authors in docs/pack-format.md. Parsing goes on after a bad
/// value so that one compile shows all problems; it returns nil only when the file is not YAML
/// or lacks what a pack cannot do without (`id`, `title`).
public struct PackManifestParser: Sendable {
    public init() {}

    static let topLevelKeys = [
        "id", "title", "description", "author", "license", "audience", "version",
        "articles", "generate", "questions", "edits",
    ]
    static let generateKeys = ["seed", "true-false", "fact-check", "spot-the-inconsistency", "min-confidence"]
    static let questionKeys = ["id", "kind", "prompt", "article", "choices", "answer", "explanation", "cite", "skills", "difficulty"]
    static let citationKeys = ["article", "quote"]
    static let editKeys = ["drop", "override"]
    static let overrideKeys = ["explanation", "difficulty"]

    public func parse(_ file: SourceFile, sink: DiagnosticSink) -> PackManifest? {
        guard !file.text.trimmingWhitespaceAndNewlines().isEmpty else {
            sink.report(.packEmpty, at: file.location(at: 0))
            return nil
        }
        let errorsBefore = sink.errorCount
        guard let node = YAMLReader.compose(file.text, in: file, sink: sink) else {
            // A document of only comments composes to nothing without a YAML error.
            if sink.errorCount == errorsBefore { sink.report(.packEmpty, at: file.location(at: 0)) }
            return nil
        }
        let root = YAMLValue(node: node, path: "", file: file, sink: sink)
        guard case .mapping = node else {
            sink.report(.packNotMapping, at: root.location)
            return nil
        }
        guard let entries = root.mapping() else { return nil }
        root.rejectUnknownKeys(entries, known: Self.topLevelKeys)
        let values = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })

        let id = requiredText("id", in: values, parent: root).flatMap { located -> PackManifest.Located<String>? in
            guard ArticleReader.isValidID(located.value) else {
                sink.report(.packBadID(located.value), at: located.location, length: located.length)
                return nil
            }
            return located
        }
        let title = requiredText("title", in: values, parent: root)

        var articles: [PackManifest.Located<String>] = []
        if let list = values["articles"]?.list() {
            for item in list {
                if let path = item.text() { articles.append(.init(path, at: item.location, length: item.length)) }
            }
        } else if values["articles"] == nil {
            sink.report(.packMissingKey("articles", in: ""), at: root.location)
        }

        let generation = values["generate"].map(parseGeneration) ?? PackManifest.Generation()
        let questions = values["questions"]?.list()?.compactMap(parseQuestion) ?? []
        let (drops, overrides) = values["edits"].map(parseEdits) ?? ([], [:])

        guard let id, let title else { return nil }
        return PackManifest(
            file: file, id: id, title: title.value,
            description: values["description"]?.text(), author: values["author"]?.text(),
            license: values["license"]?.text(), audience: values["audience"]?.text(),
            version: values["version"]?.text(), articles: articles, generation: generation,
            questions: questions, drops: drops, overrides: overrides
        )
    }

    // MARK: Sections

    private func parseGeneration(_ value: YAMLValue) -> PackManifest.Generation {
        var generation = PackManifest.Generation()
        guard let entries = value.mapping() else { return generation }
        value.rejectUnknownKeys(entries, known: Self.generateKeys)
        for (key, _, item) in entries {
            switch key {
            case "seed":
                if let seed = item.integer(in: 0...Int.max) { generation.seed = UInt64(seed) }
            case "true-false":
                if let n = item.integer(in: 0...10_000) { generation.trueFalse = n }
            case "fact-check":
                if let n = item.integer(in: 0...10_000) { generation.factCheck = n }
            case "spot-the-inconsistency":
                if item.string()?.lowercased() == "all" {
                    generation.spotTheInconsistency = .all
                } else if let n = item.integer(in: 0...10_000) {
                    generation.spotTheInconsistency = .count(n)
                }
            case "min-confidence":
                if let x = item.number(in: 0...1) { generation.minConfidence = x }
            default:
                break
            }
        }
        return generation
    }

    private func parseQuestion(_ value: YAMLValue) -> PackManifest.AuthoredQuestion? {
        guard let entries = value.mapping() else { return nil }
        value.rejectUnknownKeys(entries, known: Self.questionKeys)
        let fields = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        let sink = value.sink

        let id = requiredText("id", in: fields, parent: value).flatMap { located -> PackManifest.Located<String>? in
            guard ArticleReader.isValidID(located.value) else {
                sink.report(.packBadID(located.value), at: located.location, length: located.length)
                return nil
            }
            return located
        }
        let kinds = Dictionary(uniqueKeysWithValues: QuestionKind.allCases.map { ($0.rawValue, $0) })
        let kind = fields["kind"].flatMap { $0.oneOf(kinds, what: "a question kind") }
        if fields["kind"] == nil { sink.report(.packMissingKey("kind", in: value.path), at: value.location) }
        let prompt = requiredText("prompt", in: fields, parent: value)
        let explanation = requiredText("explanation", in: fields, parent: value)
        let article = fields["article"].flatMap { item in item.text().map { PackManifest.Located($0, at: item.location, length: item.length) } }

        let choices: [PackManifest.AuthoredChoice] = fields["choices"]?.list()?.compactMap { item in
            if case .mapping = item.node {
                return parseCitation(item).map { .passage($0) }
            }
            return item.text().map { .text($0) }
        } ?? []

        let citations = fields["cite"]?.list()?.compactMap(parseCitation) ?? []

        let skillNames = Dictionary(uniqueKeysWithValues: Skill.allCases.map { ($0.rawValue, $0) })
        let skills = fields["skills"]?.list()?.compactMap { $0.oneOf(skillNames, what: "a skill") } ?? []
        let difficulties = Dictionary(uniqueKeysWithValues: Difficulty.allCases.map { ($0.rawValue, $0) })
        let difficulty = fields["difficulty"].flatMap { $0.oneOf(difficulties, what: "a difficulty") } ?? .medium

        var answer: PackManifest.Located<PackManifest.AuthoredAnswer>?
        if let item = fields["answer"], let kind {
            answer = parseAnswer(item, kind: kind).map { .init($0, at: item.location, length: item.length) }
        } else if fields["answer"] == nil {
            sink.report(.packMissingKey("answer", in: value.path), at: value.location)
        }

        guard let id, let kind, let prompt, let explanation, let answer else { return nil }
        if kind == .factCheck, article == nil {
            sink.report(.factCheckNeedsArticle(id.value), at: id.location, length: id.length)
            return nil
        }
        return PackManifest.AuthoredQuestion(
            id: id, kind: kind, prompt: prompt.value, article: article, choices: choices, answer: answer,
            explanation: explanation.value, citations: citations,
            skills: skills.isEmpty ? Self.defaultSkills(for: kind) : skills,
            difficulty: difficulty, location: value.location
        )
    }

    private func parseAnswer(_ item: YAMLValue, kind: QuestionKind) -> PackManifest.AuthoredAnswer? {
        let sink = item.sink
        func fail(_ shown: String, _ expected: String) -> PackManifest.AuthoredAnswer? {
            sink.report(.answerDoesNotFitKind(shown, kind: kind, expected: expected), at: item.location, length: item.length)
            return nil
        }
        switch kind {
        case .trueFalse:
            guard let raw = item.text() else { return nil }
            switch raw.lowercased() {
            case "true", "t", "yes": return .bool(true)
            case "false", "f", "no": return .bool(false)
            default: return fail(raw, "true or false")
            }
        case .factCheck:
            guard let raw = item.text() else { return nil }
            let key = raw.lowercased().replacingOccurrences(of: " ", with: "-")
            guard let verdict = Verdict(rawValue: key) else { return fail(raw, "supported, contradicted or not-stated") }
            return .verdict(verdict)
        case .multipleChoice, .spotTheInconsistency:
            guard let items = item.list() else { return nil }
            var letters: [String] = []
            for entry in items {
                guard let raw = entry.text() else { continue }
                for part in raw.split(whereSeparator: { $0 == " " || $0 == "," }) {
                    let letter = part.lowercased()
                    guard letter.count == 1, let c = letter.first, c >= "a", c <= "z" else {
                        return fail(raw, "choice letters such as 'b' or [a, c]")
                    }
                    letters.append(letter)
                }
            }
            if kind == .multipleChoice, letters.count != 1 {
                return fail(letters.joined(separator: " "), "exactly one choice letter")
            }
            if letters.isEmpty { return fail("", "at least one choice letter") }
            return .letters(letters)
        }
    }

    private func parseCitation(_ value: YAMLValue) -> PackManifest.AuthoredCitation? {
        guard let entries = value.mapping("a citation with 'article' and 'quote'") else { return nil }
        value.rejectUnknownKeys(entries, known: Self.citationKeys)
        let fields = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard let article = requiredText("article", in: fields, parent: value),
              let quote = requiredText("quote", in: fields, parent: value)
        else { return nil }
        return PackManifest.AuthoredCitation(article: article, quote: quote)
    }

    private func parseEdits(_ value: YAMLValue) -> ([PackManifest.Located<String>], [String: PackManifest.Located<PackManifest.Override>]) {
        guard let entries = value.mapping() else { return ([], [:]) }
        value.rejectUnknownKeys(entries, known: Self.editKeys)
        var drops: [PackManifest.Located<String>] = []
        var overrides: [String: PackManifest.Located<PackManifest.Override>] = [:]
        for (key, _, item) in entries {
            if key == "drop" {
                for entry in item.list() ?? [] {
                    if let id = entry.text() { drops.append(.init(id, at: entry.location, length: entry.length)) }
                }
            } else if key == "override", let questions = item.mapping() {
                for (id, keyLocation, fields) in questions {
                    guard let settings = fields.mapping() else { continue }
                    fields.rejectUnknownKeys(settings, known: Self.overrideKeys)
                    let lookup = Dictionary(settings.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
                    let difficulties = Dictionary(uniqueKeysWithValues: Difficulty.allCases.map { ($0.rawValue, $0) })
                    let override = PackManifest.Override(
                        explanation: lookup["explanation"]?.text(),
                        difficulty: lookup["difficulty"].flatMap { $0.oneOf(difficulties, what: "a difficulty") }
                    )
                    overrides[id] = .init(override, at: keyLocation, length: id.count)
                }
            }
        }
        return (drops, overrides)
    }

    // MARK: Helpers

    private func requiredText(_ key: String, in fields: [String: YAMLValue], parent: YAMLValue) -> PackManifest.Located<String>? {
        guard let item = fields[key] else {
            parent.sink.report(.packMissingKey(key, in: parent.path), at: parent.location)
            return nil
        }
        return item.text().map { .init($0, at: item.location, length: item.length) }
    }

    static func defaultSkills(for kind: QuestionKind) -> [Skill] {
        switch kind {
        case .spotTheInconsistency: [.internalConsistency]
        case .factCheck: [.sourcing]
        case .trueFalse, .multipleChoice: [.sourcing]
        }
    }
}
