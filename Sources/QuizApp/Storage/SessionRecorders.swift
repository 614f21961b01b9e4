import QuizEngine

/// Builds the recorders a session writes to: the progress store, and results files when the
/// teacher asked for them (`--results DIR`).
enum SessionRecorders {
    struct Options {
        var player: String
        var resultsDirectory: String?
    }

    /// The recorders to use, and warnings to show the player (e.g. progress cannot be saved).
    static func make(_ options: Options) -> (recorders: [any SessionRecorder], warnings: [String]) {
        ([], [])
    }
}
