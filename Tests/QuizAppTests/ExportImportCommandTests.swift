import Foundation
import QuizEngine
import Testing

@Suite("factquiz export and import")
struct ExportImportCommandTests {
    @Test("GIFT export of a compiled pack names every question and escapes special characters")
    func giftExport() throws {
        let pack = try FixturePack.write()
        let out = try FactQuizProcess.run(["export", pack.path, "--format", "gift"])
        #expect(out.status == 0)
        #expect(out.stdout.components(separatedBy: "\n::").count - 1 == FixturePack.pack.questions.count)
        #expect(out.stdout.contains("::tf-weekday::[plain]The deadline\\: it expired on a Friday \\{as reported\\}. {F#"))
        #expect(out.stdout.contains("{=3 \\= 3 \\{approx\\} ~\\~ \\#1 ~50% \\\\ 50% ####"))
        #expect(out.stdout.contains("{~%50%The call lasted 12 minutes, officials said. (Daily Planet, paragraph 1) ~%-100%"))
    }

    @Test("GIFT export of the seed pack folder, written to a file")
    func giftToFile() throws {
        let dir = try TemporaryDirectory.make()
        let file = dir.appendingPathComponent("seed.gift")
        let out = try FactQuizProcess.run(["export", Repository.root.appendingPathComponent("content/seed").path, "--format", "gift", "-o", file.path])
        #expect(out.status == 0)
        #expect(out.stdout.isEmpty)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("$CATEGORY: $course$/top/factquiz/venezuela_call"))
        #expect(text.contains("::deadline-weekday::"))
    }

    @Test("the Markdown worksheet has the questions, the articles and an answer key citing passages")
    func worksheet() throws {
        let pack = try FixturePack.write()
        let out = try FactQuizProcess.run(["export", pack.path, "--format", "markdown"])
        #expect(out.status == 0)
        let text = out.stdout
        #expect(text.hasPrefix("# Fixture: the phone call\n"))
        #expect(text.contains("## Questions"))
        #expect(text.contains("**5.** _Multiple choice · Dates and timelines · medium_"))
        #expect(text.contains("- **b**) November 21"))
        #expect(text.contains("## The articles"))
        #expect(text.contains("**[2]** Ratio: 3 = 3 {approx} \\~ \\#1 in polls."))
        let key = try #require(text.components(separatedBy: "## Answer key").last)
        #expect(key.contains("**5.** **b**. Daily Planet: “held on November 21”."))
        #expect(key.contains("- Daily Planet, “The call: what we know”, paragraph 1: “held on November 21”"))
        #expect(key.contains("_No cited source for this answer._"))
        let bare = try FactQuizProcess.run(["export", pack.path, "--format", "markdown", "--no-articles"])
        #expect(!bare.stdout.contains("## The articles"))
    }

    @Test("exporting a missing or broken pack is an error naming the file")
    func badPack() throws {
        let dir = try TemporaryDirectory.with(["broken.json": "{\"format\": \"factquiz-pack/1\", \"id\": 3"])
        let broken = try FactQuizProcess.run(["export", dir.appendingPathComponent("broken.json").path, "--format", "gift"])
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("broken.json"))
        let missing = try FactQuizProcess.run(["export", "/nonexistent/pack.json", "--format", "gift"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("/nonexistent/pack.json"))
    }

    @Test("import writes a pack that compiles, and reports each construct it leaves out with its line")
    func importGIFT() throws {
        let dir = try TemporaryDirectory.with(["quiz.gift": """
            // Unit 3
            ::Tomb:: Grant is buried in Grant's tomb. {F#Wrong.#Right: no one is. ####No one is buried there: it is a mausoleum.}

            ::Capital:: Which city is the capital of France? {=Paris ~Lyon ~Marseille}

            ::Count:: How many moons has Mars? {#2}

            ::Match:: Match them. {=cat -> meow =dog -> woof}

            ::Essay:: Discuss the article. {}
            """])
        let target = dir.appendingPathComponent("pack")
        let out = try FactQuizProcess.run(["import", dir.appendingPathComponent("quiz.gift").path, "-o", target.path])
        #expect(out.status == 0)
        #expect(out.stderr.contains("quiz.gift:6:36: warning: numeric question not imported"))
        #expect(out.stderr.contains("quiz.gift:8:23: warning: matching question not imported"))
        #expect(out.stderr.contains("quiz.gift:10:32: warning: essay question not imported"))
        #expect(out.stderr.contains("imported 2 questions"))
        let yaml = try String(contentsOf: target.appendingPathComponent("pack.yaml"), encoding: .utf8)
        #expect(yaml.contains("id: \"quiz\""))
        #expect(yaml.contains("  - id: \"tomb\"\n    kind: true-false\n"))
        #expect(yaml.contains("    answer: false\n    explanation: \"No one is buried there: it is a mausoleum.\""))
        #expect(yaml.contains("    answer: a\n"))
        let compiled = target.appendingPathComponent("pack.json")
        let compile = try FactQuizProcess.run(["compile", target.path, "-o", compiled.path])
        #expect(compile.status == 0, "\(compile.stderr)")
        #expect(compile.stderr.contains("cites no passage"))
        let pack = try JSONDecoder().decode(CompiledPack.self, from: Data(contentsOf: compiled))
        #expect(pack.questions.map(\.id) == ["tomb", "capital"])
    }

    @Test("malformed GIFT is reported, never a crash, and nothing is written", arguments: [
        "::Unclosed {T", "{{{{", "::a::{=x ~%200%y}", "\u{FEFF}}}}", "just text\n\nmore text",
    ])
    func malformedGIFT(text: String) throws {
        let dir = try TemporaryDirectory.with(["bad.gift": text])
        let target = dir.appendingPathComponent("out")
        let out = try FactQuizProcess.run(["import", dir.appendingPathComponent("bad.gift").path, "-o", target.path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("bad.gift:"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test("binary or non-UTF-8 input is refused with its position")
    func binaryInput() throws {
        let dir = try TemporaryDirectory.make()
        let file = dir.appendingPathComponent("bin.gift")
        try Data([0x3A, 0x3A, 0x61, 0x0A, 0xFF, 0xFE]).write(to: file)
        let out = try FactQuizProcess.run(["import", file.path, "-o", dir.appendingPathComponent("p").path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("bin.gift:2:1: error: not UTF-8 text"))
    }

    @Test("import never writes into an existing non-empty folder")
    func existingFolder() throws {
        let dir = try TemporaryDirectory.with(["quiz.gift": "Q {T}\n", "pack/pack.yaml": "id: mine\n"])
        let out = try FactQuizProcess.run(["import", dir.appendingPathComponent("quiz.gift").path, "-o", dir.appendingPathComponent("pack").path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("the folder exists and is not empty"))
        #expect(try String(contentsOf: dir.appendingPathComponent("pack/pack.yaml"), encoding: .utf8) == "id: mine\n")
    }
}
