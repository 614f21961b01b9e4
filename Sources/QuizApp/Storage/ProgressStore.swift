import Foundation
import GRDB
import QuizEngine

/// The learner's progress: every session and every answer, in SQLite at
/// `DataDirectory.path/progress.sqlite`.
///
/// WAL mode, so a reader (`factquiz stats`) never blocks a session that is writing, and a
/// process killed mid-write leaves a database SQLite recovers on the next open. Each answer is
/// its own transaction with `synchronous=FULL`: once `record` returns, the answer survives a
/// `kill -9` and a power cut alike. Two sessions at once wait on each other through the busy
/// timeout rather than failing. A file that is not a database, is corrupt, or was written by a
/// newer factquiz is never overwritten: it is renamed aside and a fresh database started, and
/// the caller gets a notice saying where the old file went.
final class ProgressStore: Sendable {
    static let fileName = "progress.sqlite"
    /// How long a write waits for another session's write before giving up.
    static let busyTimeout: TimeInterval = 10

    let path: String
    private let pool: DatabasePool

    /// Why the store could not be opened, in words for the player.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// An open store and what the player should be told about opening it.
    struct Opened {
        let store: ProgressStore
        let notices: [String]
    }

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// Opens (creating if needed) the store in `directory`. A database that cannot be used is
    /// moved aside and replaced; a directory that cannot be written is a `Failure`.
    static func open(directory given: String? = nil, now: Date = Date()) -> Result<Opened, Failure> {
        let directory: String
        do {
            directory = try givenOrDefault(given)
        } catch {
            return .failure(Failure(description: "cannot create the data folder \(given ?? DataDirectory.path): \(reason(error))"))
        }
        let path = directory + "/" + fileName
        // One process at a time creates, migrates or moves aside the database.
        let lock = DirectoryLock(directory)
        defer { lock.release() }
        var notices: [String] = []
        for attempt in 0..<2 {
            switch openOnce(path: path) {
            case let .success(store):
                return .success(Opened(store: store, notices: notices))
            case let .failure(.unusable(problem)) where attempt == 0:
                switch moveAside(path, label: problem.label, now: now) {
                case let .success(moved):
                    notices.append("the progress database \(path) \(problem.explanation); it was moved to \(moved) and a new one started")
                case let .failure(error):
                    return .failure(Failure(description: "the progress database \(path) \(problem.explanation), and it could not be moved aside: \(error.description)"))
                }
            case let .failure(.unusable(problem)):
                return .failure(Failure(description: "the progress database \(path) \(problem.explanation)"))
            case let .failure(.failed(failure)):
                return .failure(failure)
            }
        }
        return .failure(Failure(description: "cannot open the progress database \(path)"))
    }

    private static func givenOrDefault(_ directory: String?) throws -> String {
        if let directory {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            return directory
        }
        return try DataDirectory.ensure()
    }

    /// What makes a database unusable, and the word used in the name it is moved to.
    enum Problem {
        case corrupt(String)
        case newer

        var label: String {
            switch self {
            case .corrupt: "corrupt"
            case .newer: "newer"
            }
        }

        var explanation: String {
            switch self {
            case let .corrupt(detail): "cannot be read (\(detail))"
            case .newer: "was written by a newer version of factquiz"
            }
        }
    }

    enum OpenError: Error {
        case unusable(Problem)
        case failed(Failure)
    }

    private static func openOnce(path: String) -> Result<ProgressStore, OpenError> {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "factquiz.progress"
        configuration.prepareDatabase { db in
            // Durable at commit: an answer acknowledged is an answer kept, even on power loss.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            let check = try pool.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
            if check != ["ok"] {
                return .failure(.unusable(.corrupt(check.prefix(2).joined(separator: "; "))))
            }
            if try pool.read({ db in try migrator.hasBeenSuperseded(db) }) {
                return .failure(.unusable(.newer))
            }
            try migrator.migrate(pool)
            return .success(ProgressStore(path: path, pool: pool))
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB:
                return .failure(.unusable(.corrupt("not a database")))
            case .SQLITE_CORRUPT:
                return .failure(.unusable(.corrupt("database disk image is malformed")))
            default:
                return .failure(.failed(Failure(description: "cannot open the progress database \(path): \(describe(error))")))
            }
        } catch {
            return .failure(.failed(Failure(description: "cannot open the progress database \(path): \(reason(error))")))
        }
    }

    /// Renames the database (and its WAL and shared-memory files) to
    /// `progress.sqlite.LABEL-YYYYMMDDTHHMMSSZ`, never over an existing file.
    private static func moveAside(_ path: String, label: String, now: Date) -> Result<String, Failure> {
        let stamp = ISO8601.string(now).filter { $0 != "-" && $0 != ":" }
        var target = "\(path).\(label)-\(stamp)"
        var n = 2
        while FileManager.default.fileExists(atPath: target) {
            target = "\(path).\(label)-\(stamp)-\(n)"
            n += 1
        }
        guard rename(path, target) == 0 || errno == ENOENT else {
            return .failure(Failure(description: String(cString: strerror(errno))))
        }
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            _ = rename(path + suffix, target + suffix)
        }
        return .success(target)
    }

    static func describe(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_FULL: "the disk is full"
        case .SQLITE_READONLY: "the data folder is read-only"
        case .SQLITE_CANTOPEN: "the file cannot be opened (is the data folder writable?)"
        case .SQLITE_BUSY, .SQLITE_LOCKED: "another factquiz held the database for more than \(Int(busyTimeout) * writeAttempts) seconds"
        case .SQLITE_IOERR:
            switch error.extendedResultCode {
            case .SQLITE_IOERR_WRITE, .SQLITE_IOERR_FSYNC, .SQLITE_IOERR_TRUNCATE, .SQLITE_IOERR_SHMSIZE:
                "writing to the disk failed (is it full?)"
            default:
                "input/output error (\(error.message ?? "disk problem"))"
            }
        default: error.message ?? "\(error.resultCode)"
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return describe(error) }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}

