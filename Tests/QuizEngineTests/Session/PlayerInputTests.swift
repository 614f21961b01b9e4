import QuizEngine
import Testing

@Suite("Reading an input line")
struct PlayerInputTests {
    @Test("commands start with a colon and may be abbreviated or aliased", arguments: [
        (":help", SessionCommand.help), (":h", .help), (":?", .help), (":HELP", .help), (":he", .help),
        (":hint", .hint), (":hi", .hint),
        (":source", .source), (":so", .source), (":src", .source),
        (":skip", .skip), (":sk", .skip), (":next", .skip),
        (":score", .score), (":sc", .score),
        (":review", .review), (":r", .review), (":missed", .review),
        (":quit", .quit), (":q", .quit), (":exit", .quit), (" :quit ", .quit), (":help me", .help),
    ])
    func commands(line: String, command: SessionCommand) {
        #expect(PlayerInput.parse(line) == .command(command))
    }

    @Test("full command names without the colon are commands too", arguments: [
        ("help", SessionCommand.help), ("quit", .quit), ("exit", .quit), ("Hint", .hint), ("?", .help),
    ])
    func bareWords(line: String, command: SessionCommand) {
        #expect(PlayerInput.parse(line) == .command(command))
    }

    @Test("an ambiguous prefix names the commands it could be")
    func ambiguous() {
        #expect(PlayerInput.parse(":s") == .ambiguousCommand(":s", candidates: [.source, .skip, .score]))
    }

    @Test("an unknown command is reported, not taken as an answer")
    func unknown() {
        #expect(PlayerInput.parse(":frobnicate") == .unknownCommand(":frobnicate"))
        #expect(PlayerInput.parse(":") == .unknownCommand(":"))
    }

    @Test("everything else is an answer, and blank lines are empty", arguments: ["t", "b d", "s 90", "supported", "h", "q"])
    func answers(line: String) {
        #expect(PlayerInput.parse(line) == .answer(line))
    }

    @Test("blank lines are empty")
    func empty() {
        #expect(PlayerInput.parse("   ") == .empty)
    }
}
