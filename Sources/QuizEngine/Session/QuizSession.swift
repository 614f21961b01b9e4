import Foundation

/// One play-through: the questions in order, where the player is, and everything they did.
///
/// A pure state machine: the app reads lines, parses them (`PlayerInput`, `AnswerParser`) and
/// calls `answer`, `skip`, `takeHint` or `finish` with the time; the session returns what
/// happened as values to render and to record. It never reads a clock or prints.
///
/// States: asking question `position` (0-based) until every question is answered or skipped, or
/// `finish` ends the session early; then `isFinished`, and only `summary` remains.
public struct QuizSession: Sendable {
    public let record: SessionRecord
    public let questions: [SessionQuestion]
    public let rules: ScoringRules
    public private(set) var answers: [AnsweredQuestion] = []
    /// Hints taken on the current question.
    public private(set) var hintsUsed = 0
    public private(set) var streak = 0
    public private(set) var bestStreak = 0
    public private(set) var finishedAt: Date?
    /// When the current question was put to the player.
    private var askedAt: Date

    /// `id` identifies the session in stored progress (a UUID string, made by the caller).
    public init(
        id: String, player: String, mode: SessionRecord.Mode, seed: UInt64, questions: [SessionQuestion],
        startedAt: Date, rules: ScoringRules = .standard
    ) {
        self.questions = questions
        self.rules = rules
        askedAt = startedAt
        // Sorted by id, so the same packs make the same record whatever the order of play.
        var packs: [CompiledPack] = []
        for question in questions where !packs.contains(where: { $0.id == question.pack.id }) {
            packs.append(question.pack)
        }
        packs.sort { $0.id < $1.id }
        record = SessionRecord(
            id: id,
            packID: packs.map(\.id).joined(separator: "+"),
            packTitle: packs.map(\.title).joined(separator: " + "),
            packFingerprint: packs.map(\.fingerprint).joined(separator: "+"),
            player: player, mode: mode, seed: seed, startedAt: startedAt,
            questionIDs: questions.map(\.id)
        )
    }

    public var mode: SessionRecord.Mode { record.mode }
    public var isFinished: Bool { finishedAt != nil }
    /// 0-based index of the current question (equal to `questions.count` once all are done).
    public var position: Int { answers.count }
    public var current: SessionQuestion? { isFinished ? nil : questions[position] }
    public var score: Int { answers.reduce(0) { $0 + $1.points.total } }
    public var rightCount: Int { answers.count { $0.correct } }
    /// Wrong or skipped so far, in the order asked.
    public var missed: [AnsweredQuestion] { answers.filter { !$0.correct } }

    /// The next clue for the current question, charged when the question is answered right.
    public mutating func takeHint() -> HintOutcome {
        guard let current else { return .noQuestion }
        if mode == .exam { return .unavailableInExam }
        let clues = Hint.clues(for: current)
        if clues.isEmpty { return .noCitations }
        guard hintsUsed < clues.count else { return .noMoreHints }
        hintsUsed += 1
        return .hint(Hint(
            clue: clues[hintsUsed - 1], level: hintsUsed, cost: rules.hintCost(current.question.difficulty),
            remaining: clues.count - hintsUsed
        ))
    }

    /// Marks the answer, moves to the next question and returns what happened. Call only while a
    /// question is current.
    @discardableResult
    public mutating func answer(_ given: PlayerAnswer, at time: Date) -> AnsweredQuestion {
        close(given: given, at: time)
    }

    /// Moves on without an answer: no points, and the streak ends.
    @discardableResult
    public mutating func skip(at time: Date) -> AnsweredQuestion {
        close(given: nil, at: time)
    }

    /// Ends the session (after the last question, on `:quit` or at the end of input).
    public mutating func finish(at time: Date) {
        if finishedAt == nil { finishedAt = time }
    }

    public func summary(at time: Date) -> SessionSummary {
        SessionSummary(
            record: record, planned: questions.count, answers: answers, bestStreak: bestStreak,
            duration: max(0, (finishedAt ?? time).timeIntervalSince(record.startedAt))
        )
    }

    private mutating func close(given: PlayerAnswer?, at time: Date) -> AnsweredQuestion {
        guard let current else { preconditionFailure("no question to answer: the session is over") }
        let question = current.question
        let correct = given.map { $0.answer == question.answer } ?? false
        streak = correct ? streak + 1 : 0
        bestStreak = max(bestStreak, streak)
        let points = rules.points(difficulty: question.difficulty, correct: correct, hintsUsed: hintsUsed, streak: streak)
        let position = answers.count + 1
        let record = AnswerRecord(
            sessionID: self.record.id, packID: current.pack.id, questionID: question.id, position: position,
            kind: question.kind, skills: question.skills, difficulty: question.difficulty,
            given: given?.answer.recordText ?? "", correct: correct, skipped: given == nil,
            confidence: given?.confidence?.probability, points: points.total, hintsUsed: hintsUsed,
            answeredAt: time, secondsTaken: max(0, time.timeIntervalSince(askedAt))
        )
        let answered = AnsweredQuestion(
            question: current, position: position, given: given, correct: correct, points: points,
            hintsUsed: hintsUsed, streak: streak, record: record
        )
        answers.append(answered)
        hintsUsed = 0
        askedAt = time
        if answers.count == questions.count { finishedAt = time }
        return answered
    }
}
