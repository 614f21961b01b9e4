/// Which questions a session may ask (`--skills`, `--kinds`, `--difficulty`). An empty set
/// means "any".
public struct QuestionFilter: Hashable, Sendable {
    public var skills: Set<Skill>
    public var kinds: Set<QuestionKind>
    public var difficulties: Set<Difficulty>

    public init(skills: Set<Skill> = [], kinds: Set<QuestionKind> = [], difficulties: Set<Difficulty> = []) {
        self.skills = skills
        self.kinds = kinds
        self.difficulties = difficulties
    }

    public static let any = QuestionFilter()

    /// A question matches when its kind and difficulty are allowed and it trains at least one of
    /// the chosen skills.
    public func matches(_ question: Question) -> Bool {
        (kinds.isEmpty || kinds.contains(question.kind))
            && (difficulties.isEmpty || difficulties.contains(question.difficulty))
            && (skills.isEmpty || question.skills.contains(where: skills.contains))
    }
}
