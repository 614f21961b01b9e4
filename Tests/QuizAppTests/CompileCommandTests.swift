import Foundation
import Testing

/// `factquiz compile`, `lint` and `new` as an instructor uses them.
@Suite("factquiz compile")
struct CompileCommandTests {
    static let article = """
        ---
        title: Bridge reopens
        outlet: Riverside Courier
        published: 2025-03-04
        ---
        The old bridge reopened on Monday, March 3, after “eleven weeks” of repairs — the city said.

        The repairs cost $2.4 million, the council said.

        """

    static func pack(questions: String, articles: String = "  - articles/bridge.md\n") throws -> URL {
        try TemporaryDirectory.with([
            "pack/pack.yaml": "id: bridge\ntitle: Bridge\narticles:\n\(articles)generate:\n  true-false: 0\n  fact-check: 0\nquestions:\n\(questions)",
            "pack/articles/bridge.md": article,
        ]).appendingPathComponent("pack")
    }

    static let goodQuestion = """
          - id: q1
            kind: true-false
            prompt: The bridge reopened on a Monday.
            answer: true
            explanation: It did.
            cite:
              - article: bridge
                quote: 'reopened on Monday, March 3, after "eleven weeks" of repairs - the city'

        """

    @Test("a pack compiles to JSON whose citations quote the passage exactly")
    func compilesWithExactQuotes() throws {
        let pack = try Self.pack(questions: Self.goodQuestion)
        let out = try FactQuizProcess.run(["compile", pack.path])
        #expect(out.status == 0, "\(out.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        #expect(json["format"] as? String == "factquiz-pack/1")
        let question = (json["questions"] as! [[String: Any]])[0]
        let citation = (question["citations"] as! [[String: Any]])[0]
        // Straight quotes and a hyphen in the pack; curly quotes and an em dash in the article.
        #expect(citation["quote"] as? String == "reopened on Monday, March 3, after “eleven weeks” of repairs — the city")
        #expect(citation["passage"] as? String == "p1.s1")
    }

    @Test("two compiles of the same pack are byte-identical")
    func deterministic() throws {
        let pack = try Self.pack(questions: Self.goodQuestion)
        let a = try FactQuizProcess.run(["compile", pack.path])
        let b = try FactQuizProcess.run(["compile", pack.path])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
    }

