import ArgumentParser
import Foundation
import QuizEngine

/// `factquiz new`: scaffold a pack folder an instructor can fill in.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new pack folder with a commented pack.yaml and an example article.",
        discussion: """
        The new pack compiles as it is, so you can start from something that works: replace the \
        example article with your own, then run 'factquiz lint NAME' after each change.

        Examples:
          factquiz new climate-claims
          factquiz lint climate-claims && factquiz play climate-claims
        """
    )

    @Argument(help: "The folder to create; its name becomes the pack id.")
    var name: String

    func validate() throws {
        let id = Self.packID(for: name)
        guard ArticleReader.isValidID(id) else {
            throw ValidationError("'\(name)' cannot be a pack id: use letters, digits, '-', '_' and '.'")
        }
        guard InputFile.kind(of: name) == .missing else {
            throw ValidationError("'\(name)' already exists; choose a new folder name")
        }
    }

    func run() throws {
        let console = Console.standard
        let id = Self.packID(for: name)
        do {
            try FileManager.default.createDirectory(atPath: PackFolder.join(name, "articles"), withIntermediateDirectories: true)
            try PackTemplate.manifest(id: id).write(toFile: PackFolder.join(name, "pack.yaml"), atomically: true, encoding: .utf8)
            try PackTemplate.article.write(toFile: PackFolder.join(name, "articles/example.md"), atomically: true, encoding: .utf8)
        } catch {
            console.error("error: cannot create \(name): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        console.write("""
        Created \(name)/
          pack.yaml            what the pack holds: articles, generated and authored questions
          articles/example.md  an example article; replace it with your own

        Next: factquiz lint \(name)    (check it)
              factquiz play \(name)    (try it)

        """)
    }

    static func packID(for name: String) -> String {
        String(name.split(separator: "/").last ?? Substring(name))
    }
}

/// The files `factquiz new` writes. The example is invented and says so.
enum PackTemplate {
    static func manifest(id: String) -> String {
        """
        # A factquiz pack: the articles to quiz on and the questions to ask.
        # The full format is described in docs/pack-format.md of the factquiz sources.

        id: \(id)                       # letters, digits, '-', '_' and '.'
        title: Example pack             # shown when the game starts
        description: Replace this with what the pack practises.
        author: Your Name
        license: CC-BY-4.0
        audience: ages 15-18

        # Article files, relative to this folder (Markdown with front matter, or pasted text).
        articles:
          - articles/example.md

        # Questions the compiler writes from the articles. The same seed gives the same questions.
        generate:
          seed: 1
          true-false: 4                 # statements that are true or change one detail
          fact-check: 2                 # supported / contradicted / not stated
          spot-the-inconsistency: all   # one per inconsistency the checker finds

        # Questions you write yourself. Each cites the passage that decides the answer:
        # copy a few words from the article as the quote ('factquiz passages articles/example.md'
        # shows every passage).
        questions:
          - id: bridge-weekday
            kind: true-false
            prompt: According to the Riverside Courier, the bridge reopened on a Tuesday.
            answer: false
            explanation: >-
              The article says the bridge reopened on Monday, March 3, 2025, which really was a
              Monday. Check a date against a calendar before repeating it.
            cite:
              - article: example
                quote: reopened on Monday, March 3
            skills: [dates-and-timelines]
            difficulty: easy

        # Changes to generated questions, by id (see the ids with 'factquiz compile').
        # edits:
        #   drop: [tf-1a2b3c4d]
        #   override:
        #     tf-5e6f7a8b:
        #       difficulty: hard

        """
    }

    static let article = """
        ---
        title: Old river bridge reopens after repairs
        outlet: Riverside Courier (an invented example)
        author: Example Reporter
        published: 2025-03-04
        ---
        The old river bridge reopened on Monday, March 3, after eleven weeks of repairs, the city said.

        The repairs cost $2.4 million, about $400,000 more than the council approved in December.

        "We are glad to have it back," said Mayor Ana Ruiz. "Traffic downtown has been terrible."

        About 12,000 cars crossed the bridge each day before it closed, according to city traffic counts.

        """
}
