import Foundation
import QuizEngine
import Testing

@Suite("Exam results")
struct ExamResultTests {
    @Test("results built from session records carry the pack's prompts and citations")
    func fromRecords() throws {
        let pack = FixturePack.pack
        let session = SessionRecord(
            id: "s1", packID: pack.id, packTitle: pack.title, packFingerprint: pack.fingerprint, player: "alice",
            mode: .exam, seed: 11, startedAt: ResultsFixtures.start, questionIDs: ["fc-duration", "spot-length"]
        )
        let answer = AnswerRecord(
            sessionID: "s1", packID: pack.id, questionID: "spot-length", position: 1, kind: .spotTheInconsistency,
            skills: [.crossSource], difficulty: .hard, given: "a c", correct: true, skipped: false, confidence: 0.95,
            points: 30, hintsUsed: 0, answeredAt: ResultsFixtures.start.addingTimeInterval(12), secondsTaken: 12
        )
        let result = ExamResult(session: session, answers: [answer], finished: false, packs: [pack], now: ResultsFixtures.start)
        #expect(result.totals.questions == 2)
        #expect(result.totals.answered == 1)
        #expect(result.totals.points == 30)
        #expect(result.answers[0].prompt == "Which passages cannot all be true?")
        // Spot-the-inconsistency questions cite through their choices.
        #expect(result.answers[0].citations?.map(\.passage) == ["p1.s1", "p1.s2", "p1.s1"])
        #expect(result.answers[0].citations?.first?.source == "Daily Planet")
    }

    @Test("the CSV has a row per answer and a total row, with spreadsheet-safe cells")
    func csv() {
        var result = ResultsFixtures.result(player: "=HYPERLINK(\"x\")", pattern: "10-", questionIDs: ["q1", "q2", "q3"], confidence: 0.8)
        result = ExamResult(
            sessionID: result.sessionID, packID: "p", packTitle: "Title, with comma", packFingerprint: "fp",
            seed: 3, player: result.player, mode: .exam, startedAt: result.startedAt, updatedAt: result.updatedAt,
            finished: true, questionIDs: result.questionIDs, answers: result.answers
        )
        let lines = result.csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("row,player,pack_id,pack_title"))
        #expect(lines[1].hasPrefix("answer,\"'=HYPERLINK(\"\"x\"\")\",p,\"Title, with comma\",fp,3,"))
        #expect(lines[1].contains(",1,q1,true-false,numbers,medium,true,1,0,20,0,0.8,10,2025-11-24T16:00:00Z"))
        #expect(lines[3].contains(",3,q3,true-false,numbers,medium,,0,1,0,"))
        #expect(lines[4].hasPrefix("total,"))
        #expect(lines[4].hasSuffix(",1,1,20,0,0.8,30,2025-11-24T16:00:00Z"))
    }

    @Test("CSV cells", arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("line\nbreak", "\"line\nbreak\""),
        ("=1+2", "'=1+2"), ("-5", "-5"), ("+x", "'+x"), ("@sum", "'@sum"), ("-", "'-"),
    ])
    func cells(input: String, expected: String) {
        #expect(CSVTable.cell(input) == expected)
    }

    @Test("results survive a JSON round trip")
    func codable() throws {
        let result = ResultsFixtures.result(player: "alice", pattern: "10-.", confidence: 0.6)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let decoded = try decoder.decode(ExamResult.self, from: encoder.encode(result))
        #expect(decoded == result)
    }
}
