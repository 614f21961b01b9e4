import Foundation

/// Reads a compiled pack (JSON) from an untrusted file, and checks it as strictly as the
/// compiler checked its sources.
///
/// A pack may arrive truncated, from a newer factquiz, hand-edited or hostile. Each problem is
/// a diagnostic at its line and column: syntax errors where the scanner stopped, wrong types at
/// the value (found from the decoder's key path), broken citations and answers at the question.
/// Nothing is trusted until it has passed: a citation must quote its passage exactly, an answer
/// must name existing choices.
public struct CompiledPackLoader: Sendable {
    /// Upper bounds that keep a hostile pack from taking unbounded memory or time.
    public static let maximumQuestions = 200_000
    public static let maximumArticles = 50_000
    public static let maximumChoices = 26

    public init() {}

    public func load(_ file: SourceFile, sink: DiagnosticSink) -> CompiledPack? {
        load(file, bytes: Array(file.text.utf8), sink: sink)
    }

    /// As above, when the caller still holds the file's bytes (`file.text` decoded from them):
    /// saves a copy of a pack that can be tens of megabytes.
    public func load(_ file: SourceFile, bytes: [UInt8], sink: DiagnosticSink) -> CompiledPack? {
        // The common case first: a well-formed pack of this format is read in one fast pass.
        // Only a pack that fails it is parsed again, by JSONDecoder and the scanner, to say
        // where and why.
        if let pack = try? CompiledPackReader.read(bytes), pack.format == CompiledPack.currentFormat {
            let before = sink.errorCount
            validate(pack, bytes: bytes, file: file, sink: sink)
            return sink.errorCount == before ? pack : nil
        }
        return loadSlowly(file, bytes: bytes, sink: sink)
    }

    /// A pack read straight from a file's bytes, when they are plain text (no byte-order mark,
    /// carriage return or NUL, which decoding the file as text would deal with first) and a
    /// well-formed, valid pack of this format; nil otherwise, and then `load(_:bytes:sink:)` on
    /// the decoded file says what is wrong and where. Skipping the text saves decoding a file
    /// of tens of megabytes that only diagnostics need.
    public func loadIfWellFormed(_ bytes: [UInt8]) -> CompiledPack? {
        guard SourceDecoder.leavesUnchanged(bytes), let pack = try? CompiledPackReader.read(bytes), pack.format == CompiledPack.currentFormat else { return nil }
        let sink = DiagnosticSink()
        validate(pack, bytes: bytes, at: { _ in .file("") }, sink: sink)
        return sink.hasErrors ? nil : pack
    }

    private func loadSlowly(_ file: SourceFile, bytes: [UInt8], sink: DiagnosticSink) -> CompiledPack? {
        if let error = JSONScanner.validate(bytes) {
            sink.report(.compiledPackSyntax(error.message), at: file.location(at: error.offset))
            return nil
        }
        struct Header: Decodable { let format: String? }
        let header = try? JSONDecoder().decode(Header.self, from: Data(bytes))
        guard let format = header?.format else {
            sink.report(.compiledPackNoFormat, at: file.location(at: 0))
            return nil
        }
        guard format == CompiledPack.currentFormat else {
            let offset = JSONScanner.offset(of: [.key("format")], in: bytes) ?? 0
            sink.report(.compiledPackFormat(format), at: file.location(at: offset), length: format.count + 2)
            return nil
        }
        let pack: CompiledPack
        do {
            pack = try JSONDecoder().decode(CompiledPack.self, from: Data(bytes))
        } catch let error as DecodingError {
            let (path, detail) = Self.describe(error)
            let offset = JSONScanner.offset(of: path, in: bytes) ?? 0
            sink.report(.compiledPackInvalid(path: Self.render(path), detail: detail), at: file.location(at: offset))
            return nil
        } catch {
            sink.report(.compiledPackInvalid(path: "", detail: String(describing: error)), at: file.location(at: 0))
            return nil
        }
        let before = sink.errorCount
        validate(pack, bytes: bytes, file: file, sink: sink)
        return sink.errorCount == before ? pack : nil
    }

    // MARK: Validation

    private func validate(_ pack: CompiledPack, bytes: [UInt8], file: SourceFile, sink: DiagnosticSink) {
        validate(pack, bytes: bytes, at: { file.location(at: JSONScanner.offset(of: $0, in: bytes) ?? 0) }, sink: sink)
    }

    /// `at` finds a JSON path's place in the file; it is asked only for a problem found.
    private func validate(
        _ pack: CompiledPack, bytes: [UInt8], at: ([JSONScanner.PathComponent]) -> SourceLocation, sink: DiagnosticSink
    ) {
        guard pack.questions.count <= Self.maximumQuestions, pack.articles.count <= Self.maximumArticles else {
            sink.report(.compiledPackTooLarge(questions: pack.questions.count, articles: pack.articles.count), at: at([]))
            return
        }
        guard !pack.questions.isEmpty else {
            sink.report(.compiledPackNoQuestions, at: at([.key("questions")]))
            return
        }
        var passages: [String: [String: String]] = [:]
        for article in pack.articles {
            var byID: [String: String] = [:]
            for passage in article.passages { byID[passage.id] = passage.text }
            passages[article.id] = byID
        }
        var seen: Set<String> = []
        var reported = 0
        for (index, question) in pack.questions.enumerated() where reported < 20 {
            let path: [JSONScanner.PathComponent] = [.key("questions"), .index(index)]
            let before = sink.errorCount
            if question.id.isEmpty || !seen.insert(question.id).inserted {
                sink.report(.compiledPackDuplicateQuestion(question.id), at: at(path + [.key("id")]))
            }
            if question.prompt.allSatisfy(\.isWhitespace) {
                sink.report(.compiledPackEmptyPrompt(question.id), at: at(path + [.key("prompt")]))
            }
            for (n, citation) in question.citations.enumerated() {
                guard let text = passages[citation.article]?[citation.passage] else {
                    sink.report(.compiledPackDanglingCitation(question.id, article: citation.article, passage: citation.passage),
                                at: at(path + [.key("citations"), .index(n)]))
                    continue
                }
                // Byte for byte: the compiler records the passage's own words.
                if citation.quote.isEmpty || !text.containsBytes(of: citation.quote) {
                    sink.report(.compiledPackQuoteMismatch(question.id, passage: citation.passage),
                                at: at(path + [.key("citations"), .index(n), .key("quote")]))
                }
            }
            if let article = question.article, passages[article] == nil {
                sink.report(.compiledPackDanglingCitation(question.id, article: article, passage: nil), at: at(path + [.key("article")]))
            }
            validateAnswer(question, at: at(path + [.key("answer")]), sink: sink)
            if sink.errorCount > before { reported += 1 }
        }
    }

