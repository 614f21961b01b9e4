/// Reads what a player typed as an answer to a question, forgivingly.
///
/// Grammar (case and surrounding spaces ignored):
///
///     line       = answer [confidence]
///     confidence = "!" | "?" | number ["%"] | "sure" | "certain" | "unsure" | "maybe" | "not sure"
///
/// - true/false: `t`, `true`, `y`, `yes` and their prefixes; `f`, `false`, `n`, `no`.
/// - fact-check: `s`/`c`/`n` or any prefix of `supported`, `contradicted`, `not stated` (spaces,
///   hyphens and underscores ignored), plus `ns` and `nei`. Yes/no answers get a hint rather
///   than a guess at what the player meant: "no" could mean contradicted or not stated.
/// - choices: letters separated by spaces, commas, `;`, `/`, `&`, `+` or "and", or run
///   together (`bd`) when every choice id is one letter; `(b)` and `b.` are fine. A
///   multiple-choice question also takes the exact text of a choice.
///
/// A number may stick to the answer (`t90`). A fraction written with a point (`t 0.9`) is a
/// probability; anything else is a percentage. A number wins over a mark (`t 90!` is 90%).
public enum AnswerParser {
    /// Longer lines are not answers; refusing them early keeps a pasted megabyte cheap.
    public static let maximumLength = 200

    public static func parse(_ line: String, for question: Question) -> Result<PlayerAnswer, AnswerProblem> {
        // Refuse a pasted megabyte before copying it around.
        if line.utf8.count > 8 * maximumLength { return .failure(.tooLong) }
        let text = line.trimmingWhitespace().lowercased()
        if text.isEmpty { return .failure(.empty) }
        if text.count > maximumLength { return .failure(.tooLong) }
        if question.kind == .multipleChoice, let choice = choice(spelled: text, in: question) {
            return .success(PlayerAnswer(answer: .choices([choice])))
        }
        let split: (body: String, confidence: StatedConfidence?)
        switch splitConfidence(text) {
        case let .failure(problem): return .failure(problem)
        case let .success(value): split = value
        }
        var body = split.body.trimmingWhitespace()
        while body.hasSuffix(".") { body.removeLast() }
        body = body.trimmingWhitespace()
        let answer: Result<Answer, AnswerProblem>
        switch question.kind {
        case .trueFalse: answer = trueFalse(body)
        case .factCheck: answer = verdict(body)
        case .multipleChoice, .spotTheInconsistency: answer = choices(body, for: question)
        }
        return answer.map { PlayerAnswer(answer: $0, confidence: split.confidence) }
    }
}

private extension AnswerParser {
    static let sureWords: Set<String> = ["sure", "certain"]
    static let unsureWords: Set<String> = ["unsure", "maybe"]

    /// Takes the confidence off the end of the line.
    static func splitConfidence(_ text: String) -> Result<(body: String, confidence: StatedConfidence?), AnswerProblem> {
        var body = Substring(text)
        var mark: Character?
        while let last = body.last, last == "!" || last == "?" {
            if mark == nil { mark = last }
            body.removeLast()
        }
        body = Substring(String(body).trimmingWhitespace())

        if let number = trailingNumber(body) {
            let rest = body[..<number.start]
            if !rest.trimmingWhitespace().isEmpty {
                guard let probability = probability(number.digits, percentSign: number.percentSign) else {
                    return .failure(.confidenceOutOfRange(String(body[number.start...])))
                }
                return .success((String(rest), StatedConfidence(probability: probability, form: .percent)))
            }
        }
        var words = body.split(whereSeparator: \.isWhitespace)
        if words.count >= 2, let last = words.last {
            var word: StatedConfidence.Form?
            if sureWords.contains(String(last)) {
                word = .sureMark
                words.removeLast()
                if words.count >= 2, words.last == "not" {
                    word = .unsureMark
                    words.removeLast()
                }
            } else if unsureWords.contains(String(last)) {
                word = .unsureMark
                words.removeLast()
            }
            if let word {
                let probability = word == .sureMark ? StatedConfidence.sure : StatedConfidence.unsure
                return .success((words.joined(separator: " "), StatedConfidence(probability: probability, form: word)))
            }
        }
        switch mark {
        case "!": return .success((String(body), StatedConfidence(probability: StatedConfidence.sure, form: .sureMark)))
        case "?": return .success((String(body), StatedConfidence(probability: StatedConfidence.unsure, form: .unsureMark)))
        default: return .success((String(body), nil))
        }
    }

