extension Answer {
    /// The answer as stored in records and results files: "true", "contradicted", "not-stated",
    /// "b d".
    public var recordText: String {
        switch self {
        case let .trueFalse(value): value ? "true" : "false"
        case let .verdict(verdict): verdict.rawValue
        case .choices: sortedChoices.joined(separator: " ")
        }
    }

    /// The answer as the game says it to a player: "true", "not stated", "b and d".
    public var spokenText: String {
        switch self {
        case let .trueFalse(value): value ? "true" : "false"
        case let .verdict(verdict): verdict.title
        case .choices:
            switch sortedChoices.count {
            case 0: "nothing"
            case 1: sortedChoices[0]
            default: sortedChoices.dropLast().joined(separator: ", ") + " and " + sortedChoices.last!
            }
        }
    }
}
