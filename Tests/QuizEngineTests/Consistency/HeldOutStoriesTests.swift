import Foundation
import QuizEngine
import Testing

/// Stories written after the checker was finished, by someone who did not tune it, in wording
/// the evaluation corpus does not use. They guard against rules that only fit the corpus:
/// the flood-plan pair is made only of look-alikes (the same percentage about different things,
/// a figure that rose with both years stated, a correct weekday, a correct age, compatible
/// durations, a quote and a shorter excerpt of it, a list that matches its count); the storm
/// story plants five errors and one paraphrase that is not drift (two briefings).
@Suite("checker on held-out stories")
struct HeldOutStoriesTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("HeldOut")

    static func findings(_ names: [String]) throws -> [Finding] {
        let sink = DiagnosticSink()
        let articles = try names.map { name in
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            return try #require(ArticleReader().read(SourceFile(path: name, text: text), sink: sink))
        }
        let claims = articles.flatMap { ClaimExtractor().claims(in: $0) }
        return ConsistencyChecker().check(articles: articles, claims: claims, minConfidence: 0.5)
    }

    @Test("look-alikes within and across two reports of one council vote are not flagged")
    func lookAlikes() throws {
        let findings = try Self.findings(["valley-times.md", "riverside-post.md"])
        #expect(findings.map(\.summary) == [])
    }

    @Test("a storm report's planted errors are found, each citing the passage that decides it")
    func planted() throws {
        let findings = try Self.findings(["coastal-news.md"])
        let kinds = Set(findings.map(\.kind))
        #expect(kinds == [.weekdayMismatch, .numericConflict, .ageArithmetic, .spanArithmetic, .totalMismatch])
        #expect(!kinds.contains(.quoteDrift), "two briefings in different words are not one quote reworded")
        let weekday = try #require(findings.first { $0.kind == .weekdayMismatch })
        #expect(weekday.summary.contains("October 8, 2024 was a Tuesday"))
        #expect(weekday.citations.map(\.quote) == ["Monday, October 8"])
        let total = try #require(findings.first { $0.kind == .totalMismatch })
        #expect(total.citations.first?.passage == "p7.s1")
    }
}
