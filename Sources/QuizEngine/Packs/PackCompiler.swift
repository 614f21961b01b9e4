import Foundation

/// Compiles a pack: articles in, cited questions out.
///
/// The caller (the app) reads `pack.yaml` and the article files it lists and hands their bytes
/// in; the compiler reads the articles, extracts claims, runs the inconsistency checker,
/// generates questions, adds the authored ones, applies the edits, and checks the result. It
/// reports every problem it can find in one pass and returns nil when any is an error.
public struct PackCompiler: Sendable {
    /// An article file listed in `pack.yaml`: its entry, and its bytes or why it could not be read.
    public struct ArticleFile: Sendable {
        public let entry: PackManifest.Located<String>
        /// The path diagnostics name (the pack folder joined with the entry).
        public let displayPath: String
        public let contents: Result<[UInt8], ReadFailure>

        public init(entry: PackManifest.Located<String>, displayPath: String, contents: Result<[UInt8], ReadFailure>) {
            self.entry = entry
            self.displayPath = displayPath
            self.contents = contents
        }
    }

    public struct ReadFailure: Error, Sendable {
        public let reason: String
        public let outsidePack: Bool

        public init(reason: String, outsidePack: Bool = false) {
            self.reason = reason
            self.outsidePack = outsidePack
        }
    }

    /// What a compile produced besides the pack: the read articles (for rendering diagnostics
    /// and `--verbose` output) and the checker's findings.
    public struct Output: Sendable {
        public let pack: CompiledPack?
        public let articles: [Article]
        public let findings: [Finding]
    }

    /// How many articles (whole stories) the checker indexes at once; see `StoryPlan.batches`.
    var articlesPerIndex = StoryPlan.articlesPerBatch

    public init() {}

    public func compile(_ manifest: PackManifest, articleFiles: [ArticleFile], unlistedFiles: [String] = [], sink: DiagnosticSink) -> Output {
        let articles = readArticles(articleFiles, sink: sink)
        if manifest.articles.isEmpty {
            sink.report(.noArticles, at: manifest.id.location)
        }
        for path in unlistedFiles {
            sink.report(.unlistedArticle(path), at: .file(manifest.file.path))
        }

        let extractor = ClaimExtractor()
        let generation = QuestionGeneration.generate(
            articles: articles, claims: extractor.claims(in:), settings: manifest.generation, articlesPerIndex: articlesPerIndex,
            sink: sink, location: manifest.id.location
        )
        let findings = generation.findings

        let builder = AuthoredQuestionBuilder(articles: articles, sink: sink)
        let authored = manifest.questions.compactMap(builder.build)

        let generated = applyEdits(manifest, to: generation.questions, sink: sink)
        reportContradictions(generated: generated, authored: authored, manifest: manifest, sink: sink)

        // Most packs have no authored questions: then the generated list is the list, not a copy.
        let questions = authored.isEmpty ? generated : authored + generated
        checkIDs(questions, manifest: manifest, sink: sink)
        // One pass over the questions: asking each question about each article was quadratic.
        var used = Set<String>(minimumCapacity: articles.count)
        for question in questions { question.addArticlesUsed(to: &used) }
        // The first entry for each path, looked up by key: a scan of the list per unused article
        // grew with articles times warnings.
        let entries = Dictionary(articleFiles.map { ($0.displayPath, $0.entry) }, uniquingKeysWith: { first, _ in first })
        for article in articles where !used.contains(article.id) {
            let entry = entries[article.source.path]
            sink.report(.unusedArticle(article.id), at: entry?.location ?? .file(article.source.path), length: entry?.length ?? 1)
        }
        if questions.isEmpty, !sink.hasErrors {
            sink.report(.noQuestions, at: manifest.id.location)
        }
        guard !sink.hasErrors else { return Output(pack: nil, articles: articles, findings: findings) }

        let compiledArticles = articles.map(CompiledArticle.init)
        let pack = CompiledPack(
            id: manifest.id.value, title: manifest.title, description: manifest.description,
            author: manifest.author, license: manifest.license, audience: manifest.audience,
            version: manifest.version, fingerprint: Self.fingerprint(articles: compiledArticles, questions: questions),
            seed: manifest.generation.seed, articles: compiledArticles, questions: questions
        )
        return Output(pack: pack, articles: articles, findings: findings)
    }

