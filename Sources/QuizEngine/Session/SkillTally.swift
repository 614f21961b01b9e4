/// How a player did on one skill: questions training it, and how many they got right.
public struct SkillTally: Hashable, Sendable {
    public let skill: Skill
    public let asked: Int
    public let right: Int

    public init(skill: Skill, asked: Int, right: Int) {
        self.skill = skill
        self.asked = asked
        self.right = right
    }

    public var accuracy: Double { asked == 0 ? 0 : Double(right) / Double(asked) }

    /// One tally per skill met, in `Skill` order. A question training two skills counts for both.
    public static func tallies(_ answers: [AnsweredQuestion]) -> [SkillTally] {
        var asked: [Skill: Int] = [:]
        var right: [Skill: Int] = [:]
        for answer in answers {
            for skill in Set(answer.question.question.skills) {
                asked[skill, default: 0] += 1
                if answer.correct { right[skill, default: 0] += 1 }
            }
        }
        return asked.keys.sorted().map { SkillTally(skill: $0, asked: asked[$0]!, right: right[$0] ?? 0) }
    }
}
