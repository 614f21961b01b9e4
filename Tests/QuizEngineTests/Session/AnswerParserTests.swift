import QuizEngine
import Testing

@Suite("Reading answers")
struct AnswerParserTests {
    typealias F = SessionFixtures

    @Test("true/false answers are read forgivingly", arguments: [
        ("t", true), ("T", true), ("true", true), ("True", true), (" yes ", true), ("y", true), ("tru", true),
        ("f", false), ("F", false), ("false", false), ("no", false), ("n", false), ("f.", false),
    ])
    func trueFalse(input: String, expected: Bool) {
        #expect(parse(input, F.trueFalse("q")) == .success(PlayerAnswer(answer: .trueFalse(expected))))
    }

    @Test("fact-check verdicts take letters, words and prefixes", arguments: [
        ("s", Verdict.supported), ("S", .supported), ("supported", .supported), ("sup", .supported), ("supports", .supported),
        ("c", .contradicted), ("contradicted", .contradicted), ("contra", .contradicted), ("contradicts", .contradicted),
        ("n", .notStated), ("not stated", .notStated), ("not-stated", .notStated), ("Not Stated", .notStated),
        ("ns", .notStated), ("not", .notStated), ("nei", .notStated),
    ])
    func verdicts(input: String, expected: Verdict) {
        #expect(parse(input, F.factCheck("q")) == .success(PlayerAnswer(answer: .verdict(expected))))
    }

    @Test("letters are read in any order, case and separation", arguments: [
        "b d", "B,D", "d b", "bd", "DB", "b, d", "b and d", "(b) (d)", "b;d", "b/d", "b+d", "b d b",
    ])
    func letters(input: String) {
        #expect(parse(input, F.spot("q")) == .success(PlayerAnswer(answer: .choices(["b", "d"]))))
    }

    @Test("a multiple-choice question takes one letter or the text of a choice", arguments: ["b", "B", "(b)", "b.", "november 21"])
    func oneChoice(input: String) {
        #expect(parse(input, F.multipleChoice("q")) == .success(PlayerAnswer(answer: .choices(["b"]))))
    }

    @Test("a stated confidence is read as a probability of being right", arguments: [
        ("t 90", 0.9), ("t 90%", 0.9), ("t90", 0.9), ("t 0.75", 0.75), ("t 100", 1.0), ("t 55 %", 0.55),
        ("t!", StatedConfidence.sure), ("t !", StatedConfidence.sure), ("t?", StatedConfidence.unsure),
        ("true sure", StatedConfidence.sure), ("t unsure", StatedConfidence.unsure), ("t not sure", StatedConfidence.unsure),
        ("t 80!", 0.8),
    ])
    func confidence(input: String, probability: Double) throws {
        let answer = try parse(input, F.trueFalse("q")).get()
        #expect(answer.answer == .trueFalse(true))
        #expect(answer.confidence?.probability == probability)
    }

    @Test("confidence works with letters and verdicts too")
    func confidenceOnOtherKinds() throws {
        let letters = try parse("b d 70", F.spot("q")).get()
        #expect(letters.answer == .choices(["b", "d"]))
        #expect(letters.confidence?.probability == 0.7)
        let verdict = try parse("n?", F.factCheck("q")).get()
        #expect(verdict.answer == .verdict(.notStated))
        #expect(verdict.confidence?.form == .unsureMark)
    }

    @Test("no confidence when none is given")
    func noConfidence() throws {
        #expect(try parse("t", F.trueFalse("q")).get().confidence == nil)
    }

    @Test("input that cannot be read gets a problem with a one-line hint", arguments: [
        ("maybe", QuestionKind.trueFalse, "t or f"),
        ("s", .trueFalse, "t or f"),
        ("a b", .trueFalse, "t or f"),
        ("", .trueFalse, ":help"),
        ("t 150", .trueFalse, "0 to 100"),
        ("yes", .factCheck, "s (it supports"),
        ("no", .factCheck, "c (it contradicts"),
        ("t", .factCheck, "s (it supports"),
        ("xyz", .factCheck, "not a verdict"),
        ("e", .multipleChoice, "no choice 'e'"),
        ("a b", .multipleChoice, "one letter"),
        ("b", .spotTheInconsistency, "at least two"),
        ("b z", .spotTheInconsistency, "no choice 'z'"),
        ("t", .spotTheInconsistency, "no choice 't'"),
    ])
    func unreadable(input: String, kind: QuestionKind, hintContains: String) {
        let question: Question = switch kind {
        case .trueFalse: F.trueFalse("q")
        case .factCheck: F.factCheck("q")
        case .multipleChoice: F.multipleChoice("q")
        case .spotTheInconsistency: F.spot("q")
        }
        guard case let .failure(problem) = parse(input, question) else {
            Issue.record("'\(input)' was read as an answer")
            return
        }
        #expect(problem.hint.contains(hintContains), "\(problem.hint)")
        #expect(!problem.hint.contains("\n"))
    }

    @Test("the letter range in the hint follows the question's choices")
    func hintNamesRange() {
        guard case let .failure(problem) = parse("x", F.spot("q")) else { Issue.record("read"); return }
        #expect(problem.hint == "there is no choice 'x': answer with a letter from a to d")
    }

    @Test("a very long line is refused without being read")
    func longLine() {
        #expect(parse(String(repeating: "t ", count: 5_000), F.trueFalse("q")) == .failure(.tooLong))
    }

    private func parse(_ input: String, _ question: Question) -> Result<PlayerAnswer, AnswerProblem> {
        AnswerParser.parse(input, for: question)
    }
}
