import ArgumentParser
import QuizEngine

/// `factquiz passages`: the sentences of articles with the ids citations use.
struct Passages: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passages",
        abstract: "Show the passages (sentences) of articles with their citation ids.",
        discussion: """
        Each passage has an id like p3.s2 (paragraph 3, sentence 2). Citations in a pack point at \
        these ids, so this is how to see exactly what a citation quotes.

        Examples:
          factquiz passages content/seed/articles/cibercuba.md
          factquiz passages --format json article.md > passages.json
          factquiz passages --published 2025-12-02 pasted.txt
        """
    )

    @OptionGroup var input: ArticleInputOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    func run() throws {
        let console = Console.standard
        let loaded = ArticleLoader(options: input.readerOptions).load(input.inputs)
        // Not released passage by passage as the process ends (see ProcessEnd): for 30 MB of
        // news that was 170,000 strings freed one at a time.
        defer { ProcessEnd.keep(loaded) }
        console.report(loaded.diagnostics, sources: loaded.sources)
        if input.verbose { console.reportDropped(loaded.articles) }
        switch format {
        case .json:
            var json = JSONWriter()
            json.articlesDocument(loaded.articles) { console.write($0) }
        case .text:
            console.write(PassageTextRenderer(width: console.width).render(loaded.articles))
        }
        if loaded.hasErrors { throw ExitCode.failure }
    }
}
