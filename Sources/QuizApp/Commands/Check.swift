import ArgumentParser
import QuizEngine

/// `factquiz check`: passages that cannot all be true, within and across articles.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find passages that cannot all be true, within an article and across articles.",
        discussion: """
        Reads the articles together, extracts their claims and reports what cannot all be true: \
        a number that changed between paragraphs, a quote worded two ways, a weekday that does \
        not fit its date, a deadline that does not add up, two outlets dating the same event \
        differently. Each finding gives its reason and cites the passages, with the deciding \
        words marked [like this]. Findings are not errors: the exit status is 0 whenever the \
        articles could be read.

        Examples:
          factquiz check article.md other-outlet.md
          factquiz check content/seed --min-confidence 0.7
          factquiz check --format json --published 2025-12-02 pasted.txt
        """
    )

    @OptionGroup var input: ArticleInputOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Option(name: .customLong("min-confidence"), help: ArgumentHelp("Only findings at least this likely (0 to 1).", valueName: "X"))
    var minConfidence: Double = 0.5

    func validate() throws {
        guard minConfidence.isFinite, (0...1).contains(minConfidence) else {
            throw ValidationError("--min-confidence takes a number from 0 to 1, not '\(minConfidence)'")
        }
    }

    func run() throws {
        let console = Console.standard
        let loaded = ArticleLoader(options: input.readerOptions).load(input.inputs)
        console.report(loaded.diagnostics, sources: loaded.sources)
        if input.verbose { console.reportDropped(loaded.articles) }
        // Nothing could be read: the diagnostics say why, and an empty report would mislead.
        if loaded.articles.isEmpty, loaded.hasErrors { throw ExitCode.failure }
        let extractor = ClaimExtractor()
        // Claims are read story by story as the checker gets to them.
        let findings = ConsistencyChecker().check(articles: loaded.articles, minConfidence: minConfidence, claims: extractor.claims(in:))
        switch format {
        case .json:
            var json = JSONWriter()
            json.findingsDocument(findings, articles: loaded.articles)
            console.write(json.bytes)
        case .text:
            let renderer = FindingTextRenderer(width: console.width, style: console.outStyle)
            console.write(renderer.render(findings, articles: loaded.articles))
        }
        if loaded.hasErrors { throw ExitCode.failure }
    }
}
