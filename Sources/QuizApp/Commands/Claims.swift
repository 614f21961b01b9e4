import ArgumentParser
import QuizEngine

/// `factquiz claims`: the typed claims found in articles.
struct Claims: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Show the claims (numbers, dates, quotes, sources, ...) found in articles.",
        discussion: """
        Each claim has a kind, its exact words in the passage, a normalised value and the words \
        saying what it is about. These are what questions and the inconsistency checker work from.

        Examples:
          factquiz claims article.md
          factquiz claims --format json content/seed
        """
    )

    @OptionGroup var input: ArticleInputOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Option(name: .customLong("kind"), help: "Only claims of these kinds (repeatable).")
    var kinds: [ClaimKind] = []

    func run() throws {
        let console = Console.standard
        let loaded = ArticleLoader(options: input.readerOptions).load(input.inputs)
        console.report(loaded.diagnostics, sources: loaded.sources)
        if input.verbose { console.reportDropped(loaded.articles) }
        let extractor = ClaimExtractor()
        var claims: [Claim] = []
        for article in loaded.articles {
            claims += extractor.claims(in: article).filter { kinds.isEmpty || kinds.contains($0.kind) }
        }
        switch format {
        case .json:
            var json = JSONWriter()
            json.claimsDocument(claims)
            console.write(json.bytes)
        case .text:
            console.write(ClaimTextRenderer().render(claims, articles: loaded.articles))
        }
        if loaded.hasErrors { throw ExitCode.failure }
    }
}

extension ClaimKind: ExpressibleByArgument {}
