import ArgumentParser
import QuizEngine

/// `factquiz report`: a class's exam results pooled for the teacher.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Pool a class's exam results: scores, item analysis, most-missed questions, calibration.",
        discussion: """
        Reads the JSON results files that `factquiz play --mode exam --results DIR` writes, one \
        per student (give the files, or the folder). All must come from the same pack and pack \
        version (fingerprint): results from different questions are refused, naming the files.

        Per question it reports the facility (share of students right) and the discrimination: \
        the correlation between getting this question right and doing well on the rest of the \
        test (corrected point-biserial, as Moodle's quiz statistics). A low or negative \
        discrimination marks a question to reword or a key to check. The most-missed questions \
        come with the passages that decide them.

        Examples:
          factquiz report results/
          factquiz report results/*.json --format markdown > class.md
          factquiz report results/ --format csv > gradebook.csv
          factquiz report results/ --pack my-pack.json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, markdown
    }

    @Argument(help: ArgumentHelp("Results files (.json) or folders holding them.", valueName: "results"))
    var results: [String]

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(help: ArgumentHelp("The pack the exam used, for questions' wording and sources when the results lack them.", valueName: "pack"))
    var pack: String?

    func run() throws {
        let console = Console.standard
        let loaded = ResultsFileReader.load(results)
        console.report(loaded.diagnostics, sources: [])
        guard loaded.diagnostics.isEmpty else {
            console.error("factquiz: no report: fix or leave out the files above")
            throw ExitCode.failure
        }
        var compiled: CompiledPack?
        if let pack {
            switch PackLoader().load(pack) {
            case let .success(loadedPack): compiled = loadedPack
            case let .failure(failure):
                console.report(failure.diagnostics, sources: failure.sources)
                throw ExitCode.failure
            }
        }
        // Results from the built-in pack can always quote its sources.
        if compiled == nil, let first = loaded.results.first?.result,
           case let .success(builtIn) = PackLoader.builtIn(), builtIn.fingerprint == first.packFingerprint {
            compiled = builtIn
        }
        switch ClassReport.make(loaded.results, pack: compiled) {
        case let .failure(failure):
            console.error("factquiz: error: \(TerminalSafeText.escape(failure.description))")
            throw ExitCode.failure
        case let .success(report):
            let renderer = ClassReportRenderer(style: console.outStyle, width: console.width)
            switch format {
            case .text: console.write(renderer.text(report))
            case .markdown: console.write(renderer.markdown(report))
            case .csv: console.write(renderer.csv(report))
            }
        }
    }
}
