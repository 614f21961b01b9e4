/// A question the session is done with: answered or skipped, with what it earned.
public struct AnsweredQuestion: Hashable, Sendable {
    public let question: SessionQuestion
    /// 1-based.
    public let position: Int
    /// Nil when skipped.
    public let given: PlayerAnswer?
    public let correct: Bool
    public let points: Points
    public let hintsUsed: Int
    /// Right answers in a row, this one included (0 after a miss).
    public let streak: Int
    /// The same, as the recorders store it.
    public let record: AnswerRecord

    public init(
        question: SessionQuestion, position: Int, given: PlayerAnswer?, correct: Bool, points: Points,
        hintsUsed: Int, streak: Int, record: AnswerRecord
    ) {
        self.question = question
        self.position = position
        self.given = given
        self.correct = correct
        self.points = points
        self.hintsUsed = hintsUsed
        self.streak = streak
        self.record = record
    }

    public var id: String { question.id }
    public var skipped: Bool { given == nil }
}
