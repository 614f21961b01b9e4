import QuizEngine
import Testing

@Suite("GIFT export, read back")
struct GIFTRoundTripTests {
    let pack = FixturePack.pack

    func readBack() -> (questions: [GIFTQuestion], diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink()
        let file = SourceFile(path: "export.gift", text: GIFTWriter().write(pack))
        return (GIFTReader().read(file, sink: sink), sink.diagnostics)
    }

    @Test("every question comes back, titled with its id, without a diagnostic")
    func everyQuestion() {
        let (questions, diagnostics) = readBack()
        #expect(diagnostics.isEmpty)
        #expect(questions.map(\.title) == pack.questions.map(\.id))
        #expect(questions.allSatisfy { $0.tail.isEmpty })
        #expect(questions.allSatisfy { $0.category == "$course$/top/factquiz/fixture_pack" })
    }

    @Test("answers come back as the kind's GIFT type")
    func answers() throws {
        let questions = Dictionary(uniqueKeysWithValues: readBack().questions.map { ($0.title ?? "", $0) })
        #expect(questions["tf-call-length"]?.answer == .trueFalse(true, wrongFeedback: "No: the statement is true.", rightFeedback: "Right: the statement is true."))
        guard case let .choices(verdicts) = questions["fc-duration"]?.answer else { throw Failure("fact-check is not a choice question") }
        #expect(verdicts.map(\.text) == ["supported", "contradicted", "not stated"])
        #expect(verdicts.map(\.isMarkedRight) == [false, true, false])
        guard case let .choices(spot) = questions["spot-length"]?.answer else { throw Failure("spot is not a choice question") }
        #expect(spot.map(\.weight) == [50, -100, 50])
        #expect(spot[0].text == "The call lasted 12 minutes, officials said. (Daily Planet, paragraph 1)")
    }

    @Test("special characters survive escaping in prompts, choices and feedback")
    func specialCharacters() throws {
        let questions = Dictionary(uniqueKeysWithValues: readBack().questions.map { ($0.title ?? "", $0) })
        let symbols = try #require(questions["mc-symbols"])
        #expect(symbols.text == "Which ratio: did the poll report?")
        guard case let .choices(choices) = symbols.answer else { throw Failure("not a choice question") }
        #expect(choices.map(\.text) == ["3 = 3 {approx}", "~ #1", "50% \\ 50%"])
        #expect(choices.map(\.isMarkedRight) == [true, false, false])
        let weekday = try #require(questions["tf-weekday"])
        #expect(weekday.text == "The deadline: it expired on a Friday {as reported}.")
        #expect(weekday.generalFeedback == """
            November 29, 2025 was a Saturday.
            Check the calendar.
            Source:
            - “Leaders spoke by phone”, paragraph 3: “expired on Friday, November 29”
            """)
    }

    @Test("the factquiz comment carries kind, skills and difficulty")
    func hints() {
        let spot = readBack().questions.first { $0.title == "spot-length" }
        #expect(spot?.hints["kind"] == "spot-the-inconsistency")
        #expect(spot?.hints["skills"] == "cross-source numbers")
        #expect(spot?.hints["difficulty"] == "hard")
    }

    @Test("import keeps true/false and multiple choice, fact-check as multiple choice, and names what it leaves out")
    func importedBack() {
        let sink = DiagnosticSink()
        let file = SourceFile(path: "export.gift", text: GIFTWriter().write(pack))
        let imported = GIFTImporter().importPack(file, id: "back", title: nil, sink: sink)
        #expect(imported.questions.map(\.id) == pack.questions.filter { $0.kind != .spotTheInconsistency }.map(\.id))
        let byID = Dictionary(uniqueKeysWithValues: imported.questions.map { ($0.id, $0) })
        #expect(byID["tf-weekday"]?.answer == .trueFalse(false))
        #expect(byID["tf-weekday"]?.difficulty == .hard)
        #expect(byID["tf-weekday"]?.skills == [.datesAndTimelines])
        #expect(byID["mc-date"]?.kind == .multipleChoice)
        #expect(byID["mc-date"]?.choices == ["August 15", "November 21", "November 29"])
        #expect(byID["mc-date"]?.answer == .choices(["b"]))
        #expect(byID["fc-duration"]?.kind == .multipleChoice)
        #expect(byID["fc-duration"]?.answer == .choices(["b"]))
        #expect(byID["mc-symbols"]?.explanation.hasPrefix("The text reads: “3 = 3 {approx}”.") == true)
        #expect(sink.diagnostics.map(\.id).sorted() == ["interop.gift-fact-check", "interop.gift-fact-check", "interop.gift-unsupported"])
    }

    @Test("escaping and unescaping are inverse", arguments: [
        "plain", "a:b", "~=#{}", "back\\slash", "two\nlines", "\\n is not a newline", "emoji 🎉 and “quotes”",
    ])
    func escaping(text: String) {
        #expect(GIFTText.unescape(GIFTText.escape(text)) == text)
        #expect(!GIFTText.escape(text).contains("\n"))
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
