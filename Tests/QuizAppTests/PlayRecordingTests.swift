#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GRDB
import QuizEngine
import Testing

/// The game and the classroom storage together, on the real binary: exam results, answers that
/// survive `kill -9`, two sessions at once, a damaged or unwritable data folder, and review.
@Suite("play: progress and results")
struct PlayRecordingTests {
    /// Answers in the progress database under `home`.
    static func answerCount(_ home: URL) throws -> Int {
        let path = home.path + "/factquiz/progress.sqlite"
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        return try DatabaseQueue(path: path, configuration: configuration).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM answers") ?? 0
        }
    }

    /// Runs `script` under bash (for `ulimit`), capturing what it prints.
    static func shell(_ script: String, arguments: [String], stdin: String, environment: [String: String]) throws -> FactQuizProcess.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script] + arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let files = try TemporaryDirectory.make()
        let outURL = files.appendingPathComponent("out"), errURL = files.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return FactQuizProcess.Output(
            status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8), stderr: try String(contentsOf: errURL, encoding: .utf8)
        )
    }

    @Test("an exam writes a JSON and a CSV results file per student, and the report pools them")
    func examResults() throws {
        let pack = try FixturePack.write()
        let results = try TemporaryDirectory.make().appendingPathComponent("results")
        let home = try TemporaryDirectory.make()
        for player in ["alice", "bob"] {
            let out = try FactQuizProcess.run(
                ["play", pack.path, "--mode", "exam", "--player", player, "--seed", "11", "--count", "4", "--kinds", "true-false", "--results", results.path],
                stdin: player == "alice" ? "t\nt 90\nf\nt\n" : "f\nf\nf\nf\n", environment: ["XDG_DATA_HOME": home.path]
            )
            #expect(out.status == 0, "\(out.stderr)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: results.path).sorted()
        #expect(files.count == 4)
        #expect(files.filter { $0.hasSuffix(".json") }.count == 2)
        #expect(files.allSatisfy { $0.hasPrefix("alice_fixture-pack_") || $0.hasPrefix("bob_fixture-pack_") })
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let exams = try files.filter { $0.hasSuffix(".json") }.map {
            try decoder.decode(ExamResult.self, from: Data(contentsOf: results.appendingPathComponent($0)))
        }
        #expect(exams[0].questionIDs == exams[1].questionIDs)
        #expect(exams.allSatisfy { $0.finished && $0.answers.count == 4 && $0.seed == 11 && $0.mode == .exam })
        #expect(exams[0].packFingerprint == FixturePack.pack.fingerprint)
        #expect(exams[0].answers[1].confidence == 0.9)
        #expect(exams[0].answers.allSatisfy { $0.prompt != nil && $0.citations != nil })
        let csv = try String(contentsOf: results.appendingPathComponent(files.first { $0.hasSuffix(".csv") }!), encoding: .utf8)
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 6)
        let report = try FactQuizProcess.run(["report", results.path])
        #expect(report.status == 0)
        #expect(report.stdout.contains("alice"))
        #expect(report.stdout.contains("bob"))
        #expect(try Self.answerCount(home) == 8)
    }

    @Test("answers given before a kill -9 are in the progress database")
    func killNine() throws {
        let pack = try FixturePack.write()
        let home = try TemporaryDirectory.make()
        let process = Process()
        process.executableURL = FactQuizProcess.binary
        process.arguments = ["play", pack.path, "--seed", "5", "--count", "6", "--kinds", "true-false"]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = home.path
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for expected in 1...2 {
            input.fileHandleForWriting.write(Data("t\n".utf8))
            // Wait (boundedly) until the answer is committed; the game writes it before feedback.
            var count = 0
            for _ in 0..<200 where count < expected {
                usleep(50_000)
                count = (try? Self.answerCount(home)) ?? 0
            }
            #expect(count == expected)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try Self.answerCount(home) == 2)
        // The store opens cleanly afterwards and keeps counting.
        let after = try FactQuizProcess.run(["stats", "--format", "json"], environment: ["XDG_DATA_HOME": home.path])
        #expect(after.stderr.isEmpty)
        #expect((try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])?["answers"] as? Int == 2)
    }

    @Test("two sessions at once on one progress database lose nothing")
    func concurrentSessions() throws {
        let pack = try FixturePack.write()
        let home = try TemporaryDirectory.make()
        let group = DispatchGroup()
        nonisolated(unsafe) var statuses: [Int32] = []
        let lock = NSLock()
        for player in ["ana", "ben"] {
            group.enter()
            DispatchQueue.global().async {
                let out = try? FactQuizProcess.run(
                    ["play", pack.path, "--player", player, "--kinds", "true-false", "--count", "6", "--seed", "9"],
                    stdin: String(repeating: "t\n", count: 6), environment: ["XDG_DATA_HOME": home.path]
                )
                lock.lock(); statuses.append(out?.status ?? -1); lock.unlock()
                group.leave()
            }
        }
        group.wait()
        #expect(statuses == [0, 0])
        #expect(try Self.answerCount(home) == 12)
    }

    @Test("a session waits while another process is creating the progress database")
    func openingWaitsForTheLock() throws {
        // Two sessions starting at once on a new database both created its tables, and the
        // second played without saving. Opening now holds a lock on the data folder; here the
        // test holds it, and the session must not touch the folder until it is let go.
        let pack = try FixturePack.write()
        let home = try TemporaryDirectory.make()
        let folder = home.appendingPathComponent("factquiz")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
        #expect(descriptor >= 0)
        #expect(flock(descriptor, LOCK_EX) == 0)

        let process = Process()
        process.executableURL = FactQuizProcess.binary
        process.arguments = ["play", pack.path, "--kinds", "true-false", "--count", "1", "--seed", "3"]
        process.environment = ["XDG_DATA_HOME": home.path, "NO_COLOR": "1"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("t\n".utf8))
        try input.fileHandleForWriting.close()
        Thread.sleep(forTimeInterval: 1.5)
        #expect(process.isRunning, "the session went ahead while the folder was locked")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("progress.sqlite").path))

        flock(descriptor, LOCK_UN)
        close(descriptor)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try Self.answerCount(home) == 1)
    }

    @Test("a data folder that cannot be written gives a message and the game still runs")
    func unwritableDataFolder() throws {
        let pack = try FixturePack.write()
        let blocked = try TemporaryDirectory.with(["data": "a file, not a folder"]).appendingPathComponent("data")
        let out = try FactQuizProcess.run(
            ["play", pack.path, "--kinds", "true-false", "--count", "2", "--seed", "1"],
            stdin: "t\nf\n", environment: ["XDG_DATA_HOME": blocked.path]
        )
        #expect(out.status == 0)
        #expect(out.stderr.contains("progress will not be saved this session: cannot create the data folder \(blocked.path)/factquiz"))
        #expect(out.stdout.contains("Session over") || out.stdout.contains("Score"))
    }

    @Test("a disk that fills up mid-session: the game says so once and plays on")
    func fullDisk() throws {
        let pack = try FixturePack.write()
        let home = try TemporaryDirectory.make()
        let first = try FactQuizProcess.run(["play", pack.path, "--kinds", "true-false", "--count", "1", "--seed", "1"], stdin: "t\n", environment: ["XDG_DATA_HOME": home.path])
        #expect(first.status == 0)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: home.path + "/factquiz/progress.sqlite")[.size] as? Int)
        // A file size limit just above the database: the next answers cannot be written, as on
        // a full disk. SIGXFSZ is ignored so the write fails instead of killing the game.
        let limit = (size + 8_192) / 1_024
        let out = try Self.shell(
            "trap '' XFSZ; ulimit -f \(limit); exec \"$0\" play \"$1\" --kinds true-false --count 6 --seed 2",
            arguments: [FactQuizProcess.binary.path, pack.path], stdin: String(repeating: "t\n", count: 6),
            environment: ["XDG_DATA_HOME": home.path]
        )
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.components(separatedBy: "progress cannot be saved").count == 2, "\(out.stderr)")
        #expect(out.stderr.contains("playing on without saving"))
        #expect(out.stdout.contains("Session over"))
    }

    @Test("a corrupt progress database is moved aside with a message before the game plays on")
    func corruptDatabaseDuringPlay() throws {
        let pack = try FixturePack.write()
        let home = try TemporaryDirectory.make()
        try FileManager.default.createDirectory(atPath: home.path + "/factquiz", withIntermediateDirectories: true)
        try Data(repeating: 0x17, count: 2048).write(to: URL(fileURLWithPath: home.path + "/factquiz/progress.sqlite"))
        let out = try FactQuizProcess.run(
            ["play", pack.path, "--kinds", "true-false", "--count", "2", "--seed", "1"],
            stdin: "t\nf\n", environment: ["XDG_DATA_HOME": home.path]
        )
        #expect(out.status == 0)
        #expect(out.stderr.contains("cannot be read (not a database); it was moved to \(home.path)/factquiz/progress.sqlite.corrupt-"))
        #expect(try Self.answerCount(home) == 2)
    }

    @Test("review asks the missed questions again and a right answer moves them up a box")
    func reviewSession() throws {
        let pack = try FixturePack.write()
        let home = try TemporaryDirectory.make()
        let env = ["XDG_DATA_HOME": home.path]
        // A skipped question counts as missed.
        let played = try FactQuizProcess.run(
            ["play", pack.path, "--player", "ana", "--kinds", "true-false", "--count", "1", "--seed", "3", "--skills", "numbers", "--difficulty", "easy"],
            stdin: ":skip\n", environment: env
        )
        #expect(played.status == 0)
        let before = try FactQuizProcess.run(["review", "--list"], environment: env)
        #expect(before.stdout.contains("1 due today"))
        let missed = try #require(before.stdout.components(separatedBy: "\n").first { $0.contains("fixture-pack / ") })
        let id = try #require(missed.components(separatedBy: "fixture-pack / ").last?.split(separator: " ").first.map(String.init))
        let truth = FixturePack.pack.questions.first { $0.id == id }?.answer == .trueFalse(true) ? "t" : "f"
        let review = try FactQuizProcess.run(["review"], stdin: "\(truth)\n", environment: env)
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.contains("Right") || review.stdout.contains("✓"))
        let after = try FactQuizProcess.run(["review", "--list"], environment: env)
        #expect(after.stdout.contains("0 due today, 1 later"))
        #expect(after.stdout.contains("tomorrow       2  fixture-pack / \(id)"))
    }
}
