/// Questions brought in from another format, ready to be written as a `pack.yaml`.
///
/// They have no articles and so no citations: the compiler accepts such authored questions
/// with a warning, and players are told the answer has no cited source.
public struct ImportedPack: Hashable, Sendable {
    public struct Question: Hashable, Sendable {
        public let id: String
        public let kind: QuestionKind
        public let prompt: String
        /// Choice texts, lettered a, b, c... in this order.
        public let choices: [String]
        public let answer: Answer
        public let explanation: String
        public let skills: [Skill]
        public let difficulty: Difficulty?
        /// Where it came from, for the comment above it in `pack.yaml`.
        public let origin: SourceLocation

        public init(
            id: String, kind: QuestionKind, prompt: String, choices: [String], answer: Answer, explanation: String,
            skills: [Skill], difficulty: Difficulty?, origin: SourceLocation
        ) {
            self.id = id
            self.kind = kind
            self.prompt = prompt
            self.choices = choices
            self.answer = answer
            self.explanation = explanation
            self.skills = skills
            self.difficulty = difficulty
            self.origin = origin
        }
    }

    public let id: String
    public let title: String
    public let description: String?
    public let questions: [Question]

    public init(id: String, title: String, description: String?, questions: [Question]) {
        self.id = id
        self.title = title
        self.description = description
        self.questions = questions
    }
}
