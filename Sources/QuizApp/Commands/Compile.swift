import ArgumentParser
import Foundation
import QuizEngine

/// `factquiz compile`: a pack folder in, a compiled pack (JSON) out.
struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile a pack folder into a pack the game plays.",
        discussion: """
        Reads pack.yaml and its articles, generates questions from the articles' claims and from \
        the inconsistencies the checker finds, adds the authored questions, and checks every \
        citation. Problems are reported as file:line:column: severity: message. On any error \
        nothing is written and the exit status is 1. The same input always gives byte-identical \
        output.

        Examples:
          factquiz compile content/seed -o seed.json
          factquiz compile my-pack                    # writes the pack to standard output
          factquiz compile my-pack --diagnostics json # diagnostics for an editor
        """
    )

    @Argument(help: "The pack folder (holding pack.yaml).")
    var pack: String?

    @Flag(name: .customLong("built-in"), help: ArgumentHelp("Compile the pack built into this binary.", visibility: .hidden))
    var builtIn = false

    func validate() throws {
        if (pack == nil) == !builtIn {
            throw ValidationError(builtIn ? "give either a pack folder or --built-in, not both" : "give the pack folder to compile")
        }
    }

    @Option(name: .shortAndLong, help: "Write the compiled pack here instead of standard output.")
    var output: String?

    @Option(help: "How to print diagnostics.")
    var diagnostics: OutputFormat = .text

    @Flag(help: "Also report the boilerplate dropped from each article.")
    var verbose = false

    func run() throws {
        let console = Console.standard
        let compiled = builtIn
            ? PackCommandSupport.report(BuiltInPack.compile(), diagnostics: diagnostics, verbose: verbose, console: console)
            : try PackCommandSupport.compile(pack ?? "", diagnostics: diagnostics, verbose: verbose, console: console)
        // Not released piece by piece when this returns and the process ends (see ProcessEnd).
        defer { ProcessEnd.keep(compiled) }
        guard let result = compiled.pack else { throw ExitCode.failure }
        if let output {
            do {
                try AtomicFile.write(to: output) { sink in
                    var sink = sink
                    result.writeJSON(to: &sink)
                }
            } catch {
                console.error("error: \(error)")
                throw ExitCode.failure
            }
            if diagnostics == .text {
                console.error("compiled '\(result.id)': \(result.questions.count) questions from \(result.articles.count) articles -> \(output)")
            }
        } else {
            var sink = DescriptorSink(descriptor: STDOUT_FILENO)
            result.writeJSON(to: &sink)
            // A closed pipe (`factquiz compile --built-in | head`) ends the output quietly.
            sink.flush()
        }
    }
}

/// What `compile` and `lint` share.
enum PackCommandSupport {
    static func compile(_ path: String, diagnostics format: OutputFormat, verbose: Bool, console: Console) throws -> PackFolder.Compiled {
        guard PackFolder.isPackFolder(path) else {
            let reason = InputFile.kind(of: path) == .directory
                ? "\(path) has no pack.yaml (start one with 'factquiz new')"
                : "\(path) is not a pack folder"
            console.error("error: \(reason)")
            throw ExitCode.failure
        }
        return report(PackFolder(path: path).compile(), diagnostics: format, verbose: verbose, console: console)
    }

    static func report(_ compiled: PackFolder.Compiled, diagnostics format: OutputFormat, verbose: Bool, console: Console) -> PackFolder.Compiled {
        switch format {
        case .text:
            console.report(compiled.diagnostics, sources: compiled.sources)
            if verbose { console.reportDropped(compiled.articles) }
        case .json:
            var json = JSONWriter()
            json.diagnosticsDocument(compiled.diagnostics)
            var text = String(decoding: json.bytes, as: UTF8.self)
            text.removeLast()
            console.error(text)
        }
        return compiled
    }
}
