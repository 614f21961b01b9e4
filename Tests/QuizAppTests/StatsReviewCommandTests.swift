import Foundation
@testable import QuizApp
import QuizEngine
import Testing

@Suite("factquiz stats and review")
struct StatsReviewCommandTests {
    /// A data folder whose progress store holds `answers` (question id, right?, days ago, confidence).
    func dataHome(_ answers: [(String, Bool, Int, Double?)], player: String = "ana", pack: CompiledPack = FixturePack.pack, keepPack: Bool = true) throws -> URL {
        let home = try TemporaryDirectory.make()
        let store = try ProgressStore.open(directory: home.path + "/factquiz").get().store
        let now = Date()
        var sessions: [Int: SessionRecord] = [:]
        for (index, entry) in answers.enumerated() {
            let (id, correct, daysAgo, confidence) = entry
            let at = now.addingTimeInterval(Double(-daysAgo * 86_400 + index))
            let session = sessions[daysAgo] ?? ProgressStoreTests.session("s\(daysAgo)-\(player)", player: player, pack: pack, at: at)
            if sessions[daysAgo] == nil {
                try store.startSession(session, packs: keepPack ? [pack] : [], packSource: nil)
                sessions[daysAgo] = session
            }
            try store.record(ProgressStoreTests.answer(session, index + 1, correct: correct, question: id, confidence: confidence, at: at), session: session)
        }
        return home
    }

    @Test("stats shows totals, skills and packs with bars and sparklines")
    func statsText() throws {
        let home = try dataHome([
            ("tf-call-length", true, 3, 0.9), ("tf-weekday", false, 3, 0.95), ("fc-duration", true, 1, nil), ("mc-date", true, 0, 0.6),
        ])
        let out = try FactQuizProcess.run(["stats"], environment: ["XDG_DATA_HOME": home.path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("4 answers in 3 sessions on 3 days"))
        #expect(out.stdout.contains("accuracy 75% "))
        #expect(out.stdout.contains("Per skill"))
        #expect(out.stdout.contains("Dates and timelines"))
        #expect(out.stdout.contains("Fixture: the phone call"))
        #expect(out.stdout.contains("█"))
        #expect(out.stdout.contains("trend per day, oldest to now: █·▁█") || out.stdout.contains("trend per day, oldest to now: ▅·██"))
        #expect(out.stdout.contains("Calibration"))
    }

    @Test("stats as JSON, per player")
    func statsJSON() throws {
        let home = try dataHome([("tf-call-length", true, 0, nil), ("tf-weekday", false, 0, 0.9)])
        let out = try FactQuizProcess.run(["stats", "--format", "json", "--player", "ana"], environment: ["XDG_DATA_HOME": home.path])
        #expect(out.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        #expect(json["answers"] as? Int == 2)
        #expect(json["accuracy"] as? Double == 0.5)
        let skills = json["skills"] as! [[String: Any]]
        #expect(skills.map { $0["id"] as! String } == ["numbers", "dates-and-timelines"])
        let calibration = json["calibration"] as! [String: Any]
        #expect(calibration["answers"] as? Int == 1)
        let nobody = try FactQuizProcess.run(["stats", "--format", "json", "--player", "zed"], environment: ["XDG_DATA_HOME": home.path])
        #expect((try JSONSerialization.jsonObject(with: Data(nobody.stdout.utf8)) as! [String: Any])["answers"] as? Int == 0)
    }

    @Test("stats with no data says so and creates nothing")
    func statsEmpty() throws {
        let home = try TemporaryDirectory.make()
        let out = try FactQuizProcess.run(["stats"], environment: ["XDG_DATA_HOME": home.path])
        #expect(out.status == 0)
        #expect(out.stdout.contains("No answers recorded yet"))
        #expect(!FileManager.default.fileExists(atPath: home.path + "/factquiz/progress.sqlite"))
    }

    @Test("a corrupt progress database is moved aside with a message, and kept")
    func corruptDatabase() throws {
        let home = try TemporaryDirectory.make()
        try FileManager.default.createDirectory(atPath: home.path + "/factquiz", withIntermediateDirectories: true)
        let garbage = Data(repeating: 0x42, count: 3000)
        try garbage.write(to: URL(fileURLWithPath: home.path + "/factquiz/progress.sqlite"))
        let out = try FactQuizProcess.run(["stats"], environment: ["XDG_DATA_HOME": home.path])
        #expect(out.status == 0)
        #expect(out.stderr.contains("factquiz: warning: the progress database \(home.path)/factquiz/progress.sqlite cannot be read (not a database); it was moved to \(home.path)/factquiz/progress.sqlite.corrupt-"))
        let moved = try FileManager.default.contentsOfDirectory(atPath: home.path + "/factquiz").filter { $0.hasPrefix("progress.sqlite.corrupt-") }
        #expect(moved.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: home.path + "/factquiz/" + moved[0])) == garbage)
    }

    @Test("review --list puts due questions first, with their box, and finds them in the stored pack")
    func reviewList() throws {
        let home = try dataHome([
            ("tf-call-length", false, 2, nil), ("tf-call-length", true, 2, nil),
            ("tf-weekday", false, 0, nil), ("mc-date", true, 0, 0.6), ("fc-duration", true, 0, 0.95),
        ])
        let out = try FactQuizProcess.run(["review", "--list"], environment: ["XDG_DATA_HOME": home.path])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.components(separatedBy: "\n")
        #expect(lines[0] == "Review queue: 2 due today, 1 later")
        #expect(lines[2].hasPrefix("  overdue 1d     2  fixture-pack / tf-call-length"))
        #expect(lines[4].hasPrefix("  today          1  fixture-pack / tf-weekday"))
        #expect(lines[5].contains("The deadline: it expired on a Friday {as reported}."))
        #expect(lines[6].hasPrefix("  tomorrow       1  fixture-pack / mc-date"))
        #expect(!out.stdout.contains("fc-duration"))
    }

    @Test("review names a pack it cannot find, and finds it when given")
    func reviewMissingPack() throws {
        let home = try dataHome([("tf-weekday", false, 0, nil)], keepPack: false)
        let out = try FactQuizProcess.run(["review", "--list"], environment: ["XDG_DATA_HOME": home.path])
        #expect(out.stderr.contains("questions from pack 'fixture-pack' are due but the pack was not found"))
        #expect(out.stdout.contains("(pack not found)"))
        let pack = try FixturePack.write()
        let found = try FactQuizProcess.run(["review", "--list", pack.path], environment: ["XDG_DATA_HOME": home.path])
        #expect(!found.stderr.contains("not found"))
        #expect(found.stdout.contains("The deadline: it expired on a Friday"))
    }

    @Test("review with nothing recorded says what to do")
    func reviewEmpty() throws {
        let out = try FactQuizProcess.run(["review", "--list"], environment: ["XDG_DATA_HOME": try TemporaryDirectory.make().path])
        #expect(out.status == 0)
        #expect(out.stdout.contains("Nothing to review yet"))
    }
}
