/// One question as read from a GIFT file, before deciding what it becomes in a pack.
public struct GIFTQuestion: Hashable, Sendable {
    public struct Choice: Hashable, Sendable {
        /// `=` (right) or `~` (wrong, or weighted).
        public let isMarkedRight: Bool
        /// The `%50%` weight, in percent, when written.
        public let weight: Double?
        public let text: String
        public let feedback: String?
        /// Whether the text holds `->` (a matching pair).
        public let isMatchingPair: Bool
        public let location: SourceLocation

        /// The share of the marks this choice earns, as Moodle reads it: the weight when
        /// written, else 100 for `=` and 0 for `~`.
        public var effectiveWeight: Double { weight ?? (isMarkedRight ? 100 : 0) }
    }

    /// What the answer block `{...}` holds.
    public enum Answer: Hashable, Sendable {
        case trueFalse(Bool, wrongFeedback: String?, rightFeedback: String?)
        case choices([Choice])
        /// `{#...}`
        case numeric
        /// `{}`
        case essay
        /// No answer block at all: a description, or text Moodle shows between questions.
        case description
    }

    public let title: String?
    /// The question text, unescaped (HTML tags removed when the text was `[html]`).
    public let text: String
    /// `[html]`, `[markdown]`, `[plain]`, `[moodle]` when given.
    public let format: String?
    public let answer: Answer
    public let generalFeedback: String?
    /// Text after the answer block: makes it a missing-word question.
    public let tail: String
    /// The values of a `// factquiz-question:` comment before it (kind, skills, difficulty).
    public let hints: [String: String]
    /// Where the question starts.
    public let location: SourceLocation
    /// Where its answer block starts (its `{`), or the question start without one.
    public let answerLocation: SourceLocation
    /// The `$CATEGORY` in force.
    public let category: String?
}
