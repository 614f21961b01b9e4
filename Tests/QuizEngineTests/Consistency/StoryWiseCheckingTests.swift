import Foundation
@testable import QuizEngine
import Testing

/// The checker and the pack compiler index and check one story at a time, and the compiler
/// reads each story's claims only while it checks that story. These tests hold that to what
/// one index of everything gives, on articles that make several stories: the evaluation corpus,
/// the held-out stories and the seed articles together.
@Suite("story-by-story checking")
struct StoryWiseCheckingTests {
    struct Material {
        let files: [(path: String, text: String)]
        let articles: [Article]
        let claims: [[Claim]]
    }

    static let consistency = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func load() throws -> Material {
        let seeds = consistency.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds")
        var files: [(String, String)] = []
        for folder in [consistency.appendingPathComponent("Corpus"), consistency.appendingPathComponent("HeldOut"), seeds] {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }.sorted()
            for name in names {
                files.append(("articles/\(name)", try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)))
            }
        }
        let sink = DiagnosticSink()
        let articles = try files.map { try #require(ArticleReader().read(SourceFile(path: $0.0, text: $0.1), sink: sink)) }
        let extractor = ClaimExtractor()
        return Material(files: files, articles: articles, claims: articles.map { extractor.claims(in: $0) })
    }

    @Test("the articles make several stories, and no finding crosses from one to another")
    func storiesAreSeparate() throws {
        let material = try Self.load()
        let plan = StoryPlan(articles: material.articles)
        #expect(plan.stories.count >= 4)
        #expect(plan.stories.joined().sorted() == Array(material.articles.indices))

        let story = Dictionary(uniqueKeysWithValues: plan.articles.indices.map { (plan.articles[$0].id, plan.readings[$0].story) })
        let findings = ConsistencyChecker().check(articles: material.articles, claims: material.claims.flatMap { $0 })
        #expect(findings.count >= 40)
        for finding in findings {
            #expect(Set(finding.citations.map { story[$0.article] }).count == 1, "\(finding.summary)")
        }
    }

    @Test("batches are whole stories, every article in exactly one, in input order")
    func batchesOfStories() throws {
        let plan = StoryPlan(articles: try Self.load().articles)
        let story = plan.readings.map(\.story)
        for size in [1, 3, 5, 100] {
            let batches = plan.batches(articles: size)
            #expect(batches.joined().sorted() == Array(plan.articles.indices))
            for batch in batches {
                #expect(batch == batch.sorted())
                for member in batch {
                    #expect(plan.stories[story[member]].allSatisfy(batch.contains), "story split across batches")
                }
            }
            #expect(batches.dropLast().allSatisfy { $0.count >= size })
        }
        #expect(plan.batches(articles: 1).count == plan.stories.count)
        #expect(plan.batches(articles: 100).count == 1)
    }

    @Test("checking story by story gives the findings of one index of everything, in the same order")
    func sameFindingsAsOneIndex() throws {
        let material = try Self.load()
        let claims = material.claims.flatMap { $0 }
        let oneIndex = ConsistencyChecker().check(CheckContext(articles: material.articles, claims: claims))
        var checker = ConsistencyChecker()
        checker.articlesPerIndex = 1
        let storyWise = checker.check(articles: material.articles, claims: claims)
        checker.articlesPerIndex = 4
        let batched = checker.check(articles: material.articles, claims: claims)
        #expect(!oneIndex.isEmpty)
        #expect(storyWise == oneIndex)
        #expect(batched == oneIndex)
    }

    @Test("claims asked for story by story give the same findings, each article's asked for once")
    func claimsOnDemand() throws {
        let material = try Self.load()
        let extractor = ClaimExtractor()
        var asked: [String] = []
        var checker = ConsistencyChecker()
        checker.articlesPerIndex = 1
        let onDemand = checker.check(articles: material.articles, minConfidence: 0.5) { article in
            asked.append(article.id)
            return extractor.claims(in: article)
        }
        let given = ConsistencyChecker().check(articles: material.articles, claims: material.claims.flatMap { $0 }, minConfidence: 0.5)
        #expect(onDemand == given)
        #expect(asked.sorted() == material.articles.map(\.id).sorted())
    }

    @Test("a compiled pack has the findings and questions the generators make from every claim at once")
    func compileMatchesWholePackGeneration() throws {
        let material = try Self.load()
        let manifestText = """
            id: stories
            title: Several stories
            generate:
              seed: 11
              true-false: 12
              fact-check: 9
              spot-the-inconsistency: all
              min-confidence: 0.5
            articles:
            \(material.files.map { "  - \($0.path)" }.joined(separator: "\n"))
            """
        let sink = DiagnosticSink()
        let manifest = try #require(PackManifestParser().parse(SourceFile(path: "pack.yaml", text: manifestText), sink: sink))
        let files = manifest.articles.map { entry in
            PackCompiler.ArticleFile(
                entry: entry, displayPath: entry.value,
                contents: .success(Array(material.files.first { $0.path == entry.value }!.text.utf8))
            )
        }
        var compiler = PackCompiler()
        compiler.articlesPerIndex = 1
        let output = compiler.compile(manifest, articleFiles: files, sink: sink)
        let pack = try #require(output.pack, "\(sink.diagnostics.map(\.message))")

        let claims = material.claims.flatMap { $0 }
        let findings = ConsistencyChecker().check(CheckContext(articles: material.articles, claims: claims), minConfidence: 0.5)
        #expect(output.findings == findings)

        var trueFalseRandom = SplitMix64(seed: 11, purpose: "true-false")
        let trueFalse = TrueFalseGenerator(articles: material.articles, claims: material.claims).questions(count: 12, random: &trueFalseRandom)
        var factCheckRandom = SplitMix64(seed: 11, purpose: "fact-check")
        let factCheck = FactCheckGenerator(articles: material.articles, claims: material.claims).questions(count: 9, random: &factCheckRandom)
        let spot = InconsistencyQuestionGenerator(articles: material.articles, claims: claims).questions(from: findings, seed: 11)
        #expect(trueFalse.count == 12)
        #expect(factCheck.count == 9)
        #expect(spot.count >= 20)
        #expect(pack.questions == trueFalse + factCheck + spot)
    }
}
