/// One line the player typed, understood: a command, an answer to read against the question, or
/// nothing.
///
/// Commands start with `:` so they never clash with answers (`:s` could never be read as
/// "supported"). A command may be abbreviated to any prefix that names one command (`:sk`,
/// `:rev`), or given by an alias (`:q`, `:exit`, `:h`, `:?`). A line that is exactly a command's
/// full name without the colon (`help`, `quit`, `exit`) is taken as that command too: no answer
/// is ever spelled that way, and it is what people type when they are lost.
public enum PlayerInput: Hashable, Sendable {
    case empty
    case command(SessionCommand)
    /// `:s`: more than one command starts so.
    case ambiguousCommand(String, candidates: [SessionCommand])
    case unknownCommand(String)
    /// Text to be read by `AnswerParser` against the current question.
    case answer(String)

    /// Lines longer than this are no command; they go to the answer parser, which refuses them.
    static let commandLengthLimit = 1_000

    public static func parse(_ line: String) -> PlayerInput {
        if line.utf8.count > commandLengthLimit { return .answer(line) }
        let text = String(line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if text.isEmpty { return .empty }
        if text.first == ":" {
            return command(named: String(text.dropFirst()).lowercased())
        }
        let lowercased = text.lowercased()
        if lowercased == "?" { return .command(.help) }
        if let command = SessionCommand(rawValue: lowercased) { return .command(command) }
        if lowercased == "exit" { return .command(.quit) }
        return .answer(text)
    }

    private static func command(named name: String) -> PlayerInput {
        // Only the first word names the command: `:help me` is still help.
        let name = name.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
        if name.isEmpty { return .unknownCommand(":") }
        for command in SessionCommand.allCases where command.rawValue == name || command.aliases.contains(name) {
            return .command(command)
        }
        let candidates = SessionCommand.allCases.filter {
            $0.rawValue.hasPrefix(name) || $0.aliases.contains { $0.count > 1 && $0.hasPrefix(name) }
        }
        switch candidates.count {
        case 1: return .command(candidates[0])
        case 0: return .unknownCommand(":" + name)
        default: return .ambiguousCommand(":" + name, candidates: candidates)
        }
    }
}
