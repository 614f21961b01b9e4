import Foundation

/// One answered (or skipped) question, as stored the moment it is given.
public struct AnswerRecord: Hashable, Sendable, Codable {
    public let sessionID: String
    public let packID: String
    public let questionID: String
    /// 1-based position of the question in the session.
    public let position: Int
    public let kind: QuestionKind
    public let skills: [Skill]
    public let difficulty: Difficulty
    /// The answer as the game understood it ("true", "contradicted", "b d"); empty when skipped.
    public let given: String
    public let correct: Bool
    public let skipped: Bool
    /// The player's stated probability of being right (0...1: `t 80` is 0.8, `t!` 0.95, `t?` 0.6),
    /// if they gave one.
    public let confidence: Double?
    public let points: Int
    public let hintsUsed: Int
    public let answeredAt: Date
    public let secondsTaken: Double

    public init(
        sessionID: String, packID: String, questionID: String, position: Int, kind: QuestionKind,
        skills: [Skill], difficulty: Difficulty, given: String, correct: Bool, skipped: Bool,
        confidence: Double?, points: Int, hintsUsed: Int, answeredAt: Date, secondsTaken: Double
    ) {
        self.sessionID = sessionID
        self.packID = packID
        self.questionID = questionID
        self.position = position
        self.kind = kind
        self.skills = skills
        self.difficulty = difficulty
        self.given = given
        self.correct = correct
        self.skipped = skipped
        self.confidence = confidence
        self.points = points
        self.hintsUsed = hintsUsed
        self.answeredAt = answeredAt
        self.secondsTaken = secondsTaken
    }
}
