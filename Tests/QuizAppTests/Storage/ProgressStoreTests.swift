import Foundation
import GRDB
@testable import QuizApp
import QuizEngine
import Testing

@Suite("Progress store")
struct ProgressStoreTests {
    static func session(_ id: String, player: String = "ana", pack: CompiledPack = FixturePack.pack, mode: SessionRecord.Mode = .practice, at date: Date = Date()) -> SessionRecord {
        SessionRecord(
            id: id, packID: pack.id, packTitle: pack.title, packFingerprint: pack.fingerprint, player: player,
            mode: mode, seed: 5, startedAt: date, questionIDs: pack.questions.map(\.id)
        )
    }

    static func answer(_ session: SessionRecord, _ position: Int, correct: Bool, question: String? = nil, confidence: Double? = nil, at date: Date = Date()) -> AnswerRecord {
        let q = FixturePack.pack.questions[(position - 1) % FixturePack.pack.questions.count]
        return AnswerRecord(
            sessionID: session.id, packID: session.packID, questionID: question ?? q.id, position: position, kind: q.kind,
            skills: q.skills, difficulty: q.difficulty, given: correct ? "right" : "wrong", correct: correct, skipped: false,
            confidence: confidence, points: correct ? 10 : 0, hintsUsed: 0, answeredAt: date, secondsTaken: 3
        )
    }

