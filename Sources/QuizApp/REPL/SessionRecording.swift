import Foundation
import QuizEngine

/// Hands the session to every recorder (progress store, results files) and keeps playing when
/// one fails: the player is told once, in one line, and that recorder is dropped for the rest
/// of the session. Losing the save must never lose the game.
final class SessionRecording {
    private var recorders: [any SessionRecorder]
    private let warn: (String) -> Void

    init(recorders: [any SessionRecorder], warn: @escaping (String) -> Void) {
        self.recorders = recorders
        self.warn = warn
    }

    func started(_ session: SessionRecord) {
        each { try $0.sessionStarted(session) }
    }

    func recorded(_ answer: AnswerRecord) {
        each { try $0.recorded(answer) }
    }

    func finished(_ session: SessionRecord, answers: [AnswerRecord]) {
        each { try $0.sessionFinished(session, answers: answers) }
    }

    private func each(_ call: (any SessionRecorder) throws -> Void) {
        recorders = recorders.filter { recorder in
            do {
                try call(recorder)
                return true
            } catch {
                warn("\(recorder.name) cannot be saved: \(Self.describe(error)); playing on without saving")
                return false
            }
        }
    }

    static func describe(_ error: any Error) -> String {
        let text = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
        return TerminalSafeText.escape(text, singleLine: true)
    }
}
