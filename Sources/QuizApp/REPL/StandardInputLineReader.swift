/// Reads answers line by line from standard input when it is not a terminal (a script, a
/// here-document, a test). No line editing and no history; the prompt and the line read are
/// echoed, so a transcript of a scripted session reads like one typed at a terminal.
final class StandardInputLineReader: LineReader {
    /// Longer lines are echoed shortened; the game refuses them as answers anyway.
    private static let echoLimit = 200
    private let console: Console

    init(console: Console) {
        self.console = console
    }

    func readLine(prompt: String) -> LineInput {
        console.write(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else {
            console.write("\n")
            return .endOfInput
        }
        var echo = line.count > Self.echoLimit ? String(line.prefix(Self.echoLimit)) + "…" : line
        echo = TerminalSafeText.escape(echo, singleLine: true)
        console.write(echo + "\n")
        return .line(line)
    }

    func offerCompletions(_ completions: Completions) {}

    func close() {}
}