    /// A number at the end of `text` (`90`, `90%`, `0.9`), attached or after a space or comma.
    static func trailingNumber(_ text: Substring) -> (start: Substring.Index, digits: Substring, percentSign: Bool)? {
        var end = text.endIndex
        var percentSign = false
        if text.last == "%" {
            percentSign = true
            end = text.index(before: end)
            while end > text.startIndex, text[text.index(before: end)].isWhitespace {
                end = text.index(before: end)
            }
        }
        var start = end
        while start > text.startIndex {
            let previous = text.index(before: start)
            let character = text[previous]
            guard character.isASCII, character.isNumber || character == "." else { break }
            start = previous
        }
        let digits = text[start..<end]
        guard digits.contains(where: \.isNumber) else { return nil }
        if start > text.startIndex {
            let before = text[text.index(before: start)]
            guard before.isWhitespace || before.isLetter || before == "," || before == ")" else { return nil }
        }
        return (start, digits, percentSign)
    }

    static func probability(_ digits: Substring, percentSign: Bool) -> Double? {
        guard let value = Double(digits), value >= 0 else { return nil }
        if digits.contains("."), !percentSign, value <= 1 { return value }
        return value <= 100 ? value / 100 : nil
    }

    static let trueWords: Set<String> = ["t", "tr", "tru", "true", "y", "ye", "yes"]
    static let falseWords: Set<String> = ["f", "fa", "fal", "fals", "false", "n", "no"]

    static func trueFalse(_ body: String) -> Result<Answer, AnswerProblem> {
        if trueWords.contains(body) { return .success(.trueFalse(true)) }
        if falseWords.contains(body) { return .success(.trueFalse(false)) }
        return .failure(.notTrueFalse(body))
    }

    static let yesNoWords: Set<String> = trueWords.union(falseWords).subtracting(["n"])
    static let notStatedWords: Set<String> = [
        "ns", "nei", "notenoughinfo", "notenoughinformation", "unstated", "notmentioned", "notsaid", "unknown",
    ]

    static func verdict(_ body: String) -> Result<Answer, AnswerProblem> {
        let compact = String(body.filter { !$0.isWhitespace && $0 != "-" && $0 != "_" })
        if compact.isEmpty { return .failure(.notVerdict(body)) }
        if yesNoWords.contains(compact) { return .failure(.yesNoForFactCheck(body)) }
        if "supported".hasPrefix(compact) || compact == "supports" { return .success(.verdict(.supported)) }
        if "contradicted".hasPrefix(compact) || "contradicts".hasPrefix(compact) { return .success(.verdict(.contradicted)) }
        if "notstated".hasPrefix(compact) || notStatedWords.contains(compact) { return .success(.verdict(.notStated)) }
        return .failure(.notVerdict(body))
    }

    /// The id of the choice whose text is `text` (already lowercased), for players who type
    /// "November 21" rather than "b". Checked before and after the confidence comes off, since
    /// a choice's text may end in a number.
    static func choice(spelled text: String, in question: Question) -> String? {
        question.choices.first { $0.text.trimmingWhitespace().lowercased() == text }?.id
    }

    static func choices(_ body: String, for question: Question) -> Result<Answer, AnswerProblem> {
        let ids = question.choices.map(\.id)
        let byLowercased = Dictionary(ids.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let valid = ids.map { $0.lowercased() }
        if question.kind == .multipleChoice, let choice = choice(spelled: body, in: question) {
            return .success(.choices([choice]))
        }
        let singleLetters = valid.allSatisfy { $0.count == 1 }
        var picked: [String] = []
        let separators: Set<Character> = [",", ";", "/", "&", "+"]
        let tokens = body
            .split { $0.isWhitespace || separators.contains($0) }
            .map { $0.trimming("()[]{}.:") }
            .filter { !$0.isEmpty && $0 != "and" }
        if tokens.isEmpty { return .failure(.unknownChoice(body, valid: valid)) }
        for token in tokens {
            if let id = byLowercased[token] {
                picked.append(id)
            } else if singleLetters, token.allSatisfy({ byLowercased[String($0)] != nil }) {
                picked.append(contentsOf: token.map { byLowercased[String($0)]! })
            } else {
                return .failure(.unknownChoice(token, valid: valid))
            }
        }
        let letters = Set(picked)
        if question.kind == .multipleChoice, letters.count > 1 {
            return .failure(.oneChoiceOnly(count: letters.count))
        }
        if question.kind == .spotTheInconsistency, letters.count < 2, question.answer.sortedChoices.count >= 2 {
            return .failure(.needsTwoChoices)
        }
        return .success(.choices(letters))
    }
}

fileprivate extension StringProtocol {
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }

    func trimming(_ set: String) -> String {
        guard let first = firstIndex(where: { !set.contains($0) }),
              let last = lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(self[first...last])
    }
}
