import Foundation
import QuizEngine
import Testing

@Suite("factquiz report")
struct ReportCommandTests {
    static let ids = ["tf-call-length", "tf-weekday", "fc-duration", "mc-date"]

    /// Writes one results file per (player, pattern): "1" right, "0" wrong, "-" skipped.
    func results(_ students: [(String, String)], fingerprint: String = FixturePack.pack.fingerprint, in dir: URL? = nil) throws -> URL {
        let dir = try dir ?? TemporaryDirectory.make()
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let start = Date(timeIntervalSince1970: 1_764_000_000)
        for (player, pattern) in students {
            let answers = pattern.enumerated().map { index, mark in
                ExamResult.Answer(
                    position: index + 1, questionID: Self.ids[index], kind: .trueFalse, skills: [.numbers], difficulty: .easy,
                    given: mark == "-" ? "" : (mark == "1" ? "true" : "false"), correct: mark == "1", skipped: mark == "-",
                    points: mark == "1" ? 10 : 0, hintsUsed: 0, confidence: 0.9, secondsTaken: 5,
                    answeredAt: start.addingTimeInterval(Double(index * 5))
                )
            }
            let result = ExamResult(
                sessionID: "s-\(player)", packID: FixturePack.pack.id, packTitle: FixturePack.pack.title,
                packFingerprint: fingerprint, seed: 11, player: player, mode: .exam, startedAt: start, updatedAt: start,
                finished: true, questionIDs: Self.ids, answers: answers
            )
            try encoder.encode(result).write(to: dir.appendingPathComponent("\(player).json"))
            try result.csv.write(to: dir.appendingPathComponent("\(player).csv"), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test("a class folder gives scores, item analysis, most missed with sources, and calibration")
    func text() throws {
        let dir = try results([("alice", "1110"), ("bob", "1000"), ("carol", "1100"), ("dan", "0-01")])
        let fixture = try FixturePack.write()
        let out = try FactQuizProcess.run(["report", dir.path, "--pack", fixture.path])
        #expect(out.status == 0, "\(out.stderr)")
        let text = out.stdout
        #expect(text.contains("Class report: Fixture: the phone call"))
        #expect(text.contains("4 students · 4 questions · mean score 44%"))
        let lines = text.components(separatedBy: "\n")
        let alice = try #require(lines.firstIndex { $0.hasPrefix("  alice") })
        let bob = try #require(lines.firstIndex { $0.hasPrefix("  bob") })
        #expect(alice < bob)
        #expect(lines[alice].contains(" 75% "))
        #expect(text.contains("Most missed"))
        #expect(text.contains("1. fc-duration: missed by 3 of 4"))
        #expect(text.contains("source: “Leaders spoke by phone”, paragraph 1: “less than 15 minutes”"))
        #expect(text.contains("Calibration of the class"))
        #expect(text.contains("overconfident"))
    }

    @Test("Markdown and CSV formats", arguments: ["markdown", "csv"])
    func formats(format: String) throws {
        let dir = try results([("alice", "1110"), ("bob", "1000"), ("carol", "1100")])
        let out = try FactQuizProcess.run(["report", dir.path + "/alice.json", dir.path + "/bob.json", dir.path + "/carol.json", "--format", format])
        #expect(out.status == 0)
        if format == "csv" {
            let lines = out.stdout.components(separatedBy: "\r\n")
            #expect(lines[0] == "student,file,questions,answered,correct,points,score,overconfidence,finished,tf-call-length,tf-weekday,fc-duration,mc-date")
            #expect(lines[1].hasPrefix("alice,"))
            #expect(lines[1].hasSuffix(",1,1,1,0"))
            #expect(lines[4].hasPrefix("(facility),,,,,,,,,1,0.667,0.333,0"))
        } else {
            #expect(out.stdout.contains("| student | score | right | points | time | calibration | finished |"))
            #expect(out.stdout.contains("| alice | 75% | 3/4 | 30 |"))
        }
    }

    @Test("`report results/*` skips the CSV twins of the JSON files")
    func globWithCSV() throws {
        let dir = try results([("alice", "1110"), ("bob", "1000")])
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { dir.path + "/" + $0 }
        #expect(files.count == 4)
        let out = try FactQuizProcess.run(["report"] + files)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("2 students"))
    }

    @Test("results from another pack version are refused, naming the files")
    func mixedFingerprints() throws {
        let dir = try results([("alice", "1110"), ("bob", "1000")])
        _ = try results([("zoe", "1111")], fingerprint: "fp-fixture-2", in: dir)
        let out = try FactQuizProcess.run(["report", dir.path])
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.contains("different versions of pack 'fixture-pack'"))
        #expect(out.stderr.contains("fixture-pack (fingerprint fp-fixture-1): \(dir.path)/alice.json, \(dir.path)/bob.json"))
        #expect(out.stderr.contains("fixture-pack (fingerprint fp-fixture-2): \(dir.path)/zoe.json"))
    }

    @Test("malformed results files are errors naming the file and, for bad JSON, the line", arguments: [
        ("{\n  \"format\": \"factquiz-results/1\",\n  oops\n}", "broken.json:3:3: error: not valid JSON: unexpected 'o': expected a quoted key"),
        ("{\"format\": \"factquiz-results/1\", \"answers\": [1, 2", "broken.json:1:50: error: not valid JSON: the document ends inside an array"),
        ("{\"format\": \"factquiz-results/1\", \"player\": 3}", "broken.json:1:1: error: "),
        ("{\"format\": \"factquiz-results/9\"}", "results format 'factquiz-results/9' is not one this factquiz reads"),
        ("[1, 2, 3]", "broken.json:1:1: error: "),
        ("{\"format\": \"factquiz-pack/1\"}", "not a factquiz results file"),
    ])
    func malformed(content: String, expected: String) throws {
        let dir = try results([("alice", "1110")])
        try content.write(to: dir.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let out = try FactQuizProcess.run(["report", dir.path])
        #expect(out.status == 1)
        #expect(out.stderr.contains(expected), "\(out.stderr)")
        #expect(out.stdout.isEmpty)
    }
}
