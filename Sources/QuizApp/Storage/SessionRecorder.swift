import QuizEngine

/// Receives a session as it happens: its start, each answer the moment it is given, its end.
///
/// The game calls every recorder after each answer, before showing feedback, so a session
/// killed at any moment loses nothing already answered. A recorder that fails (a full disk, a
/// read-only data folder) throws; the game says so once and plays on without it.
protocol SessionRecorder: AnyObject {
    /// What the player is told this recorder keeps ("progress", "results for alice").
    var name: String { get }
    func sessionStarted(_ session: SessionRecord) throws
    func recorded(_ answer: AnswerRecord) throws
    func sessionFinished(_ session: SessionRecord, answers: [AnswerRecord]) throws
}