    /// A hash of everything a player sees: results from packs with another fingerprint are not
    /// comparable.
    ///
    /// The hash is of the compact, key-sorted JSON of the article list followed by the question
    /// list, handed to the hash a chunk at a time as the writer makes it: encoding each list
    /// whole held the JSON of a 10,000-article pack twice over in memory.
    public static func fingerprint(articles: [CompiledArticle], questions: [Question]) -> String {
        // A compact array is what the writer writes for a list at the top level.
        var hash = StableHash.Running()
        CompiledPackWriter.withWriter(pretty: false, escapesSlashes: true, emit: { hash.add($0) }) { writer in
            writer.array(articles) { $0.write($1) }
            writer.array(questions) { $0.write($1) }
        }
        let hex = String(hash.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: Steps

    private func readArticles(_ files: [ArticleFile], sink: DiagnosticSink) -> [Article] {
        var articles: [Article] = []
        var seen: [String: PackManifest.Located<String>] = [:]
        let reader = ArticleReader()
        for file in files {
            switch file.contents {
            case let .failure(failure):
                let message: DiagnosticMessage = failure.outsidePack
                    ? .articlePathOutsidePack(file.entry.value)
                    : .articleUnreadable(file.entry.value, reason: failure.reason)
                sink.report(message, at: file.entry.location, length: file.entry.length)
            case let .success(bytes):
                guard let article = reader.read(path: file.displayPath, bytes: bytes, sink: sink) else { continue }
                if let first = seen[article.id] {
                    sink.report(.duplicateArticle(article.id), at: file.entry.location, length: file.entry.length,
                                notes: [.init("first listed here", at: first.location, length: first.length)])
                    continue
                }
                seen[article.id] = file.entry
                articles.append(article)
            }
        }
        return articles
    }

    private func applyEdits(_ manifest: PackManifest, to questions: [Question], sink: DiagnosticSink) -> [Question] {
        // Without edits the questions stay as they are (rather than copied one by one).
        guard !manifest.drops.isEmpty || !manifest.overrides.isEmpty else { return questions }
        let ids = Set(questions.map(\.id))
        for drop in manifest.drops where !ids.contains(drop.value) {
            sink.report(.editUnknownQuestion(drop.value), at: drop.location, length: drop.length,
                        fixIts: Self.idSuggestion(drop, ids))
        }
        for (id, override) in manifest.overrides.sorted(by: { $0.key < $1.key }) where !ids.contains(id) {
            sink.report(.editUnknownQuestion(id), at: override.location, length: override.length,
                        fixIts: Self.idSuggestion(.init(id, at: override.location, length: override.length), ids))
        }
        let dropped = Set(manifest.drops.map(\.value))
        return questions.compactMap { question in
            guard !dropped.contains(question.id) else { return nil }
            guard let override = manifest.overrides[question.id]?.value else { return question }
            return question.with(explanation: override.explanation, difficulty: override.difficulty)
        }
    }

    private func reportContradictions(generated: [Question], authored: [Question], manifest: PackManifest, sink: DiagnosticSink) {
        // Without authored questions there is nothing to contradict (and reading every generated
        // statement was 2% of compiling 10,000 articles).
        guard !authored.isEmpty else { return }
        let byStatement = Dictionary(authored.map { (Self.statementKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        for question in generated {
            guard let other = byStatement[Self.statementKey(question)], other.answer != question.answer else { continue }
            let location = manifest.questions.first { $0.id.value == other.id }?.id.location ?? manifest.id.location
            sink.report(.generatedContradictsAuthored(generated: question.id, authored: other.id), at: location)
        }
    }

    private func checkIDs(_ questions: [Question], manifest: PackManifest, sink: DiagnosticSink) {
        var seen = Set<String>(minimumCapacity: questions.count)
        for question in questions where !seen.insert(question.id).inserted {
            let location = manifest.questions.last { $0.id.value == question.id }?.id.location ?? manifest.id.location
            sink.report(.duplicateQuestionID(question.id), at: location, length: question.id.count)
        }
    }

    /// Two questions ask the same thing when they are of the same kind about the same article
    /// and their statements read the same apart from case, spacing and punctuation.
    private static func statementKey(_ question: Question) -> String {
        let words = CitationResolver.words(question.prompt).joined(separator: " ")
        return "\(question.kind.rawValue)|\(question.article ?? "")|\(words)"
    }

    private static func idSuggestion(_ id: PackManifest.Located<String>, _ ids: Set<String>) -> [Diagnostic.FixIt] {
        guard let best = Suggestions.closest(to: id.value, in: ids.sorted()) else { return [] }
        return [.init("did you mean '\(best)'?", at: id.location, length: id.length, replacement: best)]
    }
}

extension Question {
    /// Adds every article the question names, cites or shows a passage of, without building a
    /// list of them first (three small arrays per question were 0.2% of a compile).
    func addArticlesUsed(to used: inout Set<String>) {
        if let article { used.insert(article) }
        for citation in citations { used.insert(citation.article) }
        for choice in choices {
            if let article = choice.citation?.article { used.insert(article) }
        }
    }
}
