import ArgumentParser
import QuizEngine

/// `factquiz lint`: compile without writing anything.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a pack folder without writing a compiled pack.",
        discussion: """
        Runs the whole compile and reports every problem, then a tally. Exit status 1 when there \
        are errors; with --strict, warnings count as errors too.

        Examples:
          factquiz lint my-pack
          factquiz lint my-pack --strict --diagnostics json
        """
    )

    @Argument(help: "The pack folder (holding pack.yaml).")
    var pack: String

    @Option(help: "How to print diagnostics.")
    var diagnostics: OutputFormat = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let console = Console.standard
        let compiled = try PackCommandSupport.compile(pack, diagnostics: diagnostics, verbose: false, console: console)
        let warnings = compiled.diagnostics.count { $0.severity == .warning }
        if diagnostics == .text, let result = compiled.pack {
            let kinds = Dictionary(grouping: result.questions, by: \.kind).map { "\($0.value.count) \($0.key.rawValue)" }.sorted()
            console.error("'\(result.id)': \(result.questions.count) questions (\(kinds.joined(separator: ", "))), "
                + "\(result.articles.count) articles, \(warnings == 1 ? "1 warning" : "\(warnings) warnings")")
        }
        if compiled.hasErrors || (strict && warnings > 0) { throw ExitCode.failure }
    }
}
