import ArgumentParser

/// The root command. With no subcommand it plays the built-in pack.
struct FactQuiz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factquiz",
        abstract: "Practise reading the news critically: quizzes built from real articles, every answer cited.",
        discussion: """
        Run with no arguments to play the built-in pack. Instructors build their own packs from \
        articles they choose: `factquiz new` scaffolds one, `factquiz compile` checks and builds it.
        """,
        version: FactQuizVersion.string,
        // Each subcommand names itself (`commandName`): left out, ArgumentParser derives the name
        // from the type's name through reflection, dozens of times per start (0.6% of compiling
        // 1,000 articles). A test checks the names are the ones it would derive.
        subcommands: [
            Play.self,
            Passages.self,
            Claims.self,
            Check.self,
            Compile.self,
            Lint.self,
            New.self,
            Review.self,
            Stats.self,
            Report.self,
            Export.self,
            Import.self,
        ],
        defaultSubcommand: Play.self
    )
}

enum FactQuizVersion {
    static let string = "0.1.0"
}
