import ArgumentParser
import QuizEngine

/// Options shared by the commands that read articles (`passages`, `claims`, `check`).
struct ArticleInputOptions: ParsableArguments {
    @Argument(help: "Article files (Markdown with front matter, or pasted text) or pack folders.")
    var inputs: [String]

    @Option(help: ArgumentHelp("Published date for articles that do not state one.", valueName: "YYYY-MM-DD"))
    var published: String?

    @Flag(help: "Also report the boilerplate dropped from each article.")
    var verbose = false

    func validate() throws {
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published takes a date written as YYYY-MM-DD, not '\(published)'")
        }
    }

    var readerOptions: ArticleReader.Options {
        ArticleReader.Options(published: published.flatMap(CalendarDate.init(iso:)))
    }
}

/// Text for people, JSON for programs.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