    @Test("a quote that is not in the article is an error at the quote, with a note at the closest passage")
    func quoteNotFound() throws {
        let pack = try Self.pack(questions: """
              - id: q1
                kind: true-false
                prompt: The bridge reopened on a Tuesday.
                answer: false
                explanation: It was a Monday.
                cite:
                  - article: bridge
                    quote: reopened on Tuesday, March 4

            """)
        let out = try FactQuizProcess.run(["compile", pack.path, "-o", pack.appendingPathComponent("out.json").path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("pack.yaml:16:16: error: quote not found in article 'bridge': \"reopened on Tuesday, March 4\""))
        #expect(out.stderr.contains("bridge.md:6:1: note: closest passage is p1.s1"))
        #expect(!FileManager.default.fileExists(atPath: pack.appendingPathComponent("out.json").path), "errors write nothing")
    }

    @Test("malformed YAML is reported at its line and column")
    func malformedYAML() throws {
        let dir = try TemporaryDirectory.with(["p/pack.yaml": "id: broken\ntitle: [unclosed\nquestions:\n  - kind: true-false\n"])
        let out = try FactQuizProcess.run(["compile", dir.appendingPathComponent("p").path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("p/pack.yaml:3:"))
        #expect(out.stderr.contains("error: invalid YAML"))
    }

    @Test("an article path outside the pack is refused and never read")
    func pathTraversal() throws {
        let pack = try Self.pack(questions: Self.goodQuestion, articles: "  - articles/bridge.md\n  - ../../../../etc/passwd\n  - /etc/hostname\n")
        let out = try FactQuizProcess.run(["compile", pack.path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("article path '../../../../etc/passwd' leads outside the pack folder"))
        #expect(out.stderr.contains("article path '/etc/hostname' leads outside the pack folder"))
        #expect(!out.combined.contains("root:x:0:0"))
    }

    @Test("a symbolic link out of the pack is refused")
    func symlinkOut() throws {
        let pack = try Self.pack(questions: Self.goodQuestion, articles: "  - articles/bridge.md\n  - articles/escape.md\n")
        try FileManager.default.createSymbolicLink(atPath: pack.appendingPathComponent("articles/escape.md").path, withDestinationPath: "/etc/passwd")
        let out = try FactQuizProcess.run(["compile", pack.path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("article path 'articles/escape.md' leads outside the pack folder"))
    }

    @Test("wrong answers, unknown keys and unknown articles each get their own diagnostic", arguments: [
        ("kind: true-false\n    prompt: x\n    answer: maybe\n    explanation: x\n", "answer 'maybe' does not fit a true-false question"),
        ("kind: multiple-choice\n    prompt: x\n    choices: [a, b]\n    answer: d\n    explanation: x\n", "answer 'd' is not one of the choices (a to b)"),
        ("kind: true-false\n    prompt: x\n    answer: true\n    explanation: x\n    difficuly: hard\n", "warning: unknown key 'difficuly'"),
        ("kind: true-false\n    prompt: x\n    answer: true\n    explanation: x\n    cite:\n      - {article: bridgee, quote: reopened}\n", "error: no article 'bridgee' in this pack"),
        ("kind: fact-check\n    prompt: x\n    answer: supported\n    explanation: x\n", "needs 'article'"),
        ("kind: true-false\n    prompt: x\n    answer: true\n    explanation: x\n", "warning: question 'q9' cites no passage"),
    ])
    func diagnostics(question: String, expected: String) throws {
        let pack = try Self.pack(questions: Self.goodQuestion + "  - id: q9\n    " + question)
        let out = try FactQuizProcess.run(["lint", pack.path])
        #expect(out.stderr.contains(expected), "\(out.stderr)")
    }

    @Test("diagnostics can be JSON for editors")
    func jsonDiagnostics() throws {
        let pack = try Self.pack(questions: Self.goodQuestion + "  - id: q1\n    kind: true-false\n    prompt: x\n    answer: true\n    explanation: x\n    cite: [{article: bridge, quote: repairs cost}]\n")
        let out = try FactQuizProcess.run(["lint", pack.path, "--diagnostics", "json"])
        #expect(out.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(out.stderr.utf8)) as! [String: Any]
        let diagnostics = json["diagnostics"] as! [[String: Any]]
        let duplicate = try #require(diagnostics.first { $0["id"] as? String == "packs.duplicate-question" })
        #expect(duplicate["line"] as? Int == 17)
        #expect(duplicate["severity"] as? String == "error")
    }

    @Test("new scaffolds a pack that lints clean and compiles")
    func newPack() throws {
        let dir = try TemporaryDirectory.make()
        let created = try FactQuizProcess.run(["new", "civics"], currentDirectory: dir)
        #expect(created.status == 0)
        #expect(created.stdout.contains("factquiz lint civics"))
        let lint = try FactQuizProcess.run(["lint", "--strict", "civics"], currentDirectory: dir)
        #expect(lint.status == 0, "\(lint.stderr)")
        let again = try FactQuizProcess.run(["new", "civics"], currentDirectory: dir)
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists"))
    }
}

@Suite("Output files")
struct OutputFileTests {
    @Test("-o /dev/null writes to the device and leaves it a device")
    func devNull() throws {
        let out = try FactQuizProcess.run(["compile", "--built-in", "-o", "/dev/null"])
        #expect(out.status == 0, "\(out.stderr)")
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR, "/dev/null must still be a character device")
    }

    @Test("a full disk while the pack is written is an error that says so", .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDisk() throws {
        let out = try FactQuizProcess.run(["compile", "--built-in", "-o", "/dev/full"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("cannot write /dev/full: the disk is full"), "\(out.stderr)")
    }

    @Test("a folder as output is an error that names it")
    func folder() throws {
        let dir = try TemporaryDirectory.make()
        let out = try FactQuizProcess.run(["compile", "--built-in", "-o", dir.path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("cannot write \(dir.path): it is a folder"))
    }
}
