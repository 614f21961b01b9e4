import ArgumentParser
import Foundation
import QuizEngine

/// `factquiz import`: questions from another quiz tool into a new pack folder.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import Moodle GIFT questions into a new pack folder.",
        discussion: """
        True/false and multiple-choice questions are carried over; multiple-answer questions \
        (weighted ~%50% answers) become spot-the-inconsistency, scored the same way. Numeric, \
        matching, short-answer, essay, missing-word and description questions have no \
        counterpart in a pack: each is reported with its file, line and column, and skipped.

        The pack has no articles, so its questions cite nothing: `factquiz compile` accepts them \
        with a warning. Add articles and `cite:` entries to pack.yaml to give each answer its \
        source.

        Examples:
          factquiz import quiz.gift -o quiz-pack
          factquiz import moodle-export.txt -o unit3 --id unit-3 --title "Unit 3: reading numbers"
        """
    )

    @Argument(help: ArgumentHelp("A GIFT file.", valueName: "file.gift"))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The pack folder to create (must not exist or be empty).", valueName: "pack-dir"))
    var output: String

    @Option(help: "The pack's id (default: from the file name).")
    var id: String?

    @Option(help: "The pack's title (default: the GIFT category, or the id).")
    var title: String?

    /// GIFT files are question banks, not articles: a few megabytes at most.
    static let sizeLimit = 32 << 20

    func validate() throws {
        if let id, GIFTImporter.identifier(id) != id {
            throw ValidationError("--id takes letters, digits, '-', '_' and '.', in lower case: '\(id)'")
        }
    }

    func run() throws {
        let console = Console.standard
        let source: SourceFile
        switch InputFile.read(file, limit: Self.sizeLimit) {
        case let .failure(failure):
            console.report([Diagnostic(.inputUnreadable(failure.description), at: .file(file))], sources: [])
            throw ExitCode.failure
        case let .success(bytes):
            switch SourceDecoder.decode(path: file, bytes: bytes) {
            case let .success(decoded):
                source = decoded
            case let .failure(.invalidUTF8(byte, line, column)):
                let location = SourceLocation(file: file, offset: 0, line: line, column: column)
                console.report([Diagnostic(.inputUnreadable("not UTF-8 text: byte 0x\(String(byte, radix: 16, uppercase: true))"), at: location)], sources: [])
                throw ExitCode.failure
            case let .failure(.binary(line, column)):
                let location = SourceLocation(file: file, offset: 0, line: line, column: column)
                console.report([Diagnostic(.inputUnreadable("a binary file (it holds a NUL byte), not GIFT text"), at: location)], sources: [])
                throw ExitCode.failure
            }
        }
        let packID = id ?? GIFTImporter.identifier(Self.stem(of: file)) ?? "imported"
        let sink = DiagnosticSink()
        let pack = GIFTImporter().importPack(source, id: packID, title: title, sink: sink)
        console.report(sink.sorted, sources: [source])
        guard !pack.questions.isEmpty else { throw ExitCode.failure }
        let skipped = sink.diagnostics.count { $0.id == "interop.gift-unsupported" || $0.severity == .error }
        if let problem = Self.problemWithOutput(output) {
            console.error("factquiz: error: cannot create the pack folder \(output): \(problem)")
            throw ExitCode.failure
        }
        let yaml = PackYAMLWriter().write(pack, header: "Imported by factquiz from \(Self.stem(of: file, keepExtension: true)).")
        do {
            let writer = PackYAMLWriter()
            let about = writer.aboutArticle(pack, sourceName: Self.stem(of: file, keepExtension: true), day: LocalDay.today, skipped: skipped)
            try FileManager.default.createDirectory(atPath: output + "/articles", withIntermediateDirectories: true)
            try AtomicFile.write(Array(about.utf8), to: output + "/" + PackYAMLWriter.aboutArticlePath)
            try AtomicFile.write(Array(yaml.utf8), to: output + "/pack.yaml")
        } catch {
            console.error("factquiz: error: cannot write \(output)/pack.yaml: \(ProgressStore.reason(error))")
            throw ExitCode.failure
        }
        var summary = "imported \(pack.questions.count) question\(pack.questions.count == 1 ? "" : "s") into \(output)/pack.yaml"
        if skipped > 0 { summary += "; \(skipped) could not be carried over (see above)" }
        console.error(summary)
    }

    /// A pack folder is created fresh: an existing non-empty folder is never written into.
    static func problemWithOutput(_ path: String) -> String? {
        switch InputFile.kind(of: path) {
        case .missing: return nil
        case .file, .other: return "a file with that name exists"
        case .directory: return InputFile.list(path).isEmpty ? nil : "the folder exists and is not empty"
        }
    }

    static func stem(of path: String, keepExtension: Bool = false) -> String {
        let name = String(path.split(separator: "/").last ?? Substring(path))
        guard !keepExtension, let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
