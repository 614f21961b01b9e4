/// What the benchmark looks for in the game's output (piped, so plain text).
enum GameMarkers {
    /// The first question's counter, which the first prompt must follow.
    static let question = "1 of"
    /// The answer prompt ("3/10 > "), which ends both feedback and a hint to answer again.
    static let prompt = " > "
    /// Words only feedback has: an answer the game accepted, marked and recorded.
    static let feedback = ["✓ Right", "✗ Wrong"]
    /// Answers tried in turn until the game accepts one, whatever the kind of question.
    static let answers = ["t", "s", "a b", "a"]
}
