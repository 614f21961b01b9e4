#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// `factquiz play` at a real (pseudo-)terminal: readline editing, Ctrl-C and Ctrl-D, history and
/// completion, colour and its absence.
@Suite("factquiz play at a terminal")
struct PlayTerminalTests {
    /// Two multiple-choice questions whose answer is b.
    static let arguments = ["play", PlayStdinTests.fixture, "--kinds", "multiple-choice", "--count", "2", "--seed", "5"]

    func start(_ environment: [String: String] = [:], data: URL? = nil) throws -> (PseudoTerminal, URL) {
        let data = try data ?? TemporaryDirectory.make()
        var env = ["XDG_DATA_HOME": data.path, "HOME": data.path]
        for (key, value) in environment { env[key] = value }
        return (try PseudoTerminal(Self.arguments, environment: env), data)
    }

    @Test("readline takes an answer, the feedback is styled and marked, and Ctrl-D ends with the summary")
    func answerAndCtrlD() throws {
        let (terminal, data) = try start()
        try terminal.waitFor("1/2 >")
        terminal.type("b\r")
        let afterAnswer = try terminal.waitFor("2/2 >")
        #expect(terminal.screenText.contains("✓ Right"))
        #expect(terminal.screenText.contains("«"))
        let raw = String(decoding: terminal.output, as: UTF8.self)
        #expect(raw.contains("\u{1B}[1;4m"))  // the deciding span, underlined and bold
        #expect(raw.contains("\u{1B}[32m"))   // green beside the ✓ mark
        terminal.type("\u{04}")
        try terminal.waitFor("Session over after 1 of 2 questions", after: afterAnswer)
        try terminal.waitFor("Score: ")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.isCooked)
        let history = try String(contentsOf: data.appendingPathComponent("factquiz/history"), encoding: .utf8)
        #expect(history.split(separator: "\n").contains("b"))
    }

    @Test("Ctrl-C throws away the line being typed and the question stays")
    func ctrlC() throws {
        let (terminal, _) = try start()
        try terminal.waitFor("1/2 >")
        terminal.type("xyz")
        let typed = try terminal.waitFor("xyz")
        terminal.type("\u{03}")
        let cleared = try terminal.waitFor("1/2 >", after: typed)
        terminal.type("b\r")
        // Had "xyz" survived, "xyzb" could not be read as an answer.
        try terminal.waitFor("✓ Right", after: cleared)
        terminal.type(":quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("Ctrl-C on an empty line says how to end the session")
    func ctrlCEmpty() throws {
        let (terminal, _) = try start()
        try terminal.waitFor("1/2 >")
        terminal.type("\u{03}")
        try terminal.waitFor("Ctrl-D or :quit ends the session")
        terminal.type("\u{04}")
        try terminal.waitFor("Session over after 0 of 2 questions")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("tab completes commands")
    func completion() throws {
        let (terminal, _) = try start()
        try terminal.waitFor("1/2 >")
        terminal.type(":sk\t")
        try terminal.waitFor(":skip")
        terminal.type("\r")
        try terminal.waitFor("→ Skipped")
        terminal.type(":q\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("history from an earlier session comes back with the up arrow")
    func historyAcrossSessions() throws {
        let data = try TemporaryDirectory.make()
        try FileManager.default.createDirectory(at: data.appendingPathComponent("factquiz"), withIntermediateDirectories: true)
        try "b\n".write(to: data.appendingPathComponent("factquiz/history"), atomically: true, encoding: .utf8)
        let (terminal, _) = try start(data: data)
        try terminal.waitFor("1/2 >")
        terminal.type("\u{1B}[A\r")
        try terminal.waitFor("✓ Right")
        // Typed ahead, while the feedback may still be printing: it must still end the session.
        terminal.type("\u{04}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("NO_COLOR keeps the game's output free of colour and styling", arguments: [["NO_COLOR": "1"], ["TERM": "dumb"]])
    func noColour(environment: [String: String]) throws {
        let (terminal, _) = try start(environment)
        try terminal.waitFor("1/2 >")
        terminal.type("b\r")
        try terminal.waitFor("2/2 >")
        terminal.type(":quit\r")
        try terminal.waitFor("Score: ")
        #expect(try terminal.waitForExit() == 0)
        let raw = String(decoding: terminal.output, as: UTF8.self)
        #expect(raw.contains("«"))
        #expect(raw.contains("✓ Right"))
        // No select-graphic-rendition sequence at all (readline's own editing codes aside).
        #expect(!raw.contains("m\u{1B}") && !raw.contains("\u{1B}[1") && !raw.contains("\u{1B}[3"))
        if environment["TERM"] == "dumb" {
            #expect(!raw.contains("\u{1B}"))
        }
    }

    @Test("a data folder that cannot be made costs the history, not the game")
    func unwritableDataFolder() throws {
        let blocker = try TemporaryDirectory.make().appendingPathComponent("not-a-folder")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        let (terminal, _) = try start(["XDG_DATA_HOME": blocker.path])
        try terminal.waitFor("input history cannot be saved")
        try terminal.waitFor("1/2 >")
        terminal.type("b\r")
        try terminal.waitFor("✓ Right")
        terminal.type("\u{04}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("answers typed ahead wait for their question")
    func typeAhead() throws {
        let (terminal, _) = try start()
        try terminal.waitFor("1/2 >")
        terminal.type("b\rb\r")
        try terminal.waitFor("Session over")
        #expect(terminal.screenText.components(separatedBy: "✓ Right").count == 3)
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("SIGTERM ends the session with its summary and gives the terminal back before dying of the signal")
    func terminated() throws {
        let (terminal, _) = try start()
        try terminal.waitFor("1/2 >")
        terminal.send(signal: SIGTERM)
        try terminal.waitFor("Session over after 0 of 2 questions")
        #expect(try terminal.waitForExit() == 128 + SIGTERM)
        #expect(terminal.isCooked)
    }
}
