import Foundation
import Testing
@testable import QuizEngine

/// Thousands of damaged inputs through each reader of untrusted input. A crash (a trap, an
/// out-of-bounds index) ends the test process, so passing means none of them crashed; each
/// reader must also either give a result or report at least one error.
@Suite("Readers survive damaged input")
struct MutationTests {
    /// Per reader: enough to find the damage that matters (this suite found a trap on a line
    /// starting with a lowercase letter in its first run) while keeping `make test` quick in a
    /// debug build. The libFuzzer targets (docs/fuzzing.md) go much further.
    static let iterations = 600

    @Test("articles: reading and claim extraction")
    func articles() throws {
        let seeds = [
            try Repository.bytes("content/seed/articles/cibercuba.md"),
            Array(try Repository.bytes("content/seed/articles/secret-call.md").prefix(3_000)),
            try Repository.bytes("seeds/001_4dba223d2a29a9c4.txt"),
        ]
        var mutator = Mutator(random: SplitMix64(seed: 2025))
        for i in 0..<Self.iterations {
            let input = mutator.mutate(seeds[i % seeds.count])
            let sink = DiagnosticSink()
            if let article = ArticleReader().read(path: "m.md", bytes: input, sink: sink) {
                let claims = ClaimExtractor().claims(in: article)
                for claim in claims {
                    let passage = try #require(article.passage(id: claim.passage))
                    #expect(passage.text.utf8.count >= claim.range.upperBound)
                }
            } else {
                #expect(sink.hasErrors)
            }
        }
    }

    @Test("pack.yaml")
    func manifests() throws {
        // The header and the first questions: every construct of the format, in a short input.
        let full = try Repository.bytes("content/seed/pack.yaml")
        let seed = Array(full.prefix(4_000))
        var mutator = Mutator(random: SplitMix64(seed: 7))
        for _ in 0..<Self.iterations / 2 {
            let input = mutator.mutate(seed)
            guard case let .success(file) = SourceDecoder.decode(path: "pack.yaml", bytes: input) else { continue }
            let sink = DiagnosticSink()
            if PackManifestParser().parse(file, sink: sink) == nil { #expect(sink.hasErrors) }
        }
    }

    @Test("compiled packs")
    func compiledPacks() throws {
        let seed = Array(try Repository.bytes("Tests/QuizEngineTests/Reliability/Regressions/small-pack.json"))
        var mutator = Mutator(random: SplitMix64(seed: 11))
        for _ in 0..<Self.iterations {
            let input = mutator.mutate(seed)
            guard case let .success(file) = SourceDecoder.decode(path: "pack.json", bytes: input) else { continue }
            let sink = DiagnosticSink()
            if CompiledPackLoader().load(file, sink: sink) == nil { #expect(sink.hasErrors) }
        }
    }

    @Test("two damaged articles through the inconsistency checker and the question generators")
    func checker() throws {
        let seeds = [
            try Repository.bytes("content/seed/articles/cibercuba.md"),
            try Repository.bytes("content/seed/articles/secret-call.md"),
        ]
        var mutator = Mutator(random: SplitMix64(seed: 31))
        for _ in 0..<Self.iterations / 10 {
            let sink = DiagnosticSink()
            let articles = seeds.enumerated().compactMap { index, seed in
                ArticleReader().read(path: "m\(index).md", bytes: mutator.mutate(seed), sink: sink)
            }
            let claims = articles.map { ClaimExtractor().claims(in: $0) }
            let findings = ConsistencyChecker().check(articles: articles, claims: claims.flatMap { $0 })
            for finding in findings {
                for citation in finding.citations {
                    let article = try #require(articles.first { $0.id == citation.article })
                    let passage = try #require(article.passage(id: citation.passage))
                    #expect(passage.text.contains(citation.quote))
                }
            }
            _ = InconsistencyQuestionGenerator(articles: articles, claims: claims).questions(from: findings, seed: 1)
        }
    }

    @Test("GIFT files: every construct, damaged")
    func giftFiles() throws {
        let seed = Array(#"""
        // A comment
        $CATEGORY: media literacy
        ::Weekday::November 29, 2025 was a Friday. {FALSE#It was a Saturday.}
        ::Figure::[markdown]The article gives poverty as {=80% ~96% ~76%#Read paragraph 1.}
        ::Spot::Which cannot both be true? {~%50%a ~%50%b ~%-100%c}
        ::Escapes::A colon \: an equals \= a brace \{ \} in text {T}
        Who called? {=Trump =Donald Trump}
        ::Num::How many? {#3:1}
        ::Match::Pair them {=a -> 1 =b -> 2}
        """#.utf8)
        var mutator = Mutator(random: SplitMix64(seed: 41))
        for _ in 0..<Self.iterations {
            let input = mutator.mutate(seed)
            guard case let .success(file) = SourceDecoder.decode(path: "quiz.gift", bytes: input) else { continue }
            let sink = DiagnosticSink()
            let pack = GIFTImporter().importPack(file, id: "quiz", title: nil, sink: sink)
            _ = PackYAMLWriter().write(pack)
        }
    }

    @Test("answers: random lines for every kind of question")
    func answers() throws {
        let pack = try CompiledPackLoader().load(
            SourceFile(path: "small-pack.json", text: String(decoding: Repository.bytes("Tests/QuizEngineTests/Reliability/Regressions/small-pack.json"), as: UTF8.self)),
            sink: DiagnosticSink()
        )
        let questions = try #require(pack).questions
        var mutator = Mutator(random: SplitMix64(seed: 43))
        let seeds = ["t 90", "f!", "s?", "not stated 55%", "b, d", "(a) and c", "yes", "0.7", "c 100"].map { Array($0.utf8) }
        for i in 0..<Self.iterations * 2 {
            let bytes = mutator.mutate(seeds[i % seeds.count])
            let line = String(decoding: bytes, as: UTF8.self)
            for question in questions {
                // Every line is either an answer with a usable confidence or a problem to hint at.
                if case let .success(answer) = AnswerParser.parse(line, for: question), let confidence = answer.confidence {
                    #expect(!confidence.probability.isNaN)
                }
            }
        }
    }

    @Test("inputs that once crashed a reader are read safely", arguments: try FileManager.default
        .contentsOfDirectory(atPath: Repository.root.appendingPathComponent("Tests/QuizEngineTests/Reliability/Regressions").path)
        .filter { $0.hasPrefix("crash-") }.sorted())
    func regressions(name: String) throws {
        let bytes = try Repository.bytes("Tests/QuizEngineTests/Reliability/Regressions/\(name)")
        let sink = DiagnosticSink()
        if let article = ArticleReader().read(path: name, bytes: bytes, sink: sink) { _ = ClaimExtractor().claims(in: article) }
        if case let .success(file) = SourceDecoder.decode(path: name, bytes: bytes) {
            _ = PackManifestParser().parse(file, sink: sink)
            _ = CompiledPackLoader().load(file, sink: sink)
        }
        // The checker's fuzz target reads its input as two articles, split at the middle.
        let middle = bytes.count / 2
        let articles = [bytes[..<middle], bytes[middle...]].enumerated().compactMap { index, half in
            ArticleReader().read(path: "\(name)-\(index)", bytes: Array(half), sink: sink)
        }
        let claims = articles.map { ClaimExtractor().claims(in: $0) }
        let findings = ConsistencyChecker().check(articles: articles, claims: claims.flatMap { $0 })
        _ = InconsistencyQuestionGenerator(articles: articles, claims: claims).questions(from: findings, seed: 1)
    }
}
