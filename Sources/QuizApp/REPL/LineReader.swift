/// Where the game's input lines come from: readline on a terminal, plain standard input
/// otherwise. The game loop sees only this seam, so the same loop serves a student at a
/// terminal and a script piping answers in.
protocol LineReader: AnyObject {
    /// Shows `prompt` and waits for a line.
    func readLine(prompt: String) -> LineInput

    /// What tab completion offers for the current question.
    func offerCompletions(_ completions: Completions)

    /// Saves what should outlive the session (history) and gives the terminal back. Called
    /// last: a reader that stopped because of a termination signal ends the process here.
    func close()
}

enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C: the line being typed was thrown away.
    case interrupted(lineWasEmpty: Bool)
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// Words tab completion offers: answers and commands for the first word of a line, and what
/// may follow an answer (how sure, more letters) for the words after it.
struct Completions: Equatable {
    var firstWord: [String]
    var laterWords: [String]

    static let none = Completions(firstWord: [], laterWords: [])
}
