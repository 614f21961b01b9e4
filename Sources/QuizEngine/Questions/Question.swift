/// A question with its answer and the citations that back the answer.
public struct Question: Hashable, Sendable {
    /// One option of a choice question. For spot-the-inconsistency each choice is a passage.
    public struct Choice: Hashable, Sendable, Codable {
        /// "a", "b", ...
        public let id: String
        public let text: String
        /// The passage this choice shows, when it is one.
        public let citation: Citation?

        public init(id: String, text: String, citation: Citation? = nil) {
            self.id = id
            self.text = text
            self.citation = citation
        }
    }

    /// Stable across compiles of the same pack: authored ids as written, generated ids derived
    /// from what the question is about.
    public var id: String { storage.value.id }
    public var kind: QuestionKind { storage.value.kind }
    public var prompt: String { storage.value.prompt }
    /// For fact-check questions: the article the statement is to be judged against.
    public var article: String? { storage.value.article }
    public var choices: [Choice] { storage.value.choices }
    public var answer: Answer { storage.value.answer }
    /// Why the answer is right, quoting the cited passages; ends with the media-literacy lesson.
    public var explanation: String { storage.value.explanation }
    public var citations: [Citation] { storage.value.citations }
    public var skills: [Skill] { storage.value.skills }
    public var difficulty: Difficulty { storage.value.difficulty }
    public var origin: Origin { storage.value.origin }
    /// For questions made from a checker finding: its kind ("weekday-mismatch").
    public var finding: String? { storage.value.finding }

    /// The fields, in one shared immutable box: a question passes through sorting, de-duplication,
    /// edits, the pack and the fingerprint, and each copy of a dozen reference-counted fields
    /// was a dozen atomic increments (30 copies per question in a compile). A copy now counts
    /// one reference.
    private let storage: SharedValue<Fields>

    public init(
        id: String, kind: QuestionKind, prompt: String, article: String? = nil, choices: [Choice] = [],
        answer: Answer, explanation: String, citations: [Citation], skills: [Skill],
        difficulty: Difficulty, origin: Origin, finding: String? = nil
    ) {
        storage = SharedValue(Fields(
            id: id, kind: kind, prompt: prompt, article: article, choices: choices, answer: answer,
            explanation: explanation, citations: citations, skills: skills, difficulty: difficulty,
            origin: origin, finding: finding
        ))
    }

    public static func == (lhs: Question, rhs: Question) -> Bool {
        lhs.storage == rhs.storage
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage)
    }

    /// Everything a question is; two questions with equal fields are the same question.
    private struct Fields: Hashable, Sendable {
        let id: String
        let kind: QuestionKind
        let prompt: String
        let article: String?
        let choices: [Choice]
        let answer: Answer
        let explanation: String
        let citations: [Citation]
        let skills: [Skill]
        let difficulty: Difficulty
        let origin: Origin
        let finding: String?
    }

    /// A copy with some fields replaced (pack edits: a new explanation or difficulty).
    public func with(explanation: String? = nil, difficulty: Difficulty? = nil, id: String? = nil) -> Question {
        Question(
            id: id ?? self.id, kind: kind, prompt: prompt, article: article, choices: choices, answer: answer,
            explanation: explanation ?? self.explanation, citations: citations, skills: skills,
            difficulty: difficulty ?? self.difficulty, origin: origin, finding: finding
        )
    }
}
