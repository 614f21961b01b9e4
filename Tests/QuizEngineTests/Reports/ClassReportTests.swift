import Foundation
import QuizEngine
import Testing

@Suite("Class report")
struct ClassReportTests {
    func report(_ results: [ExamResult], pack: CompiledPack? = nil) throws -> ClassReport {
        try ClassReport.make(results.map { ("\($0.player).json", $0) }, pack: pack).get()
    }

    @Test("students are ranked by points, with their right answers and accuracy")
    func students() throws {
        let report = try report([
            ResultsFixtures.result(player: "bob", pattern: "1000"),
            ResultsFixtures.result(player: "alice", pattern: "1110"),
            ResultsFixtures.result(player: "carol", pattern: "11-0"),
        ])
        #expect(report.students.map(\.player) == ["alice", "carol", "bob"])
        #expect(report.students.map(\.correct) == [3, 2, 1])
        #expect(report.students[0].accuracy == 0.75)
        #expect(report.students[1].skipped == 1)
        #expect(report.meanScore == 0.5)
        #expect(report.students[1].score == 0.5)
    }

    @Test("facility is the share of students right on each question")
    func facility() throws {
        let report = try report([
            ResultsFixtures.result(player: "a", pattern: "1110"),
            ResultsFixtures.result(player: "b", pattern: "1100"),
            ResultsFixtures.result(player: "c", pattern: "1000"),
            ResultsFixtures.result(player: "d", pattern: "0001"),
        ])
        #expect(report.items.map(\.questionID) == ["q1", "q2", "q3", "q4"])
        #expect(report.items.map(\.facility) == [0.75, 0.5, 0.25, 0.25])
    }

    @Test("discrimination is the correlation with the rest score, computed by hand")
    func discrimination() throws {
        let report = try report([
            ResultsFixtures.result(player: "a", pattern: "1110"),
            ResultsFixtures.result(player: "b", pattern: "1100"),
            ResultsFixtures.result(player: "c", pattern: "1000"),
            ResultsFixtures.result(player: "d", pattern: "0001"),
        ])
        // q2: item scores 1,1,0,0; rest shares (q1,q3,q4) 2/3, 1/3, 1/3, 1/3.
        // Mean item 0.5, mean rest 5/12; cov = sum((x-.5)(y-5/12)) = .5*(1/4) + .5*(-1/12) - .5*(-1/12)*... computed:
        // deviations x: +.5 +.5 -.5 -.5; y: +1/4 -1/12 -1/12 -1/12 -> sum xy = .125 - .041667 + .041667 + .041667 = .166667
        // sum x² = 1; sum y² = 1/16 + 3/144 = .083333 -> r = .166667 / sqrt(.083333) = 0.57735
        let q2 = try #require(report.items.first { $0.questionID == "q2" }?.discrimination)
        #expect(abs(q2 - 0.57735) < 0.0001)
        // q4 is answered right only by the weakest student: negative discrimination.
        let q4 = try #require(report.items.first { $0.questionID == "q4" }?.discrimination)
        #expect(q4 < 0)
        #expect(ItemAnalysis.rating(q4) == "negative: check the key")
    }

    @Test("discrimination is not reported for fewer than three students or an item everyone got right")
    func discriminationUndefined() throws {
        let two = try report([
            ResultsFixtures.result(player: "a", pattern: "1100"),
            ResultsFixtures.result(player: "b", pattern: "0100"),
        ])
        #expect(two.items.allSatisfy { $0.discrimination == nil })
        let allRight = try report([
            ResultsFixtures.result(player: "a", pattern: "1100"),
            ResultsFixtures.result(player: "b", pattern: "1000"),
            ResultsFixtures.result(player: "c", pattern: "1110"),
        ])
        #expect(allRight.items[0].discrimination == nil)
        #expect(allRight.items[1].discrimination != nil)
    }

    @Test("the most-missed questions come first, with wrong answers counted")
    func mostMissed() throws {
        let report = try report([
            ResultsFixtures.result(player: "a", pattern: "1000"),
            ResultsFixtures.result(player: "b", pattern: "1-01"),
            ResultsFixtures.result(player: "c", pattern: "1001"),
        ])
        #expect(report.mostMissed.map(\.questionID) == ["q2", "q3", "q4"])
        #expect(report.mostMissed[0].missed == 3)
        #expect(report.mostMissed[0].wrongAnswers.map(\.given) == ["false", ""])
        #expect(!report.mostMissed.contains { $0.questionID == "q1" })
    }

    @Test("citations for missed questions come from the pack when the results lack them")
    func citationsFromPack() throws {
        let pack = FixturePack.pack
        let ids = ["tf-call-length", "tf-weekday", "fc-duration", "mc-date"]
        let results = ["1000", "0100", "1001"].enumerated().map { index, pattern in
            ResultsFixtures.result(player: "p\(index)", pattern: pattern, questionIDs: ids, packID: pack.id, fingerprint: pack.fingerprint)
        }
        let report = try report(results, pack: pack)
        let weekday = try #require(report.items.first { $0.questionID == "tf-weekday" })
        #expect(weekday.prompt == "The deadline: it expired on a Friday {as reported}.")
        #expect(weekday.citations.map(\.reference) == ["“Leaders spoke by phone”, paragraph 3: “expired on Friday, November 29”"])
    }

    @Test("results from different packs or pack versions are refused, naming the files")
    func differentPacks() {
        let result = ClassReport.make([
            ("a.json", ResultsFixtures.result(player: "a", pattern: "1", fingerprint: "fp1")),
            ("b.json", ResultsFixtures.result(player: "b", pattern: "1", fingerprint: "fp2")),
            ("c.json", ResultsFixtures.result(player: "c", pattern: "1", fingerprint: "fp1")),
        ])
        guard case let .failure(failure) = result else {
            Issue.record("expected a refusal")
            return
        }
        let text = failure.description
        #expect(text.contains("different versions of pack 'pack'"))
        #expect(text.contains("pack (fingerprint fp1): a.json, c.json"))
        #expect(text.contains("pack (fingerprint fp2): b.json"))
        let otherPack = ClassReport.make([
            ("a.json", ResultsFixtures.result(player: "a", pattern: "1")),
            ("z.json", ResultsFixtures.result(player: "z", pattern: "1", packID: "other")),
        ])
        #expect(throws: ClassReport.Failure.self) { try otherPack.get() }
    }

    @Test("a file given twice counts once, and an unfinished exam is noted")
    func notes() throws {
        let alice = ResultsFixtures.result(player: "alice", pattern: "11..", finished: false)
        let report = try ClassReport.make([("x/alice.json", alice), ("y/alice.json", alice)]).get()
        #expect(report.students.count == 1)
        #expect(report.notes.contains("y/alice.json repeats the session in x/alice.json; counted once"))
        #expect(report.notes.contains("x/alice.json: alice did not finish (2 of 4 answered)"))
    }

    @Test("class calibration pools every stated confidence")
    func calibration() throws {
        let report = try report([
            ResultsFixtures.result(player: "a", pattern: "1100", confidence: 0.9),
            ResultsFixtures.result(player: "b", pattern: "1000", confidence: 0.9),
        ])
        #expect(report.calibration.count == 8)
        #expect(report.calibration.accuracy == 0.375)
        #expect(abs((report.calibration.overconfidence ?? 0) - 0.525) < 1e-9)
        #expect(report.calibration.verdict == "overconfident")
    }
}
