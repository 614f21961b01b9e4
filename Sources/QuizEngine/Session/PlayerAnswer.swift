/// An answer as the player gave it: what they chose and, if they said, how sure they were.
public struct PlayerAnswer: Hashable, Sendable {
    public let answer: Answer
    public let confidence: StatedConfidence?

    public init(answer: Answer, confidence: StatedConfidence? = nil) {
        self.answer = answer
        self.confidence = confidence
    }
}

/// Why a line could not be read as an answer to the question. The game shows `hint` (one line)
/// and asks the same question again.
public enum AnswerProblem: Error, Hashable, Sendable {
    case empty
    case tooLong
    case notTrueFalse(String)
    case yesNoForFactCheck(String)
    case notVerdict(String)
    case unknownChoice(String, valid: [String])
    case oneChoiceOnly(count: Int)
    case needsTwoChoices
    case confidenceOutOfRange(String)

    public var hint: String {
        switch self {
        case .empty:
            "type your answer, or :help for the commands"
        case .tooLong:
            "that is too long to be an answer; type :help for how to answer"
        case let .notTrueFalse(text):
            "'\(text)' is not true or false: answer t or f (add how sure you are if you like: t 80, t! or t?)"
        case let .yesNoForFactCheck(text):
            "'\(text)' does not say how the article stands: answer s (it supports the statement), c (it contradicts it) or n (it does not say)"
        case let .notVerdict(text):
            "'\(text)' is not a verdict: answer s (supported), c (contradicted) or n (not stated)"
        case let .unknownChoice(text, valid):
            "there is no choice '\(text)': answer with \(AnswerProblem.list(valid))"
        case let .oneChoiceOnly(count):
            "you gave \(count) letters: this question has one right choice, so answer with one letter"
        case .needsTwoChoices:
            "an inconsistency takes at least two passages: give every letter that conflicts, e.g. b d"
        case let .confidenceOutOfRange(text):
            "'\(text)' is not a confidence: say how sure you are as a percentage from 0 to 100, or add ! (sure) or ? (unsure)"
        }
    }

    private static func list(_ letters: [String]) -> String {
        guard let first = letters.first, let last = letters.last else { return "a letter" }
        if letters.count == 1 { return "the letter \(first)" }
        if letters.count == 2 { return "\(first) or \(last)" }
        return "a letter from \(first) to \(last)"
    }
}