    @Test("answers are committed one by one into a table named for answers, and read back in order")
    func roundTrip() throws {
        let dir = try TemporaryDirectory.make().path
        let store = try ProgressStore.open(directory: dir).get().store
        let session = Self.session("s1")
        try store.startSession(session, packs: [FixturePack.pack], packSource: "/packs/fixture.json")
        for position in 1...3 { try store.record(Self.answer(session, position, correct: position != 2), session: session) }
        // A second connection sees every answer: each was committed on its own.
        let other = try ProgressStore.open(directory: dir).get().store
        let answers = try other.answers()
        #expect(answers.map(\.record.position) == [1, 2, 3])
        #expect(answers.map(\.record.correct) == [true, false, true])
        #expect(answers[0].packFingerprint == FixturePack.pack.fingerprint)
        #expect(answers[0].player == "ana")
        let packs = try other.packs()
        #expect(packs.map(\.packID) == ["fixture-pack"])
        #expect(packs[0].source == "/packs/fixture.json")
        let stored = try JSONDecoder().decode(CompiledPack.self, from: try #require(packs[0].compiledJSON))
        #expect(stored == FixturePack.pack)
        let tables = try DatabaseQueue(path: dir + "/progress.sqlite").read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(tables.contains("answers"))
        #expect(tables.contains("sessions"))
        let mode = try DatabaseQueue(path: dir + "/progress.sqlite").read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test("an answer whose session start was never written still lands, with its session")
    func answerWithoutStart() throws {
        let store = try ProgressStore.open(directory: TemporaryDirectory.make().path).get().store
        let session = Self.session("late")
        try store.record(Self.answer(session, 1, correct: true), session: session)
        #expect(try store.answers().count == 1)
        #expect(try store.sessionCount() == 1)
    }

    @Test("a session over two packs stores each answer with its own pack's fingerprint")
    func multiPack() throws {
        let store = try ProgressStore.open(directory: TemporaryDirectory.make().path).get().store
        let session = SessionRecord(
            id: "m", packID: "fixture-pack+other", packTitle: "A + B", packFingerprint: "fp-fixture-1+fp-other",
            player: "ana", mode: .practice, seed: 1, startedAt: Date(), questionIDs: []
        )
        try store.startSession(session, packs: [FixturePack.pack], packSource: nil)
        let answer = AnswerRecord(
            sessionID: "m", packID: "other", questionID: "x", position: 1, kind: .trueFalse, skills: [], difficulty: .easy,
            given: "true", correct: true, skipped: false, confidence: nil, points: 10, hintsUsed: 0, answeredAt: Date(), secondsTaken: 1
        )
        try store.record(answer, session: session)
        #expect(try store.answers().first?.packFingerprint == "fp-other")
        #expect(Set(try store.packs().map(\.fingerprint)) == ["fp-fixture-1", "fp-other"])
    }

    @Test("two stores writing at once on one database lose nothing")
    func concurrentWriters() throws {
        let dir = try TemporaryDirectory.make().path
        let stores = try (0..<2).map { _ in try ProgressStore.open(directory: dir).get().store }
        let sessions = (0..<2).map { Self.session("c\($0)") }
        nonisolated(unsafe) var failures: [String] = []
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            for position in 1...150 {
                do {
                    try stores[index].record(Self.answer(sessions[index], position, correct: true), session: sessions[index])
                } catch {
                    lock.lock(); failures.append("\(error)"); lock.unlock()
                }
            }
        }
        #expect(failures.isEmpty)
        #expect(try stores[0].answers().count == 300)
    }

    @Test("a file that is not a database is moved aside, kept byte for byte, and a new one started")
    func corrupt() throws {
        let dir = try TemporaryDirectory.make().path
        let garbage = Data("this is not SQLite, but someone's notes\n".utf8) + Data(repeating: 0xAB, count: 5000)
        try garbage.write(to: URL(fileURLWithPath: dir + "/progress.sqlite"))
        let opened = try ProgressStore.open(directory: dir, now: Date(timeIntervalSince1970: 1_764_000_000)).get()
        #expect(opened.notices.count == 1)
        let notice = try #require(opened.notices.first)
        #expect(notice.contains("cannot be read (not a database)"))
        #expect(notice.contains("moved to \(dir)/progress.sqlite.corrupt-20251124T160000Z"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/progress.sqlite.corrupt-20251124T160000Z")) == garbage)
        let session = Self.session("after")
        try opened.store.record(Self.answer(session, 1, correct: true), session: session)
        #expect(try opened.store.answers().count == 1)
    }

    @Test("a database with damaged pages is moved aside")
    func damagedPages() throws {
        let dir = try TemporaryDirectory.make().path
        do {
            let store = try ProgressStore.open(directory: dir).get().store
            let session = Self.session("d")
            for position in 1...200 { try store.record(Self.answer(session, position, correct: true), session: session) }
        }
        // Checkpoint the WAL into the main file, then scribble over a page in the middle.
        try DatabaseQueue(path: dir + "/progress.sqlite").writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let url = URL(fileURLWithPath: dir + "/progress.sqlite")
        var bytes = try Data(contentsOf: url)
        #expect(bytes.count > 4096 * 4)
        bytes.replaceSubrange(4096 * 2 ..< 4096 * 3, with: Data(repeating: 0x5A, count: 4096))
        try bytes.write(to: url)
        let opened = try ProgressStore.open(directory: dir).get()
        #expect(opened.notices.first?.contains("cannot be read") == true)
        #expect(try opened.store.answers().isEmpty)
    }

    @Test("a database written by a newer factquiz is moved aside, not migrated or overwritten")
    func newerSchema() throws {
        let dir = try TemporaryDirectory.make().path
        _ = try ProgressStore.open(directory: dir).get()
        try DatabaseQueue(path: dir + "/progress.sqlite").write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')")
        }
        let opened = try ProgressStore.open(directory: dir).get()
        #expect(opened.notices.first?.contains("was written by a newer version of factquiz") == true)
        let moved = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("progress.sqlite.newer-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
        #expect(moved.count == 1)
        let identifiers = try DatabaseQueue(path: dir + "/" + moved[0]).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(identifiers.contains("v9: from the future"))
    }

    @Test("a data folder that cannot be created is a clear failure, not a crash")
    func unwritable() throws {
        let dir = try TemporaryDirectory.with(["blocker": "a file where the folder should be"])
        let result = ProgressStore.open(directory: dir.path + "/blocker/factquiz")
        guard case let .failure(failure) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.description.hasPrefix("cannot create the data folder \(dir.path)/blocker/factquiz: "))
    }

    @Test("results file names are safe whatever the player is called", arguments: [
        ("alice", "alice"), ("../../etc/passwd", "etc-passwd"), ("Zoë Martín", "Zoë-Martín"), ("", "player"), ("...", "player"), ("a/b\\c", "a-b-c"),
    ])
    func safeNames(player: String, expected: String) {
        #expect(ResultsRecorder.safeFileName(player) == expected)
    }
}