// MARK: - Writing

extension ProgressStore {
    /// Records the start of a session, and the packs it plays (with their questions, when given).
    /// Records a session's start and the packs it plays. A pack already stored is not encoded
    /// again, and one read from a compiled pack file (`packJSON`, by fingerprint) is stored as
    /// read: encoding a 10,000-question pack took longer than loading it.
    func startSession(_ session: SessionRecord, packs: [CompiledPack], packJSON: [String: [UInt8]] = [:], packSource: String?) throws {
        let parts = session.packParts
        // A row that would not change is not updated: updating it rewrote the stored pack.
        try write { db in
            for part in parts {
                let pack = packs.first { $0.fingerprint == part.fingerprint }
                // `typeof` reads the column's type from the record header; `IS NOT NULL` read the
                // whole stored pack (15 MB for 10,000 questions) at every session start.
                let stored = try Bool.fetchOne(
                    db, sql: "SELECT typeof(compiledJSON) <> 'null' FROM packs WHERE fingerprint = ?", arguments: [part.fingerprint]
                ) ?? false
                let json = stored ? nil : packJSON[part.fingerprint].map { Data($0) } ?? pack.map { Data($0.encodedJSON()) }
                try db.execute(
                    sql: """
                    INSERT INTO packs (fingerprint, packID, title, version, source, compiledJSON, firstPlayedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(fingerprint) DO UPDATE SET
                      source = coalesce(excluded.source, source),
                      compiledJSON = coalesce(excluded.compiledJSON, compiledJSON)
                    WHERE (excluded.source IS NOT NULL AND excluded.source IS NOT source)
                       OR excluded.compiledJSON IS NOT NULL
                    """,
                    arguments: [
                        part.fingerprint, part.packID, pack?.title ?? part.packID, pack?.version,
                        parts.count == 1 && pack != nil ? packSource : nil, json, session.startedAt,
                    ]
                )
            }
            try Self.insert(session, in: db)
        }
    }

    /// Commits one answer; returns only once it is on disk.
    func record(_ answer: AnswerRecord, session: SessionRecord) throws {
        try write { db in
            // A session whose start could not be written (the disk was full then) is written now.
            try Self.insert(session, in: db)
            try db.execute(
                sql: """
                INSERT INTO answers (sessionID, packID, packFingerprint, player, questionID, position, kind, skills,
                  difficulty, given, correct, skipped, confidence, points, hintsUsed, answeredAt, secondsTaken)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                arguments: [
                    answer.sessionID, answer.packID, session.fingerprint(ofPack: answer.packID), session.player, answer.questionID,
                    answer.position, answer.kind.rawValue, answer.skills.map(\.rawValue).joined(separator: " "),
                    answer.difficulty.rawValue, answer.given, answer.correct, answer.skipped, answer.confidence,
                    answer.points, answer.hintsUsed, answer.answeredAt, answer.secondsTaken,
                ]
            )
        }
    }

    func finishSession(_ session: SessionRecord, at date: Date) throws {
        try write { db in
            try Self.insert(session, in: db)
            try db.execute(sql: "UPDATE sessions SET finishedAt = ? WHERE id = ?", arguments: [date, session.id])
        }
    }

    private static func insert(_ session: SessionRecord, in db: Database) throws {
        try db.execute(
            sql: """
            INSERT OR IGNORE INTO sessions (id, packID, packTitle, packFingerprint, player, mode, seed, startedAt, questionIDs)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                session.id, session.packID, session.packTitle, session.packFingerprint, session.player,
                session.mode.rawValue, String(session.seed), session.startedAt, session.questionIDs.joined(separator: " "),
            ]
        )
    }

