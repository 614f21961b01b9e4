import QuizEngine
import Testing

/// Whatever a player types, the parsers answer with a value: an answer, a command, or a problem
/// with a one-line hint. Thousands of random lines, from a fixed seed so a failure replays.
@Suite("Reading any input")
struct InputRobustnessTests {
    typealias F = SessionFixtures

    static let alphabet: [Character] = Array("tfsncabdeyq TFSNC:!?%.,;/&+-_()0123456789 \t«»é世\u{0}\u{1B}\u{202E}\u{FEFF}")

    static func randomLine(_ random: inout SplitMix64) -> String {
        let length = random.next(below: 24)
        return String((0..<length).map { _ in alphabet[random.next(below: alphabet.count)] })
    }

    @Test("random lines never crash the parsers, and every refusal has a one-line hint")
    func randomLines() {
        var random = SplitMix64(seed: 2025)
        let questions = [F.trueFalse("a"), F.factCheck("b"), F.multipleChoice("c"), F.spot("d")]
        for _ in 0..<2_000 {
            let line = Self.randomLine(&random)
            _ = PlayerInput.parse(line)
            for question in questions {
                switch AnswerParser.parse(line, for: question) {
                case let .success(answer):
                    if let confidence = answer.confidence { #expect((0...1).contains(confidence.probability)) }
                case let .failure(problem):
                    #expect(!problem.hint.isEmpty && !problem.hint.contains("\n"))
                }
            }
        }
    }

    @Test("lines that are only numbers, marks or separators are refused, not guessed", arguments: [
        "90", "90%", "!", "?", "!?", ",", "  ,  ", "0.5", "%", "and",
    ])
    func degenerate(line: String) {
        for question in [F.trueFalse("a"), F.factCheck("b"), F.multipleChoice("c"), F.spot("d")] {
            guard case .failure = AnswerParser.parse(line, for: question) else {
                Issue.record("'\(line)' was read as an answer to \(question.kind)")
                continue
            }
        }
    }
}
