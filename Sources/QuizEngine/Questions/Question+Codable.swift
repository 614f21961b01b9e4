/// The compiled-pack JSON form of a question. `answer` takes the shape of the kind: a boolean
/// for true/false, a verdict name for fact-check, a letter for multiple choice and a list of
/// letters for spot-the-inconsistency.
extension Question: Codable {
    enum CodingKeys: String, CodingKey {
        case id, kind, prompt, article, choices, answer, explanation, citations, skills, difficulty, origin, finding
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(String.self, forKey: .id)
        let kind = try c.decode(QuestionKind.self, forKey: .kind)
        let prompt = try c.decode(String.self, forKey: .prompt)
        let article = try c.decodeIfPresent(String.self, forKey: .article)
        let choices = try c.decodeIfPresent([Choice].self, forKey: .choices) ?? []
        let answer: Answer
        switch kind {
        case .trueFalse:
            answer = .trueFalse(try c.decode(Bool.self, forKey: .answer))
        case .factCheck:
            answer = .verdict(try c.decode(Verdict.self, forKey: .answer))
        case .multipleChoice:
            answer = .choices([try c.decode(String.self, forKey: .answer)])
        case .spotTheInconsistency:
            answer = .choices(Set(try c.decode([String].self, forKey: .answer)))
        }
        self.init(
            id: id, kind: kind, prompt: prompt, article: article, choices: choices, answer: answer,
            explanation: try c.decode(String.self, forKey: .explanation),
            citations: try c.decode([Citation].self, forKey: .citations),
            skills: try c.decode([Skill].self, forKey: .skills),
            difficulty: try c.decode(Difficulty.self, forKey: .difficulty),
            origin: try c.decode(Origin.self, forKey: .origin),
            finding: try c.decodeIfPresent(String.self, forKey: .finding)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(prompt, forKey: .prompt)
        try c.encodeIfPresent(article, forKey: .article)
        if !choices.isEmpty { try c.encode(choices, forKey: .choices) }
        switch answer {
        case let .trueFalse(value): try c.encode(value, forKey: .answer)
        case let .verdict(verdict): try c.encode(verdict, forKey: .answer)
        case let .choices(letters):
            if kind == .multipleChoice, letters.count == 1 {
                try c.encode(letters.first!, forKey: .answer)
            } else {
                try c.encode(letters.sorted(), forKey: .answer)
            }
        }
        try c.encode(explanation, forKey: .explanation)
        try c.encode(citations, forKey: .citations)
        try c.encode(skills, forKey: .skills)
        try c.encode(difficulty, forKey: .difficulty)
        try c.encode(origin, forKey: .origin)
        try c.encodeIfPresent(finding, forKey: .finding)
    }
}
