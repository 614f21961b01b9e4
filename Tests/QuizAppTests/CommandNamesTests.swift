import ArgumentParser
import Testing
@testable import QuizApp

/// Subcommands name themselves to spare ArgumentParser deriving the names at each start; the
/// names must stay the ones it would derive from the type names, which the help text, the docs
/// and every script use.
@Suite("Command names")
struct CommandNamesTests {
    @Test("every subcommand's name is its type's name in lowercase")
    func namesMatchTypes() {
        for command in FactQuiz.configuration.subcommands {
            #expect(command.configuration.commandName == String(describing: command).lowercased())
        }
    }
}
