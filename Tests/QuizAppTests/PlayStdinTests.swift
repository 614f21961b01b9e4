import Foundation
import Testing

/// `factquiz play` scripted through standard input: what a player (or a script) sees.
@Suite("factquiz play through piped input")
struct PlayStdinTests {
    static var fixture: String { Repository.root.appendingPathComponent("Tests/QuizAppTests/Fixtures/game-pack.json").path }

    /// Plays the fixture pack 120 columns wide, so the assertions can match whole lines.
    func play(_ arguments: [String], _ lines: [String], environment: [String: String] = ["COLUMNS": "120"]) throws -> FactQuizProcess.Output {
        try FactQuizProcess.run(
            ["play", Self.fixture] + arguments, stdin: lines.map { $0 + "\n" }.joined(), environment: environment
        )
    }

    @Test("a scripted session shows each question, cited feedback and a summary with the score, in plain text")
    func wholeSession() throws {
        let answers = Array(repeating: ["t", "s", "a b", "b"], count: 4).flatMap { $0 }
        let out = try play(["--seed", "7", "--count", "4"], answers)
        #expect(out.status == 0)
        for n in 1...4 { #expect(out.stdout.contains("Question \(n) of 4 · ")) }
        #expect(out.stdout.contains("✓ Right") || out.stdout.contains("✗ Wrong"))
        #expect(out.stdout.contains("│ "))
        #expect(out.stdout.contains("«"))
        #expect(out.stdout.contains("Score: "))
        #expect(out.stdout.contains("Accuracy by skill"))
        #expect(!out.combined.contains("\u{1B}"))
        #expect(out.stdout.hasSuffix("--seed 7 --count 4\n"))
    }

    @Test("a right answer shows a mark and a word, the points, and the deciding passage quoted with its source")
    func rightAnswer() throws {
        let out = try play(["--kinds", "multiple-choice", "--skills", "quotes", "--seed", "1"], ["b"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("Question 1 of 1 · Multiple choice · medium · Quotes"))
        #expect(out.stdout.contains("  b) a promise we kept to our readers\n"))
        #expect(out.stdout.contains("✓ Right · +20 points · score 20"))
        #expect(out.stdout.contains("""
          Valley Times (2025-03-12) · “Riverton library plan passes narrowly”
          ¶1 │ Dana Ortiz said the library was “«a promise we kept to our readers».”

        """))
        #expect(out.stdout.contains("Score: 20 points"))
        #expect(out.stdout.contains("1 of 1 right (100%)"))
    }

    @Test("a wrong answer names the right one, what the player said and how sure they were")
    func wrongAnswer() throws {
        let out = try play(["--kinds", "fact-check", "--skills", "sourcing"], ["s 90"])
        #expect(out.stdout.contains("✗ Wrong: the answer is not stated; you said supported · you were 90% sure · score 0"))
        #expect(out.stdout.contains("but says nothing about what the library will hold."))
        #expect(out.stdout.contains("to «fund a new public library»."))
        #expect(out.stdout.contains("Brier score 0.81"))
        #expect(out.stdout.contains("Questions you missed"))
        #expect(out.stdout.contains("Harbor Gazette · paragraph 1: “fund a new public library”"))
    }

    @Test("an answer that cannot be read gets a one-line hint and the same question stays")
    func unreadableAnswer() throws {
        let out = try play(["--kinds", "true-false", "--skills", "numbers", "--difficulty", "easy"], ["maybe", "a b", "t"])
        #expect(out.stdout.contains("1/1 > maybe\n'maybe' is not true or false: answer t or f"))
        #expect(out.stdout.contains("1/1 > a b\n'a b' is not true or false"))
        #expect(out.stdout.components(separatedBy: "Question 1 of 1").count == 2)
        #expect(out.stdout.contains("✓ Right"))
    }

    @Test(":help lists every command and how to answer each kind")
    func help() throws {
        let out = try play(["--count", "2"], [":help", ":quit"])
        #expect(out.status == 0)
        for command in [":help", ":hint", ":source", ":skip", ":score", ":review", ":quit"] {
            #expect(out.stdout.contains("  \(command) "), "\(command)")
        }
        #expect(out.stdout.contains("s supported, c contradicted, n not stated"))
        #expect(out.stdout.contains("Ctrl-D ends the session"))
    }

    @Test("hints say where to read, then show the passage, and cost points")
    func hints() throws {
        let out = try play(["--kinds", "fact-check", "--skills", "numbers"], [":hint", ":hint", ":hint", "s"])
        #expect(out.stdout.contains("Hint 1 of 2 (costs 3 points if you answer right)\nRead paragraph 2 of the Harbor Gazette article “Council approves new library after late-night vote” (2025-03-14)."))
        #expect(out.stdout.contains("Hint 2 of 2"))
        #expect(out.stdout.contains("│ Construction is expected to start in June and last 18 months.\n"))
        #expect(out.stdout.contains("No more hints for this question"))
        #expect(out.stdout.contains("✓ Right · +4 points (10 − 6 for hints) · score 4"))
        #expect(out.stdout.contains("2 hints"))
    }

    @Test(":source shows the whole article a fact check is judged against")
    func source() throws {
        let out = try play(["--kinds", "fact-check", "--skills", "sourcing"], [":source", ":quit"])
        #expect(out.stdout.contains("Harbor Gazette (2025-03-14) · “Council approves new library after late-night vote”\n  ¶1  The Riverton town council"))
        #expect(out.stdout.contains("  ¶3  Later in the meeting"))
        #expect(!out.stdout.contains("«"))
        // The article pushes the question off the screen: it is repeated before the prompt.
        #expect(out.stdout.contains("Question 1 of 1: The new library will have a children's reading room. (answer s, c or n)\n1/1 > :quit"))
    }

    @Test(":skip moves on and the summary lists the skipped question with its citations")
    func skip() throws {
        let out = try play(["--kinds", "spot", "--skills", "internal-consistency"], [":skip"])
        #expect(out.stdout.contains("→ Skipped: the passages that cannot all be true are a and c · score 0"))
        #expect(out.stdout.contains("Answer: a and c; you skipped it"))
        #expect(out.stdout.contains("Harbor Gazette · paragraph 3: “$5.1 million”"))
    }

    @Test(":score and :review report the session so far")
    func scoreAndReview() throws {
        let out = try play(["--kinds", "true-false", "--seed", "4"], ["f", "f", ":score", ":review", ":quit"])
        #expect(out.stdout.contains("Score "))
        #expect(out.stdout.contains(" right · question 3 of 3"))
        #expect(out.stdout.contains("Missed so far") || out.stdout.contains("Nothing missed so far."))
    }

    @Test(":quit and the end of input both end early with the summary, exit 0")
    func endEarly() throws {
        let quit = try play(["--count", "5"], ["t", ":quit", "s"])
        #expect(quit.status == 0)
        #expect(quit.stdout.contains("Session over after "))
        #expect(!quit.stdout.contains("> s\n"))
        let eof = try play(["--count", "3"], [])
        #expect(eof.status == 0)
        #expect(eof.stdout.contains("Session over after 0 of 3 questions"))
        #expect(eof.stdout.contains("Score: 0 points"))
    }

    @Test("the same seed gives the same questions in the same order")
    func seeded() throws {
        func order(_ seed: String) throws -> [String] {
            let out = try play(["--seed", seed, "--count", "6"], [])
            // Only the first question is shown before input ends; the replay line names the seed.
            return out.stdout.split(separator: "\n").filter { $0.hasPrefix("Question ") }.map(String.init)
        }
        func prompts(_ seed: String) throws -> [String] {
            let out = try play(["--seed", seed, "--count", "6"], Array(repeating: ":skip", count: 6))
            // The summary lists every skipped question as "  N. prompt (kind)", in the order asked.
            return out.stdout.split(separator: "\n").map(String.init).filter { line in
                let trimmed = line.drop { $0 == " " }
                return line.hasPrefix("  ") && trimmed.first?.isNumber == true && trimmed.drop { $0.isNumber }.hasPrefix(". ")
            }
        }
        #expect(try order("11") == order("11"))
        let first = try prompts("11")
        #expect(first.count == 6)
        #expect(try prompts("11") == first)
    }

    @Test("exam mode gives no feedback, hint or score until the end, then marks every answer")
    func exam() throws {
        let out = try play(["--mode", "exam", "--seed", "2", "--count", "3"], ["t", ":hint", ":score", "s", "a b", "b", "t", "s"])
        #expect(out.status == 0)
        let parts = out.stdout.components(separatedBy: "Session over")
        #expect(parts.count == 2)
        #expect(!parts[0].contains("✓"))
        #expect(!parts[0].contains("✗"))
        #expect(parts[0].contains("Your answer: "))
        #expect(parts[0].contains("No hints in exam mode"))
        #expect(parts[0].contains(":score is off in exam mode"))
        #expect(parts[1].contains("Your answers"))
        #expect(parts[1].contains("--mode exam"))
    }

    @Test("pack text cannot put escape sequences on the screen")
    func hostileText() throws {
        var json = try String(contentsOfFile: Self.fixture, encoding: .utf8)
        json = json.replacingOccurrences(
            of: "According to the Harbor Gazette, the council vote was 7 to 2.",
            with: "Vote \\u001b[2J\\u001b]52;c;aGk=\\u0007 was \\u001b[31m7 to 2\\u202e."
        )
        json = json.replacingOccurrences(of: "\"title\": \"Council approves", with: "\"title\": \"\\u001b]0;pwned\\u0007Council approves")
        let dir = try TemporaryDirectory.with(["hostile.json": json])
        let out = try FactQuizProcess.run(
            ["play", dir.appendingPathComponent("hostile.json").path, "--kinds", "tf", "--skills", "numbers", "--difficulty", "easy"],
            stdin: ":source\n:hint\nt\n"
        )
        #expect(out.status == 0)
        #expect(!out.combined.contains("\u{1B}"))
        #expect(!out.combined.contains("\u{07}"))
        #expect(!out.combined.contains("\u{202E}"))
        #expect(out.stdout.contains("Vote \\e[2J\\e]52;c;aGk=\\x07 was \\e[31m7 to 2\\u{202E}."))
        #expect(out.stdout.contains("\\e]0;pwned\\x07Council approves"))
    }

    @Test("several packs play together")
    func severalPacks() throws {
        var json = try String(contentsOfFile: Self.fixture, encoding: .utf8)
        json = json.replacingOccurrences(of: "\"id\": \"riverton-library\"", with: "\"id\": \"riverton-copy\"")
        json = json.replacingOccurrences(of: "\"title\": \"The Riverton library vote\"", with: "\"title\": \"A copy\"")
        let dir = try TemporaryDirectory.with(["copy.json": json])
        let out = try FactQuizProcess.run(["play", Self.fixture, dir.appendingPathComponent("copy.json").path, "--count", "20"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("factquiz · A copy + The Riverton library vote\n20 questions"))
    }

    @Test("filters that match nothing, unknown filter values and missing packs fail clearly")
    func errors() throws {
        let none = try play(["--kinds", "multiple-choice", "--difficulty", "hard"], [])
        #expect(none.status != 0)
        #expect(none.stderr.contains("no question matches --kinds multiple-choice --difficulty hard (the pack has 10 questions)"))

        let unknown = try play(["--skills", "astrology"], [])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("--skills: unknown value 'astrology'; choose from numbers, dates-and-timelines"))

        let missing = try FactQuizProcess.run(["play", "/nonexistent/pack.json"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("/nonexistent/pack.json"))

        let results = try play(["--results", "/tmp/x"], [])
        #expect(results.status != 0)
        #expect(results.stderr.contains("--results needs --player"))
    }

    @Test("long passages wrap to the terminal width")
    func wrapping() throws {
        let out = try play(["--kinds", "spot", "--skills", "cross-source"], [":source", "a b", ":quit"], environment: ["COLUMNS": "40"])
        #expect(out.stdout.contains("«voted"))
        for line in out.stdout.split(separator: "\n") where !line.contains("factquiz play") {
            #expect(line.count <= 40, "\(line)")
        }
    }

    @Test("short filter names are understood")
    func filterPrefixes() throws {
        let out = try play(["--skills", "dates", "--kinds", "mc"], ["b"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("On which day of the week"))
    }
}

@Suite("Hints on the built-in pack")
struct BuiltInHintTests {
    @Test("a hint names each article once, with all its paragraphs")
    func hintGroupsParagraphs() throws {
        for seed in 1...4 {
            let out = try FactQuizProcess.run(["play", "--seed", "\(seed)", "--kinds", "mc", "--count", "1"], stdin: ":hint\n:quit\n")
            let hint = try #require(out.stdout.components(separatedBy: "Hint 1 of").dropFirst().first)
            let block = hint.components(separatedBy: "\n\n").first ?? hint
            let flattened = block.replacingOccurrences(of: "\n", with: " ")
            for title in ["President’s Secret Call", "What Maduro implored"] {
                #expect(flattened.components(separatedBy: title).count <= 2, "title repeated in: \(block)")
            }
            #expect(flattened.contains("Read paragraph"))
        }
    }
}
