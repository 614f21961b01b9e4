/// What the end of a session reports: score, accuracy per skill, calibration, time, and the
/// questions missed.
public struct SessionSummary: Hashable, Sendable {
    public let record: SessionRecord
    /// How many questions the session meant to ask.
    public let planned: Int
    /// Answered and skipped questions, in order.
    public let answers: [AnsweredQuestion]
    public let bestStreak: Int
    /// Seconds from start to finish.
    public let duration: Double

    public init(record: SessionRecord, planned: Int, answers: [AnsweredQuestion], bestStreak: Int, duration: Double) {
        self.record = record
        self.planned = planned
        self.answers = answers
        self.bestStreak = bestStreak
        self.duration = duration
    }

    public var score: Int { answers.reduce(0) { $0 + $1.points.total } }
    public var asked: Int { answers.count }
    public var right: Int { answers.count { $0.correct } }
    public var skipped: Int { answers.count { $0.skipped } }
    public var hintsUsed: Int { answers.reduce(0) { $0 + $1.hintsUsed } }
    /// Right answers over questions asked (skips count as not right); nil before any.
    public var accuracy: Double? { asked == 0 ? nil : Double(right) / Double(asked) }
    /// The session ended before its last question (`:quit`, Ctrl-D).
    public var endedEarly: Bool { asked < planned }
    public var skills: [SkillTally] { SkillTally.tallies(answers) }
    public var missed: [AnsweredQuestion] { answers.filter { !$0.correct } }

    /// Over the answers given with a stated confidence.
    public var calibration: Calibration {
        Calibration(answers.compactMap { answer in
            answer.given?.confidence.map { Calibration.Judgement(probability: $0.probability, correct: answer.correct) }
        })
    }
}
