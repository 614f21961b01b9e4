import Foundation
import QuizEngine

/// Writes one student's exam results into the teacher's results folder: `NAME.json` (complete,
/// for `factquiz report`) and `NAME.csv` (for spreadsheets), both rewritten atomically after
/// every answer, so a crashed or abandoned exam still leaves every answer given.
///
/// NAME is `player_pack_YYYYMMDD-HHMMSS`, with the player's name reduced to characters safe in
/// a file name on any system (a name like `../../x` stays inside the folder). The JSON file is
/// claimed with an exclusive create, so two students with the same name, even on two machines
/// writing to one shared folder, never overwrite each other.
final class ResultsRecorder: SessionRecorder {
    let directory: String
    private let packs: [CompiledPack]
    private var session: SessionRecord?
    private var answers: [AnswerRecord] = []
    private var baseName: String?
    private(set) var name: String

    init(directory: String, player: String, packs: [CompiledPack]) {
        self.directory = directory
        self.packs = packs
        name = "results for \(player) in \(directory)"
    }

    /// The JSON file written, once the session has started.
    var jsonPath: String? { baseName.map { "\(directory)/\($0).json" } }

    func sessionStarted(_ session: SessionRecord) throws {
        self.session = session
        answers = []
        name = "results for \(session.player) in \(directory)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        baseName = try claimName(for: session)
        try save(finished: false)
    }

    func recorded(_ answer: AnswerRecord) throws {
        answers.append(answer)
        try save(finished: false)
    }

    func sessionFinished(_ session: SessionRecord, answers: [AnswerRecord]) throws {
        self.session = session
        if answers.count >= self.answers.count { self.answers = answers }
        try save(finished: true)
    }

    private func save(finished: Bool) throws {
        guard let session else { return }
        if baseName == nil { baseName = try claimName(for: session) }
        guard let baseName else { return }
        let result = ExamResult(session: session, answers: answers, finished: finished, packs: packs, now: Date())
        try AtomicFile.write(Array(try Self.encoder.encode(result)) + [0x0A], to: "\(directory)/\(baseName).json")
        try AtomicFile.write(Array(result.csv.utf8), to: "\(directory)/\(baseName).csv")
    }

    private func claimName(for session: SessionRecord) throws -> String {
        let stamp = ISO8601.string(session.startedAt).filter { $0.isNumber || $0 == "T" }.replacingOccurrences(of: "T", with: "-")
        let base = "\(Self.safeFileName(session.player))_\(Self.safeFileName(session.packID))_\(stamp)"
        var candidate = base
        var n = 2
        while try !AtomicFile.claim("\(directory)/\(candidate).json") {
            candidate = "\(base)-\(n)"
            n += 1
        }
        return candidate
    }

    /// Letters, digits, '_', and '.' or '-' between them; anything else becomes one '-'. Never
    /// empty, never starting with '.' or '-', so never hidden, an option, or a path.
    static func safeFileName(_ text: String) -> String {
        var out = ""
        for character in text.prefix(60) {
            let afterWord = out.last.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false
            if character.isLetter || character.isNumber || character == "_" {
                out.append(character)
            } else if character == ".", afterWord {
                out.append(character)
            } else if afterWord {
                out.append("-")
            }
        }
        while let last = out.last, last == "-" || last == "." { out.removeLast() }
        return out.isEmpty ? "player" : out
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()
}
