import GRDB

extension ProgressStore {
    /// The schema, as migrations from the first version on. Never edit a shipped migration:
    /// add a new one, so every database ever written upgrades in place.
    ///
    /// Tables:
    /// - `sessions`: one row per play-through (who, which pack and version, mode, seed, when).
    /// - `answers`: one row per answered or skipped question, written the moment it is given.
    /// - `packs`: each pack version played, with its compiled JSON when it was at hand, so that
    ///   `factquiz review` can ask missed questions again from any pack, months later.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sessions, answers, packs") { db in
            try db.create(table: "packs") { t in
                t.primaryKey("fingerprint", .text)
                t.column("packID", .text).notNull()
                t.column("title", .text).notNull()
                t.column("version", .text)
                /// Where it was loaded from (a file or folder), when known.
                t.column("source", .text)
                /// The compiled pack, for asking its questions again.
                t.column("compiledJSON", .blob)
                t.column("firstPlayedAt", .datetime).notNull()
            }
            try db.create(table: "sessions") { t in
                t.primaryKey("id", .text)
                t.column("packID", .text).notNull()
                t.column("packTitle", .text).notNull()
                t.column("packFingerprint", .text).notNull()
                t.column("player", .text).notNull()
                t.column("mode", .text).notNull()
                t.column("seed", .text).notNull()
                t.column("startedAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
                /// The question ids in the order asked, space-separated.
                t.column("questionIDs", .text).notNull()
            }
            try db.create(table: "answers") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sessionID", .text).notNull().references("sessions", onDelete: .cascade)
                t.column("packID", .text).notNull()
                t.column("packFingerprint", .text).notNull()
                t.column("player", .text).notNull()
                t.column("questionID", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("kind", .text).notNull()
                /// Skill names, space-separated.
                t.column("skills", .text).notNull()
                t.column("difficulty", .text).notNull()
                t.column("given", .text).notNull()
                t.column("correct", .boolean).notNull()
                t.column("skipped", .boolean).notNull()
                t.column("confidence", .double)
                t.column("points", .integer).notNull()
                t.column("hintsUsed", .integer).notNull()
                t.column("answeredAt", .datetime).notNull()
                t.column("secondsTaken", .double).notNull()
            }
            try db.create(index: "answers_by_question", on: "answers", columns: ["packID", "questionID"])
            try db.create(index: "answers_by_player_time", on: "answers", columns: ["player", "answeredAt"])
            try db.create(index: "answers_by_session", on: "answers", columns: ["sessionID"])
        }
        return migrator
    }
}
