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
    public let id: String
    public let kind: QuestionKind
    public let prompt: String
    /// For fact-check questions: the article the statement is to be judged against.
    public let article: String?
    public let choices: [Choice]
    public let answer: Answer
    /// Why the answer is right, quoting the cited passages; ends with the media-literacy lesson.
    public let explanation: String
    public let citations: [Citation]
    public let skills: [Skill]
    public let difficulty: Difficulty
    public let origin: Origin
    /// For questions made from a checker finding: its kind ("weekday-mismatch").
    public let finding: String?

    public init(
        id: String, kind: QuestionKind, prompt: String, article: String? = nil, choices: [Choice] = [],
        answer: Answer, explanation: String, citations: [Citation], skills: [Skill],
        difficulty: Difficulty, origin: Origin, finding: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.prompt = prompt
        self.article = article
        self.choices = choices
        self.answer = answer
        self.explanation = explanation
        self.citations = citations
        self.skills = skills
        self.difficulty = difficulty
        self.origin = origin
        self.finding = finding
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
