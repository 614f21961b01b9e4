import Foundation
import QuizEngine

/// The external English golden-rule segmentation suite, scored for the table.
enum GoldenRules {
    struct Case: Decodable {
        let input: String
        let expected: [String]
    }

    static func score() -> (passed: Int, total: Int)? {
        let file = Bench.shared.appendingPathComponent("eval-data/golden-rules-en.json")
        guard let data = try? Data(contentsOf: file), let cases = try? JSONDecoder().decode([Case].self, from: data) else { return nil }
        let segmenter = SentenceSegmenter()
        let passed = cases.filter { test in
            segmenter.sentences(in: test.input).map { $0.trimmingCharacters(in: .whitespaces) }
                == test.expected.map { $0.trimmingCharacters(in: .whitespaces) }
        }.count
        return (passed, cases.count)
    }
}
