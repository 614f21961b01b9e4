import Foundation
import QuizEngine

/// Small hand-made questions and packs for the session tests.
enum SessionFixtures {
    static let article = CompiledArticle(
        id: "daily", title: "The call", outlet: "The Daily", author: nil, published: nil, url: nil, language: "en",
        passages: [
            CompiledPassage(id: "p1.s1", paragraph: 1, sentence: 1, text: "The call was held on November 21."),
            CompiledPassage(id: "p1.s2", paragraph: 1, sentence: 2, text: "It lasted less than 15 minutes."),
            CompiledPassage(id: "p2.s1", paragraph: 2, sentence: 1, text: "The deadline expired on Friday, November 29."),
        ]
    )

    static func trueFalse(_ id: String, answer: Bool = true, difficulty: Difficulty = .easy, skills: [Skill] = [.numbers]) -> Question {
        Question(
            id: id, kind: .trueFalse, prompt: "The call lasted less than 15 minutes.", answer: .trueFalse(answer),
            explanation: "Paragraph 1 says so.", citations: [Citation(article: "daily", passage: "p1.s2", quote: "less than 15 minutes")],
            skills: skills, difficulty: difficulty, origin: .authored
        )
    }

    static func factCheck(_ id: String, answer: Verdict = .notStated, difficulty: Difficulty = .medium) -> Question {
        Question(
            id: id, kind: .factCheck, prompt: "The call lasted 12 minutes.", article: "daily", answer: .verdict(answer),
            explanation: "Only an upper bound is given.", citations: [Citation(article: "daily", passage: "p1.s2", quote: "less than 15 minutes")],
            skills: [.numbers], difficulty: difficulty, origin: .authored
        )
    }

    static func multipleChoice(_ id: String, answer: String = "b", difficulty: Difficulty = .easy) -> Question {
        Question(
            id: id, kind: .multipleChoice, prompt: "When was the call held?",
            choices: [.init(id: "a", text: "August 15"), .init(id: "b", text: "November 21"), .init(id: "c", text: "November 29")],
            answer: .choices([answer]), explanation: "Paragraph 1.",
            citations: [Citation(article: "daily", passage: "p1.s1", quote: "held on November 21")],
            skills: [.datesAndTimelines], difficulty: difficulty, origin: .authored
        )
    }

    static func spot(_ id: String, answer: Set<String> = ["b", "d"], difficulty: Difficulty = .hard) -> Question {
        Question(
            id: id, kind: .spotTheInconsistency, prompt: "Which passages cannot all be true?",
            choices: ["a", "b", "c", "d"].map { Question.Choice(id: $0, text: "Passage \($0).") },
            answer: .choices(answer), explanation: "b and d disagree.", citations: [],
            skills: [.internalConsistency, .numbers], difficulty: difficulty, origin: .generated
        )
    }

    static func pack(id: String = "fixture", questions: [Question]) -> CompiledPack {
        CompiledPack(id: id, title: "Fixture \(id)", fingerprint: "fp-\(id)", seed: 1, articles: [article], questions: questions)
    }

    /// Twelve questions of all four kinds and difficulties.
    static let mixedPack = pack(questions:
        (1...4).map { trueFalse("tf\($0)", difficulty: $0 % 2 == 0 ? .easy : .medium) }
        + (1...3).map { factCheck("fc\($0)") }
        + (1...3).map { multipleChoice("mc\($0)") }
        + (1...2).map { spot("sp\($0)") }
    )

    static let start = Date(timeIntervalSince1970: 1_764_000_000)
}
