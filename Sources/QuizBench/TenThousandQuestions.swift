import Foundation
import QuizEngine

/// A compiled pack of 10,000 questions for the start-up benchmark: the built-in pack's
/// questions repeated under new ids, so every citation stays valid.
enum TenThousandQuestions {
    static func write(to url: URL, binary: String, work: URL) throws {
        let builtIn = work.appendingPathComponent("built-in.json")
        _ = try Subprocess.measure(binary, ["compile", "--built-in", "-o", builtIn.path])
        let pack = try JSONDecoder().decode(CompiledPack.self, from: Data(contentsOf: builtIn))
        var questions: [Question] = []
        var copy = 0
        while questions.count < 10_000 {
            for question in pack.questions where questions.count < 10_000 {
                questions.append(question.with(id: "\(question.id)-\(copy)"))
            }
            copy += 1
        }
        let big = CompiledPack(
            id: "bench-10000", title: "10,000 questions", fingerprint: "bench", seed: 1,
            articles: pack.articles, questions: questions
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(big).write(to: url)
    }
}
