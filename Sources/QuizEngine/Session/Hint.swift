/// A clue for the current question, from least to most telling.
///
/// The first clue says where to look (the paragraph and article), the second shows the passage
/// itself, without marking the words that decide; for spot-the-inconsistency the one clue names
/// one of the conflicting passages, leaving the player to find what it conflicts with.
public struct Hint: Hashable, Sendable {
    public enum Clue: Hashable, Sendable {
        /// Read these paragraphs (one per citation).
        case paragraphs([Citation])
        /// These passages hold the answer.
        case passages([Citation])
        /// This choice is one of those that cannot all be true.
        case conflictingChoice(String)
    }

    public let clue: Clue
    /// 1 for the first hint on the question.
    public let level: Int
    /// Points this hint takes off a right answer.
    public let cost: Int
    /// How many more hints the question has.
    public let remaining: Int

    public init(clue: Clue, level: Int, cost: Int, remaining: Int) {
        self.clue = clue
        self.level = level
        self.cost = cost
        self.remaining = remaining
    }

    /// The clues a question offers, in order.
    public static func clues(for question: SessionQuestion) -> [Clue] {
        let q = question.question
        if q.kind == .spotTheInconsistency {
            let right = q.answer.sortedChoices
            return right.count >= 2 ? [.conflictingChoice(right[0])] : []
        }
        let citations = question.decidingCitations
        return citations.isEmpty ? [] : [.paragraphs(citations), .passages(citations)]
    }
}

/// What `:hint` gives.
public enum HintOutcome: Hashable, Sendable {
    case hint(Hint)
    /// Every clue of this question has been given.
    case noMoreHints
    /// The question cites no passage, so there is nothing to point at.
    case noCitations
    /// Exam mode: no help until the end.
    case unavailableInExam
    /// The session is over.
    case noQuestion
}
