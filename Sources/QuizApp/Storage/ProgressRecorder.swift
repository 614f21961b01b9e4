import Foundation
import QuizEngine

/// Writes a session into the progress store as it is played.
final class ProgressRecorder: SessionRecorder {
    let name = "progress"
    private let store: ProgressStore
    /// The packs the session may play, to store their questions for `factquiz review`.
    private let packs: [CompiledPack]
    private let packJSON: [String: [UInt8]]
    private let packSource: String?
    private var session: SessionRecord?

    init(store: ProgressStore, packs: [CompiledPack], packJSON: [String: [UInt8]] = [:], packSource: String?) {
        self.store = store
        self.packs = packs
        self.packJSON = packJSON
        self.packSource = packSource
    }

    func sessionStarted(_ session: SessionRecord) throws {
        self.session = session
        var known = packs
        for part in session.packParts where !known.contains(where: { $0.fingerprint == part.fingerprint }) {
            if let builtIn = builtInPack(matching: part.fingerprint) { known.append(builtIn) }
        }
        try store.startSession(session, packs: known, packJSON: packJSON, packSource: packSource)
    }

    func recorded(_ answer: AnswerRecord) throws {
        let session = self.session ?? SessionRecord(
            id: answer.sessionID, packID: answer.packID, packTitle: answer.packID, packFingerprint: "",
            player: "", mode: .practice, seed: 0, startedAt: answer.answeredAt, questionIDs: []
        )
        try store.record(answer, session: session)
    }

    func sessionFinished(_ session: SessionRecord, answers: [AnswerRecord]) throws {
        try store.finishSession(session, at: Date())
    }

    /// The built-in pack is always at hand; storing its questions costs nothing extra.
    private func builtInPack(matching fingerprint: String) -> CompiledPack? {
        guard case let .success(pack) = PackLoader.builtIn(), pack.fingerprint == fingerprint else { return nil }
        return pack
    }
}
