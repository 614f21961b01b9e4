/// How answers earn points.
///
/// - A right answer earns its difficulty's points (`Difficulty.points`: 10, 20, 30).
/// - Each hint taken on the question costs a share of those points (30% each by default), so a
///   right answer after two hints still earns something: hints are for learning, not a trap.
/// - A streak bonus rewards right answers in a row: a fixed amount for each right answer in the
///   run before this one, up to a cap, so one slip late in a session does not wipe out the run.
/// - Wrong and skipped answers earn nothing and end the streak. Points never go negative:
///   guessing is discouraged by calibration scoring instead, which is where it belongs.
public struct ScoringRules: Hashable, Sendable {
    public var hintCostPercent: Int
    public var streakStep: Int
    public var streakCap: Int

    public init(hintCostPercent: Int = 30, streakStep: Int = 5, streakCap: Int = 15) {
        self.hintCostPercent = hintCostPercent
        self.streakStep = streakStep
        self.streakCap = streakCap
    }

    public static let standard = ScoringRules()

    /// What one hint costs on a question of this difficulty.
    public func hintCost(_ difficulty: Difficulty) -> Int {
        difficulty.points * hintCostPercent / 100
    }

    /// Points for an answer. `streak` counts right answers in a row including this one.
    public func points(difficulty: Difficulty, correct: Bool, hintsUsed: Int, streak: Int) -> Points {
        guard correct else { return Points(base: 0, hintPenalty: 0, streakBonus: 0) }
        let base = difficulty.points
        let penalty = min(base, hintsUsed * hintCost(difficulty))
        let bonus = min(streakCap, max(0, streak - 1) * streakStep)
        return Points(base: base, hintPenalty: penalty, streakBonus: bonus)
    }
}

/// The points one answer earned, and how they add up.
public struct Points: Hashable, Sendable {
    public let base: Int
    public let hintPenalty: Int
    public let streakBonus: Int

    public init(base: Int, hintPenalty: Int, streakBonus: Int) {
        self.base = base
        self.hintPenalty = hintPenalty
        self.streakBonus = streakBonus
    }

    public var total: Int { base - hintPenalty + streakBonus }
}