    /// `location` is computed only for a question that has a problem: finding a JSON path's
    /// offset and counting its column costs a scan of the file, which for every question of a
    /// 10,000-question pack made loading quadratic.
    private func validateAnswer(_ question: Question, at location: @autoclosure () -> SourceLocation, sink: DiagnosticSink) {
        let letters = Set(question.choices.map(\.id))
        switch (question.kind, question.answer) {
        case (.trueFalse, .trueFalse), (.factCheck, .verdict):
            return
        case let (.multipleChoice, .choices(answer)), let (.spotTheInconsistency, .choices(answer)):
            guard question.choices.count >= 2, question.choices.count <= Self.maximumChoices,
                  letters.count == question.choices.count else {
                sink.report(.compiledPackBadChoices(question.id), at: location())
                return
            }
            if answer.isEmpty || !answer.isSubset(of: letters) || (question.kind == .multipleChoice && answer.count != 1) {
                sink.report(.compiledPackBadAnswer(question.id), at: location())
            }
        default:
            sink.report(.compiledPackBadAnswer(question.id), at: location())
        }
    }

    // MARK: Decoding errors

    static func describe(_ error: DecodingError) -> ([JSONScanner.PathComponent], String) {
        func path(_ keys: [any CodingKey]) -> [JSONScanner.PathComponent] {
            keys.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
        }
        switch error {
        case let .typeMismatch(type, context):
            return (path(context.codingPath), "expected \(describe(type))")
        case let .valueNotFound(type, context):
            return (path(context.codingPath), "expected \(describe(type)), found null")
        case let .keyNotFound(key, context):
            return (path(context.codingPath), "missing '\(key.stringValue)'")
        case let .dataCorrupted(context):
            return (path(context.codingPath), context.debugDescription)
        @unknown default:
            return ([], "malformed pack")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Bool.Type: "true or false"
        case is Int.Type, is UInt64.Type, is Double.Type: "a number"
        default: String(describing: type).contains("Array") ? "a list" : "an object"
        }
    }

    static func render(_ path: [JSONScanner.PathComponent]) -> String {
        var text = ""
        for component in path {
            switch component {
            case let .key(key): text += text.isEmpty ? key : ".\(key)"
            case let .index(index): text += "[\(index)]"
            }
        }
        return text
    }
}

extension DiagnosticMessage {
    static func compiledPackSyntax(_ detail: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.json-syntax", severity: .error, text: "not a valid compiled pack: \(detail)")
    }

    static let compiledPackNoFormat = DiagnosticMessage(
        id: "packs.no-format", severity: .error,
        text: "not a compiled pack: no 'format' field (compile a pack folder with 'factquiz compile')"
    )

    static func compiledPackFormat(_ format: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.unknown-format", severity: .error,
            text: "unsupported pack format '\(format)': this factquiz reads '\(CompiledPack.currentFormat)'; a newer pack needs a newer factquiz"
        )
    }

    static func compiledPackInvalid(path: String, detail: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.invalid", severity: .error,
            text: path.isEmpty ? "malformed compiled pack: \(detail)" : "malformed compiled pack at '\(path)': \(detail)"
        )
    }

    static func compiledPackTooLarge(questions: Int, articles: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.too-large", severity: .error,
            text: "pack holds \(questions) questions and \(articles) articles; the limits are \(CompiledPackLoader.maximumQuestions) and \(CompiledPackLoader.maximumArticles)"
        )
    }

    static let compiledPackNoQuestions = DiagnosticMessage(id: "packs.no-questions", severity: .error, text: "pack has no questions")

    static func compiledPackDuplicateQuestion(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.duplicate-question", severity: .error, text: "question id '\(id)' is empty or used twice")
    }

    static func compiledPackEmptyPrompt(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.empty-prompt", severity: .error, text: "question '\(id)' has an empty prompt")
    }

    static func compiledPackDanglingCitation(_ id: String, article: String, passage: String?) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.dangling-citation", severity: .error,
            text: "question '\(id)' refers to \(passage.map { "passage '\($0)' of " } ?? "")article '\(article)', which the pack does not hold"
        )
    }

    static func compiledPackQuoteMismatch(_ id: String, passage: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.quote-mismatch", severity: .error,
            text: "question '\(id)' quotes words that are not in passage '\(passage)'"
        )
    }

    static func compiledPackBadChoices(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.bad-choices", severity: .error, text: "question '\(id)' has missing, duplicate or too many choices")
    }

    static func compiledPackBadAnswer(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.bad-answer", severity: .error, text: "question '\(id)' has an answer that does not fit its kind or choices")
    }
}