    /// A write transaction whose failure is a `Failure` in words ("the disk is full").
    /// How many times a write is tried when another session holds the database.
    static let writeAttempts = 3

    /// One transaction, tried again when another session held the lock past the busy timeout.
    /// SQLite's busy handler already waits and retries inside one attempt; trying the whole
    /// transaction again covers what it cannot: a lock held through a long write (a `review`
    /// storing a pack of thousands of questions), or a lock that was released and taken again.
    private func write(_ body: (Database) throws -> Void) throws {
        var attempt = 1
        while true {
            do {
                try pool.write(body)
                return
            } catch let error as DatabaseError where Self.isBusy(error) && attempt < Self.writeAttempts {
                attempt += 1
            } catch let error as DatabaseError {
                throw Failure(description: Self.describe(error))
            }
        }
    }

    private static func isBusy(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }
}

// MARK: - Reading

extension ProgressStore {
    /// An answer as stored, with the session facts queries need.
    struct StoredAnswer {
        let record: AnswerRecord
        let packFingerprint: String
        let packTitle: String
        let player: String
        let mode: SessionRecord.Mode?
    }

    struct StoredPack {
        let fingerprint: String
        let packID: String
        let title: String
        let source: String?
        let compiledJSON: Data?
    }

    /// Every answer, oldest first; only `player`'s when given.
    func answers(player: String? = nil) throws -> [StoredAnswer] {
        try pool.read { db in
            var sql = """
                SELECT a.*, s.packTitle AS sessionPackTitle, s.mode AS sessionMode
                FROM answers a LEFT JOIN sessions s ON s.id = a.sessionID
                """
            var arguments: StatementArguments = []
            if let player {
                sql += " WHERE a.player = ?"
                arguments = [player]
            }
            sql += " ORDER BY a.answeredAt, a.id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap(Self.storedAnswer)
        }
    }

    /// Number of sessions with at least one answer; only `player`'s when given.
    func sessionCount(player: String? = nil) throws -> Int {
        try pool.read { db in
            if let player {
                return try Int.fetchOne(db, sql: "SELECT count(DISTINCT sessionID) FROM answers WHERE player = ?", arguments: [player]) ?? 0
            }
            return try Int.fetchOne(db, sql: "SELECT count(DISTINCT sessionID) FROM answers") ?? 0
        }
    }

    func players() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT player FROM answers ORDER BY player") }
    }

    func packs() throws -> [StoredPack] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM packs ORDER BY firstPlayedAt").map { row in
                StoredPack(
                    fingerprint: row["fingerprint"], packID: row["packID"], title: row["title"],
                    source: row["source"], compiledJSON: row["compiledJSON"]
                )
            }
        }
    }

    /// A row that does not decode (a value written by hand with sqlite3, say) is skipped rather
    /// than failing every query.
    private static func storedAnswer(_ row: Row) -> StoredAnswer? {
        guard let kind = QuestionKind(rawValue: row["kind"] ?? ""),
              let difficulty = Difficulty(rawValue: row["difficulty"] ?? ""),
              let sessionID: String = row["sessionID"], let packID: String = row["packID"],
              let questionID: String = row["questionID"], let answeredAt: Date = row["answeredAt"]
        else { return nil }
        let skills = ((row["skills"] as String?) ?? "").split(separator: " ").compactMap { Skill(rawValue: String($0)) }
        let record = AnswerRecord(
            sessionID: sessionID, packID: packID, questionID: questionID, position: row["position"] ?? 0,
            kind: kind, skills: skills, difficulty: difficulty, given: row["given"] ?? "",
            correct: row["correct"] ?? false, skipped: row["skipped"] ?? false, confidence: row["confidence"],
            points: row["points"] ?? 0, hintsUsed: row["hintsUsed"] ?? 0, answeredAt: answeredAt,
            secondsTaken: row["secondsTaken"] ?? 0
        )
        return StoredAnswer(
            record: record, packFingerprint: row["packFingerprint"] ?? "", packTitle: row["sessionPackTitle"] ?? packID,
            player: row["player"] ?? "", mode: (row["sessionMode"] as String?).flatMap(SessionRecord.Mode.init(rawValue:))
        )
    }
}

extension SessionRecord {
    /// The packs of a session, one per pack played: a session over several packs records
    /// their ids and fingerprints joined with '+' (neither can hold one).
    var packParts: [(packID: String, fingerprint: String)] {
        let ids = packID.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        let fingerprints = packFingerprint.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        guard ids.count == fingerprints.count else { return [(packID, packFingerprint)] }
        return Array(zip(ids, fingerprints))
    }

    /// The fingerprint of the pack `id` within this session.
    func fingerprint(ofPack id: String) -> String {
        packParts.first { $0.packID == id }?.fingerprint ?? packFingerprint
    }
}
