/// What a player can ask for during a session, besides answering.
public enum SessionCommand: String, Hashable, Sendable, CaseIterable {
    case help
    case hint
    case source
    case skip
    case score
    case review
    case quit

    /// The command as typed in full (`:hint`).
    public var typed: String { ":" + rawValue }

    /// Other names that mean the same (`:q`, `:exit`). Short ones are chosen where a prefix is
    /// ambiguous (`:h` is help, as in most tools; `:hi` reaches hint).
    public var aliases: [String] {
        switch self {
        case .help: ["h", "?"]
        case .hint: []
        case .source: ["src", "article"]
        case .skip: ["next", "pass"]
        case .score: []
        case .review: ["missed"]
        case .quit: ["q", "exit"]
        }
    }

    /// One line for `:help`.
    public var summary: String {
        switch self {
        case .help: "list the commands and how to answer"
        case .hint: "a clue: which passage to read, then the passage itself (costs points)"
        case .source: "read the article around the passages this question is about"
        case .skip: "skip this question (no points; it counts as missed)"
        case .score: "your score so far"
        case .review: "the questions you missed so far, with their answers and sources"
        case .quit: "end the session and see your summary (Ctrl-D does the same)"
        }
    }
}
