import ArgumentParser
import QuizEngine

/// `factquiz export`: a pack for a learning platform (Moodle GIFT) or for paper (Markdown).
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a pack as Moodle GIFT questions or a printable Markdown worksheet.",
        discussion: """
        GIFT: true/false questions become {T}/{F}, multiple choice and fact-check (the three \
        verdicts) become {=right ~wrong}, spot-the-inconsistency becomes a multiple-answer \
        question (each conflicting passage an equal share of 100%, the others a negative share). \
        Every question is titled with its id and carries the explanation and cited passages as \
        general feedback. In Moodle: Question bank > Import > GIFT format.

        Markdown: a worksheet with the questions, the articles with numbered paragraphs, and an \
        answer key quoting the passages that decide each answer. Print it, or turn it into PDF \
        with any Markdown tool.

        PACK is a compiled pack (.json, from `factquiz compile`) or a pack folder.

        Examples:
          factquiz export my-pack --format gift -o my-pack.gift
          factquiz export my-pack.json --format markdown > worksheet.md
          factquiz export my-pack --format markdown --no-articles -o key.md
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case gift
        case markdown
    }

    @Argument(help: "A compiled pack (.json) or a pack folder.")
    var pack: String

    @Option(help: "Output format.")
    var format: Format

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Markdown: leave the articles out of the worksheet.")
    var noArticles = false

    func run() throws {
        let console = Console.standard
        let pack: CompiledPack
        switch PackLoader().load(self.pack) {
        case let .success(loaded):
            pack = loaded
        case let .failure(failure):
            console.report(failure.diagnostics, sources: failure.sources)
            throw ExitCode.failure
        }
        let text: String
        switch format {
        case .gift: text = GIFTWriter().write(pack)
        case .markdown: text = WorksheetWriter(includeArticles: !noArticles).write(pack)
        }
        if let output {
            do {
                try AtomicFile.write(Array(text.utf8), to: output)
            } catch {
                console.error("factquiz: error: \(error)")
                throw ExitCode.failure
            }
            console.error("wrote \(pack.questions.count) questions to \(output)")
        } else {
            console.write(text)
        }
    }
}
