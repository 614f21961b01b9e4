import QuizEngine
import Foundation

/// A small compiled pack with every kind of question, and text full of the characters export
/// formats treat specially (`~ = # { } :`, quotes, a line break).
enum FixturePack {
    static let pack: CompiledPack = {
        let outletA = CompiledArticle(
            id: "outlet-a", title: "The call: what we know", outlet: "Daily Planet", author: "Lois Lane",
            published: CalendarDate(iso: "2025-12-01"), url: "https://example.org/a", language: "en",
            passages: [
                CompiledPassage(id: "p1.s1", paragraph: 1, sentence: 1, text: "The call lasted 12 minutes, officials said."),
                CompiledPassage(id: "p1.s2", paragraph: 1, sentence: 2, text: "It was held on November 21."),
                CompiledPassage(id: "p2.s1", paragraph: 2, sentence: 1, text: "Ratio: 3 = 3 {approx} ~ #1 in polls."),
            ]
        )
        let outletB = CompiledArticle(
            id: "outlet-b", title: "Leaders spoke by phone", outlet: nil, author: nil,
            published: CalendarDate(iso: "2025-12-02"), url: nil, language: "en",
            passages: [
                CompiledPassage(id: "p1.s1", paragraph: 1, sentence: 1, text: "The call lasted less than 15 minutes."),
                CompiledPassage(id: "p3.s1", paragraph: 3, sentence: 1, text: "That deadline expired on Friday, November 29."),
            ]
        )
        let a11 = Citation(article: "outlet-a", passage: "p1.s1", quote: "lasted 12 minutes")
        let a12 = Citation(article: "outlet-a", passage: "p1.s2", quote: "held on November 21")
        let a21 = Citation(article: "outlet-a", passage: "p2.s1", quote: "3 = 3 {approx}")
        let b11 = Citation(article: "outlet-b", passage: "p1.s1", quote: "less than 15 minutes")
        let b31 = Citation(article: "outlet-b", passage: "p3.s1", quote: "expired on Friday, November 29")
        var questions: [Question] = [
            Question(id: "tf-call-length", kind: .trueFalse, prompt: "According to Daily Planet, the call lasted 12 minutes.",
                     answer: .trueFalse(true), explanation: "Daily Planet says: “lasted 12 minutes”.", citations: [a11],
                     skills: [.numbers], difficulty: .easy, origin: .generated),
            Question(id: "tf-weekday", kind: .trueFalse, prompt: "The deadline: it expired on a Friday {as reported}.",
                     answer: .trueFalse(false), explanation: "November 29, 2025 was a Saturday.\nCheck the calendar.",
                     citations: [b31], skills: [.datesAndTimelines], difficulty: .hard, origin: .authored),
            Question(id: "fc-duration", kind: .factCheck, prompt: "The call lasted 20 minutes.", article: "outlet-b",
                     answer: .verdict(.contradicted), explanation: "“less than 15 minutes” rules out 20.", citations: [b11],
                     skills: [.numbers], difficulty: .medium, origin: .generated),
            Question(id: "fc-date", kind: .factCheck, prompt: "The call was held on November 21.", article: "outlet-a",
                     answer: .verdict(.supported), explanation: "Stated in paragraph 1.", citations: [a12],
                     skills: [.datesAndTimelines], difficulty: .easy, origin: .generated),
            Question(id: "mc-date", kind: .multipleChoice, prompt: "On which date was the call held?",
                     choices: [.init(id: "a", text: "August 15"), .init(id: "b", text: "November 21"), .init(id: "c", text: "November 29")],
                     answer: .choices(["b"]), explanation: "Daily Planet: “held on November 21”.", citations: [a12],
                     skills: [.datesAndTimelines], difficulty: .medium, origin: .authored),
            Question(id: "mc-symbols", kind: .multipleChoice, prompt: "Which ratio: did the poll report?",
                     choices: [.init(id: "a", text: "3 = 3 {approx}"), .init(id: "b", text: "~ #1"), .init(id: "c", text: "50% \\ 50%")],
                     answer: .choices(["a"]), explanation: "The text reads: “3 = 3 {approx}”.", citations: [a21],
                     skills: [.numbers], difficulty: .hard, origin: .authored),
            Question(id: "spot-length", kind: .spotTheInconsistency, prompt: "Which passages cannot all be true?",
                     choices: [
                        .init(id: "a", text: "The call lasted 12 minutes, officials said.", citation: a11),
                        .init(id: "b", text: "It was held on November 21.", citation: a12),
                        .init(id: "c", text: "The call lasted less than 15 minutes.", citation: b11),
                     ],
                     answer: .choices(["a", "c"]), explanation: "Twelve minutes is less than fifteen: wait, they agree?",
                     citations: [], skills: [.crossSource, .numbers], difficulty: .hard, origin: .generated, finding: "numeric-conflict"),
            Question(id: "tf-uncited", kind: .trueFalse, prompt: "A question without a source.", answer: .trueFalse(true),
                     explanation: "No source given.", citations: [], skills: [], difficulty: .easy, origin: .imported),
        ]
        for n in 1...4 {
            questions.append(Question(
                id: "tf-extra-\(n)", kind: .trueFalse, prompt: "Extra statement number \(n): it is \(n % 2 == 0 ? "even" : "odd").",
                answer: .trueFalse(n % 2 == 0), explanation: "Counting: \(n).", citations: [a11],
                skills: [.numbers], difficulty: .easy, origin: .generated
            ))
        }
        return CompiledPack(
            id: "fixture-pack", title: "Fixture: the phone call", description: "Two outlets, one call.",
            author: "Test Teacher", license: "CC-BY-4.0", audience: "ages 15-18", version: "1.0",
            fingerprint: "fp-fixture-1", seed: 7, articles: [outletA, outletB], questions: questions
        )
    }()
}

extension FixturePack {
    /// The pack as a compiled pack file in a fresh folder.
    static func write(_ pack: CompiledPack = FixturePack.pack) throws -> URL {
        let url = try TemporaryDirectory.make().appendingPathComponent("\(pack.id).json")
        try JSONEncoder().encode(pack).write(to: url)
        return url
    }
}
