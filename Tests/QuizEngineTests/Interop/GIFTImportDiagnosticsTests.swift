import QuizEngine
import Testing

@Suite("GIFT import diagnostics")
struct GIFTImportDiagnosticsTests {
    func run(_ text: String) -> (ImportedPack, [Diagnostic]) {
        let sink = DiagnosticSink()
        let pack = GIFTImporter().importPack(SourceFile(path: "quiz.gift", text: text), id: "quiz", title: nil, sink: sink)
        return (pack, sink.sorted)
    }

    @Test("constructs a pack cannot hold are warnings at their answer block", arguments: [
        ("::N:: How many? {#3:1}", "numeric", 1, 17),
        ("::M:: Match {=a -> 1 =b -> 2}", "matching", 1, 13),
        ("::S:: Capital of France? {=Paris =paris}", "short-answer", 1, 26),
        ("::E:: Discuss. {}", "essay", 1, 16),
        ("The {=cat ~dog} sat on the mat.", "missing-word", 1, 5),
        ("A description with no answer.", "description", 1, 1),
        ("Which are even? {~%50%2 ~%50%4 ~%-100%3}", "multiple-answer", 1, 17),
        ("::X:: Pick {=a =b ~c}", "multiple-choice", 1, 12),
    ])
    func unsupported(text: String, construct: String, line: Int, column: Int) throws {
        let (pack, diagnostics) = run("// header comment\n\n" + text + "\n")
        #expect(pack.questions.isEmpty)
        let warning = try #require(diagnostics.first { $0.id == "interop.gift-unsupported" })
        #expect(warning.message.text.hasPrefix("\(construct) question not imported"))
        #expect(warning.location.line == line + 2)
        #expect(warning.location.column == column)
        #expect(diagnostics.contains { $0.id == "interop.gift-no-questions" })
    }

    @Test("malformed GIFT gives errors with line and column and reading goes on", arguments: [
        ("::T:: Unclosed {T", "interop.gift-unclosed-answer", 1, 16),
        ("::T Untitled {T}", "interop.gift-unclosed-title", 1, 1),
        ("Nested {=a {~b}}", "interop.gift-nested-brace", 1, 12),
        ("Stray } brace {T}", "interop.gift-stray-brace", 1, 7),
        ("Junk {=a xx ~b} more", "interop.gift-unsupported", 1, 6),
        ("Weights {~%abc%a ~b}", "interop.gift-bad-weight", 1, 11),
        ("Weights {~%30%a ~%30%b ~c}", "interop.gift-weights", 1, 9),
        ("No right {~a ~b}", "interop.gift-no-right-choice", 1, 10),
        ("Empty {=a ~ ~b}", "interop.gift-empty-choice", 1, 11),
        ("Leading junk {abc =a ~b}", "interop.gift-expected-choice", 1, 15),
        ("Only one {=a ~%0%}", "interop.gift-empty-choice", 1, 14),
    ])
    func malformed(text: String, id: String, line: Int, column: Int) throws {
        let (pack, diagnostics) = run(text + "\n\n::ok:: Still read {T}\n")
        let problem = try #require(diagnostics.first { $0.id != "interop.gift-no-questions" })
        #expect(problem.id == id)
        #expect(problem.location.file == "quiz.gift")
        #expect(problem.location.line == line)
        #expect(problem.location.column == column)
        #expect(pack.questions.map(\.id) == ["ok"])
    }

    @Test("true/false and multiple choice in Moodle's forms are imported")
    func supported() {
        let (pack, diagnostics) = run("""
            $CATEGORY: $course$/Unit 3

            // A comment
            ::Grant's tomb:: Grant is buried in Grant's tomb. {FALSE#No one is.#Right, no one.}

            Who's buried in Grant's tomb?{~Grant ~Jefferson =no one#Right! ####Nobody is buried there.}

            ::html::[html]<p>Is 2 &lt; 3?</p>{TRUE}

            ::Weighted:: Best answer? {~%100%yes ~%0%no ~maybe}
            """)
        #expect(diagnostics.isEmpty)
        #expect(pack.title == "Unit 3")
        #expect(pack.questions.map(\.id) == ["grant-s-tomb", "q2", "html", "weighted"])
        #expect(pack.questions[0].answer == .trueFalse(false))
        #expect(pack.questions[0].explanation == "Right, no one.")
        #expect(pack.questions[1].choices == ["Grant", "Jefferson", "no one"])
        #expect(pack.questions[1].answer == .choices(["c"]))
        #expect(pack.questions[1].explanation == "Nobody is buried there.")
        #expect(pack.questions[2].prompt == "Is 2 < 3?")
        #expect(pack.questions[3].answer == .choices(["a"]))
        #expect(pack.questions[3].explanation == "The right answer is “yes”.")
    }

    @Test("two questions with one title get distinct ids, with a warning")
    func duplicateIDs() {
        let (pack, diagnostics) = run("::Same:: One {T}\n\n::Same:: Two {F}\n")
        #expect(pack.questions.map(\.id) == ["same", "same-2"])
        #expect(diagnostics.map(\.id) == ["interop.gift-duplicate-id"])
        #expect(diagnostics.first?.location.line == 3)
    }

    @Test("the written pack.yaml quotes every string so odd text cannot break it")
    func yaml() {
        let (pack, _) = run("::q:: Key: value # not a comment\\n- dash {=\"quoted\" ~\\{x\\} ~tab\there}\n")
        let yaml = PackYAMLWriter().write(pack)
        #expect(yaml.contains("    prompt: \"Key: value # not a comment\\n- dash\"\n"))
        #expect(yaml.contains("      - \"\\\"quoted\\\"\"\n"))
        #expect(yaml.contains("      - \"{x}\"\n"))
        #expect(yaml.contains("      - \"tab\\there\"\n"))
        #expect(yaml.contains("    answer: a\n"))
    }

    @Test("random bytes and truncations never trap")
    func fuzz() {
        var generator = FuzzRandom(seed: 42)
        let alphabet = Array("{}=~#:%\\->TF abc\n\n::[html]<p>0123456789.é“")
        let seed = GIFTWriter().write(FixturePack.pack)
        for round in 0..<400 {
            var text: String
            if round % 2 == 0 {
                text = String((0..<Int(generator.next() % 200)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            } else {
                var characters = Array(seed)
                for _ in 0..<8 {
                    let index = Int(generator.next() % UInt64(characters.count))
                    characters[index] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                }
                text = String(characters.prefix(Int(generator.next() % UInt64(characters.count))))
            }
            let sink = DiagnosticSink()
            _ = GIFTImporter().importPack(SourceFile(path: "f.gift", text: text), id: "f", title: nil, sink: sink)
        }
    }
}

/// A small deterministic generator for the fuzz loop.
struct FuzzRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
