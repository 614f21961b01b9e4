import Foundation
import QuizEngine
import Testing

@Suite("factquiz check")
struct CheckCommandTests {
    static let weekdayArticle = """
    ---
    title: Deadline passes
    outlet: The Harbor Times
    published: 2025-12-02
    ---
    The telephone conversation between the two leaders, held on November 21, lasted less than 15 minutes.

    Washington offered a safe conduct to leave the country within a 72-hour timeframe.

    That deadline expired on Friday, November 29, without a response.
    """

    @Test("JSON has the findings document shape, and findings are not errors",
          .disabled(if: ClaimExtractor.recognizers.isEmpty, "no claim recognizers are registered yet"))
    func json() throws {
        let dir = try TemporaryDirectory.with(["deadline.md": Self.weekdayArticle])
        let out = try FactQuizProcess.run(["check", "--format", "json", dir.appendingPathComponent("deadline.md").path])
        #expect(out.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let weekday = try #require(findings.first { $0["kind"] as? String == "weekday-mismatch" })
        #expect(Set(weekday.keys) == ["kind", "confidence", "summary", "explanation", "citations"])
        #expect((weekday["confidence"] as? Double).map { (0...1).contains($0) } == true)
        #expect(weekday["summary"] as? String == "November 29, 2025 was a Saturday, not a Friday.")
        let citations = try #require(weekday["citations"] as? [[String: String]])
        #expect(citations.count == 1)
        #expect(citations[0]["article"] == "deadline")
        #expect(citations[0]["passage"] == "p3.s1")
        #expect(citations[0]["text"] == "That deadline expired on Friday, November 29, without a response.")
        #expect(citations[0]["quote"].map { citations[0]["text"]!.contains($0) } == true)
        #expect(findings.contains { $0["kind"] as? String == "span-arithmetic" })
    }

    @Test("text reads like notes: kind, reason, cited passages with the deciding words in brackets",
          .disabled(if: ClaimExtractor.recognizers.isEmpty, "no claim recognizers are registered yet"))
    func text() throws {
        let dir = try TemporaryDirectory.with(["deadline.md": Self.weekdayArticle])
        let out = try FactQuizProcess.run(["check", dir.appendingPathComponent("deadline.md").path], environment: ["COLUMNS": "200"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("weekday-mismatch"))
        #expect(out.stdout.contains("November 29, 2025 was a Saturday, not a Friday."))
        #expect(out.stdout.contains("▸ deadline p3.s1"))
        #expect(out.stdout.contains("That deadline expired on [Friday, November 29], without a response."))
        #expect(!out.stdout.contains("\u{1B}["))  // not a terminal: no escape codes
    }

    @Test("a higher minimum confidence only removes findings")
    func minConfidence() throws {
        let dir = try TemporaryDirectory.with(["deadline.md": Self.weekdayArticle])
        let path = dir.appendingPathComponent("deadline.md").path
        let all = try FactQuizProcess.run(["check", "--format", "json", "--min-confidence", "0", path])
        let none = try FactQuizProcess.run(["check", "--format", "json", "--min-confidence", "1", path])
        #expect(all.status == 0)
        #expect(none.status == 0)
        #expect(none.stdout == "{\"findings\":[]}\n")
        let count = (try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: [Any]])?["findings"]?.count ?? -1
        #expect(count >= 0)
    }

    @Test("article text is escaped before it reaches the terminal")
    func escapes() throws {
        let hostile = Self.weekdayArticle.replacingOccurrences(of: "without a response", with: "without \u{1B}[31ma response")
        let dir = try TemporaryDirectory.with(["deadline.md": hostile])
        let out = try FactQuizProcess.run(["check", "--min-confidence", "0", dir.appendingPathComponent("deadline.md").path])
        #expect(out.status == 0)
        #expect(!out.stdout.contains("\u{1B}"))
    }

    @Test("bad input exits non-zero with a diagnostic and prints no report")
    func badInput() throws {
        let out = try FactQuizProcess.run(["check", "/no/such/article.md"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("no such file or folder"))
        #expect(out.stdout.isEmpty)
    }

    @Test("an out-of-range minimum confidence is a usage error")
    func badConfidence() throws {
        let dir = try TemporaryDirectory.with(["a.md": Self.weekdayArticle])
        let out = try FactQuizProcess.run(["check", "--min-confidence", "1.5", dir.appendingPathComponent("a.md").path])
        #expect(out.status != 0)
        #expect(out.stderr.contains("--min-confidence takes a number from 0 to 1"))
    }

    @Test("articles with nothing to report say so")
    func nothingFound() throws {
        let dir = try TemporaryDirectory.with(["calm.md": "---\ntitle: Calm\n---\nNothing happened today.\n"])
        let out = try FactQuizProcess.run(["check", dir.appendingPathComponent("calm.md").path])
        #expect(out.status == 0)
        #expect(out.stdout == "No inconsistencies found in 1 article.\n")
    }
}
