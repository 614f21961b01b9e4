/// The kinds of question a pack holds.
public enum QuestionKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A statement that is true or false according to its source.
    case trueFalse = "true-false"
    /// A statement and an article: does the article support it, contradict it, or not say?
    case factCheck = "fact-check"
    /// Several passages; pick those that cannot all be true.
    case spotTheInconsistency = "spot-the-inconsistency"
    /// A question with one right choice (authored, or imported from GIFT).
    case multipleChoice = "multiple-choice"

    /// How the game names the kind.
    public var title: String {
        switch self {
        case .trueFalse: "True or false"
        case .factCheck: "Fact check"
        case .spotTheInconsistency: "Spot the inconsistency"
        case .multipleChoice: "Multiple choice"
        }
    }
}

/// A fact-check verdict, as in the FEVER task.
public enum Verdict: String, Hashable, Sendable, Codable, CaseIterable {
    case supported
    case contradicted
    case notStated = "not-stated"

    public var title: String {
        switch self {
        case .supported: "supported"
        case .contradicted: "contradicted"
        case .notStated: "not stated"
        }
    }
}

/// The skills questions train; the game reports accuracy per skill.
public enum Skill: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case numbers
    case datesAndTimelines = "dates-and-timelines"
    case quotes
    case sourcing
    case peopleAndPlaces = "people-and-places"
    case internalConsistency = "internal-consistency"
    case crossSource = "cross-source"

    public static func < (lhs: Skill, rhs: Skill) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var title: String {
        switch self {
        case .numbers: "Numbers"
        case .datesAndTimelines: "Dates and timelines"
        case .quotes: "Quotes"
        case .sourcing: "Sourcing"
        case .peopleAndPlaces: "People and places"
        case .internalConsistency: "Internal consistency"
        case .crossSource: "Comparing sources"
        }
    }
}

public enum Difficulty: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case easy, medium, hard

    /// Points for a right answer.
    public var points: Int {
        switch self {
        case .easy: 10
        case .medium: 20
        case .hard: 30
        }
    }

    public static func < (lhs: Difficulty, rhs: Difficulty) -> Bool { lhs.points < rhs.points }
}

/// Whether the compiler generated a question or an instructor wrote it.
public enum Origin: String, Hashable, Sendable, Codable {
    case generated
    case authored
    case imported
}
