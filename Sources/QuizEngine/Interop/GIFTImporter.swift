/// Turns GIFT questions into pack questions: true/false and multiple choice (one right answer,
/// or one answer weighted 100%). Every other GIFT construct (multiple answer, numeric, matching,
/// short answer, essay, missing word, description) has no counterpart in a pack and is reported
/// as a warning at its line, so an instructor knows exactly what to rewrite by hand. Multiple
/// answer comes closest to spot-the-inconsistency, but that kind's choices are passages of the
/// pack's articles, which GIFT does not carry.
public struct GIFTImporter: Sendable {
    public init() {}

    /// Letters choices are named by in a pack.
    static let letters = (0..<26).map { String(UnicodeScalar(UInt8(ascii: "a") + UInt8($0))) }

    public func importPack(_ file: SourceFile, id: String, title: String?, sink: DiagnosticSink) -> ImportedPack {
        let gift = GIFTReader().read(file, sink: sink)
        var questions: [ImportedPack.Question] = []
        var usedIDs = Set<String>()
        for (index, source) in gift.enumerated() {
            guard var question = convert(source, number: index + 1, sink: sink) else { continue }
            if !usedIDs.insert(question.id).inserted {
                var n = 2
                while usedIDs.contains("\(question.id)-\(n)") { n += 1 }
                let renamed = "\(question.id)-\(n)"
                sink.report(.giftDuplicateID(question.id, renamed: renamed), at: source.location)
                usedIDs.insert(renamed)
                question = ImportedPack.Question(
                    id: renamed, kind: question.kind, prompt: question.prompt, choices: question.choices,
                    answer: question.answer, explanation: question.explanation, skills: question.skills,
                    difficulty: question.difficulty, origin: question.origin
                )
            }
            questions.append(question)
        }
        if questions.isEmpty { sink.report(.giftNoQuestions, at: .file(file.path)) }
        let category = gift.lazy.compactMap(\.category).first?
            .split(separator: "/").last.map(String.init)
            .flatMap { $0.hasPrefix("$") ? nil : $0 }
        let fileName = String(file.path.split(separator: "/").last ?? "")
        return ImportedPack(
            id: id, title: title ?? category ?? id,
            description: "Imported from \(fileName) (Moodle GIFT).",
            questions: questions
        )
    }

    func convert(_ gift: GIFTQuestion, number: Int, sink: DiagnosticSink) -> ImportedPack.Question? {
        let at = gift.answerLocation
        func unsupported(_ construct: String, _ why: String) -> ImportedPack.Question? {
            sink.report(.giftUnsupported(construct, why), at: at)
            return nil
        }
        if !gift.tail.isEmpty, gift.answer != .description {
            return unsupported("missing-word", "its answer sits inside the sentence, which factquiz cannot show")
        }
        let skills = (gift.hints["skills"] ?? "").split(separator: " ").compactMap { Skill(rawValue: String($0)) }
        let difficulty = gift.hints["difficulty"].flatMap(Difficulty.init(rawValue:))
        let hintedKind = gift.hints["kind"].flatMap(QuestionKind.init(rawValue:))
        let id = Self.identifier(gift.title ?? gift.hints["id"]) ?? "q\(number)"
        func question(_ kind: QuestionKind, choices: [String], answer: Answer, rightText: String, rightFeedback: String?) -> ImportedPack.Question? {
            guard !gift.text.isEmpty else {
                sink.report(.giftEmptyText, at: gift.location)
                return nil
            }
            let explanation = gift.generalFeedback.flatMap { $0.isEmpty ? nil : $0 }
                ?? rightFeedback
                ?? "The right answer is \(rightText)."
            return ImportedPack.Question(
                id: id, kind: kind, prompt: gift.text, choices: choices, answer: answer, explanation: explanation,
                skills: skills, difficulty: difficulty, origin: gift.location
            )
        }
        switch gift.answer {
        case .description:
            return unsupported("description", "it has no answer to check")
        case .essay:
            return unsupported("essay", "it has no answer to check")
        case .numeric:
            return unsupported("numeric", "factquiz has no numeric answers")
        case let .trueFalse(value, wrongFeedback: _, rightFeedback: right):
            return question(.trueFalse, choices: [], answer: .trueFalse(value), rightText: value ? "true" : "false", rightFeedback: right)
        case let .choices(choices):
            if choices.contains(where: \.isMatchingPair) {
                return unsupported("matching", "factquiz has no matching questions")
            }
            if !choices.contains(where: { !$0.isMarkedRight }) {
                return unsupported("short-answer", "factquiz checks choices, not typed answers")
            }
            guard choices.count >= 2 else {
                sink.report(.giftTooFewChoices, at: at)
                return nil
            }
            guard choices.count <= Self.letters.count else {
                sink.report(.giftTooManyChoices, at: at)
                return nil
            }
            let texts = choices.map(\.text)
            let full = choices.indices.filter { choices[$0].effectiveWeight >= 99.99 }
            if choices.contains(where: \.isMarkedRight) {
                guard full.count == 1 else {
                    return unsupported("multiple-choice", "it has \(full.count) fully right answers and factquiz needs exactly one")
                }
                if hintedKind == .factCheck { sink.report(.giftFactCheckAsChoice, at: at) }
                let right = full[0]
                return question(
                    .multipleChoice, choices: texts, answer: .choices([Self.letters[right]]),
                    rightText: "“\(texts[right])”", rightFeedback: choices[right].feedback
                )
            }
            let positive = choices.indices.filter { choices[$0].effectiveWeight > 0 }
            guard !positive.isEmpty else {
                sink.report(.giftNoRightChoice, at: at)
                return nil
            }
            let total = positive.reduce(0.0) { $0 + choices[$1].effectiveWeight }
            guard (99...100.5).contains(total) else {
                sink.report(.giftWeightsDoNotAddUp(CSVTable.number(total, digits: 2)), at: at)
                return nil
            }
            if positive.count == 1 {
                let right = positive[0]
                return question(
                    .multipleChoice, choices: texts, answer: .choices([Self.letters[right]]),
                    rightText: "“\(texts[right])”", rightFeedback: choices[right].feedback
                )
            }
            return unsupported(
                "multiple-answer",
                "a pack asks for several answers only in spot-the-inconsistency questions, whose choices must be passages of its articles"
            )
        }
    }

    /// A pack id from free text: letters, digits, '-', '_', '.' (others become '-'), lowercased,
    /// at most 64 characters; nil when nothing usable is left.
    public static func identifier(_ text: String?) -> String? {
        guard let text else { return nil }
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if IdentifierCharacters.allowed.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix("-"), !out.isEmpty {
                out += "-"
            }
            if out.count >= 64 { break }
        }
        while out.hasSuffix("-") || out.hasSuffix(".") { out.removeLast() }
        return out.isEmpty ? nil : out
    }
}

private enum IdentifierCharacters {
    static let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.".unicodeScalars)
}
