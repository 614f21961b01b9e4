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
    }
}
