/// The right answer to a question, in the shape its kind needs.
public enum Answer: Hashable, Sendable {
    case trueFalse(Bool)
    case verdict(Verdict)
    /// Choice letters ("a", "c"); one for multiple choice, all the conflicting ones for
    /// spot-the-inconsistency.
    case choices(Set<String>)

    /// Letters in order, for display and stable output.
    public var sortedChoices: [String] {
        if case let .choices(letters) = self { return letters.sorted() }
        return []
    }
}
