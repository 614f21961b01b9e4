import Foundation
import QuizEngine
import Testing

/// Measures the quantity and date recognizers on the external Microsoft Recognizers-Text
/// suites in `../shared/eval-data/recognizers-en/` (read at test time, never copied here).
///
/// Each case's input is an article body (published on the case's reference date, if any), run
/// through the real reader and `ClaimExtractor`. An expected span is found when a claim covers
/// it, or lies inside it and is at least 60% of its length (the acceptance check's rule), at
/// the same place in the text, whatever the claim's kind: "in 3 weeks" read as a duration
/// still finds the date suite's span. Precision counts the claims of the suite's kinds that
/// neither contain nor lie inside an expected span, negative cases included. Set `RECOGNIZER_MISSES=1` to print misses
/// and false alarms.
@Suite("Recognizers-Text suites")
struct RecognizerSuiteTests {
    struct Goal: Sendable, CustomStringConvertible {
        let suite: String
        let kinds: [ClaimKind]
        let recall: Double
        let precision: Double
        var description: String { suite }
    }

    static let goals = [
        Goal(suite: "percent", kinds: [.percentage], recall: 0.9, precision: 0.9),
        Goal(suite: "currency", kinds: [.money], recall: 0.9, precision: 0.9),
        Goal(suite: "age", kinds: [.age], recall: 0.9, precision: 0.9),
        Goal(suite: "duration", kinds: [.duration], recall: 0.9, precision: 0.85),
        Goal(suite: "date", kinds: [.date, .weekdayDate], recall: 0.9, precision: 0.9),
        Goal(suite: "number", kinds: [.number], recall: 0.6, precision: 0.8),
    ]

    @Test("recall and precision on each external suite reach their goals", arguments: goals)
    func suite(_ goal: Goal) throws {
        let score = try Self.score(goal)
        // The figures the README reports.
        print(String(format: "recognizers %@: recall %.1f%%, precision %.1f%%", goal.suite, score.recall * 100, score.precision * 100))
        #expect(score.recall >= goal.recall, "\(goal.suite) recall \(score.recall)")
        #expect(score.precision >= goal.precision, "\(goal.suite) precision \(score.precision)")
    }

    struct Score {
        var expected = 0, found = 0, claims = 0, correct = 0
        var recall: Double { expected == 0 ? 0 : Double(found) / Double(expected) }
        var precision: Double { claims == 0 ? 1 : Double(correct) / Double(claims) }
    }

    static func score(_ goal: Goal) throws -> Score {
        let url = Repository.shared.appendingPathComponent("eval-data/recognizers-en/\(goal.suite).json")
        let data = try Data(contentsOf: url)
        let spec = try JSONDecoder().decode(Spec.self, from: data)
        var score = Score()
        let verbose = ProcessInfo.processInfo.environment["RECOGNIZER_MISSES"] != nil
        for testCase in spec.cases where testCase.notSupportedByDesign == nil {
            let published = testCase.referenceDateTime.map { String($0.prefix(10)) }
            let article = ArticleFixture.article(testCase.input, id: "case\(testCase.id)", published: published)
            guard let inputStart = article.body.utf8.firstRange(of: testCase.input.trimmingCharacters(in: .whitespacesAndNewlines).utf8) else {
                Issue.record("case \(testCase.id): input not found in the article body")
                continue
            }
            let leading = testCase.input.utf8.count - testCase.input.drop(while: { $0.isWhitespace }).utf8.count
            let bodyOffset = article.body.utf8.distance(from: article.body.utf8.startIndex, to: inputStart.lowerBound) - leading
            let claims = ClaimExtractor().claims(in: article).map { claim -> (Claim, Range<Int>) in
                let passage = article.passage(id: claim.passage)!
                let start = passage.range.lowerBound + claim.range.lowerBound
                return (claim, start..<start + claim.range.count)
            }
            let expected = testCase.results.map { result -> (String, Range<Int>) in
                let start = Self.utf8Offset(ofCharacter: result.start, in: testCase.input) + bodyOffset
                let end = Self.utf8Offset(ofCharacter: result.end + 1, in: testCase.input) + bodyOffset
                return (result.text.lowercased(), start..<end)
            }
            for (text, range) in expected {
                score.expected += 1
                if claims.contains(where: { Self.matches($0.1, $0.0.text, expected: range, text) }) {
                    score.found += 1
                } else if verbose {
                    print("MISS \(goal.suite) #\(testCase.id): \"\(text)\" in \"\(testCase.input.prefix(120))\" got \(claims.map { "\($0.0.kind.rawValue):\($0.0.text)" })")
                }
            }
            for (claim, range) in claims where goal.kinds.contains(claim.kind) {
                score.claims += 1
                if expected.contains(where: { Self.nests(range, $0.1) }) {
                    score.correct += 1
                } else if verbose {
                    print("FALSE \(goal.suite) #\(testCase.id): \(claim.kind.rawValue) \"\(claim.text)\" in \"\(testCase.input.prefix(120))\"")
                }
            }
        }
        if verbose {
            print("SCORE \(goal.suite): recall \(score.found)/\(score.expected) precision \(score.correct)/\(score.claims)")
        }
        return score
    }

    /// The acceptance check's rule, at the same place: the claim covers the expected span, or
    /// lies inside it and is at least 60% of its length.
    static func matches(_ found: Range<Int>, _ foundText: String, expected: Range<Int>, _ expectedText: String) -> Bool {
        guard found.overlaps(expected) else { return false }
        if found.lowerBound <= expected.lowerBound, found.upperBound >= expected.upperBound { return true }
        return found.lowerBound >= expected.lowerBound && found.upperBound <= expected.upperBound
            && Double(found.count) >= 0.6 * Double(expected.count)
    }

    /// For precision: the claim and an expected span lie one inside the other. The date inside a
    /// weekday-date ("the 22nd" of "friday the 22nd") is a real claim, not a false alarm.
    static func nests(_ found: Range<Int>, _ expected: Range<Int>) -> Bool {
        (found.lowerBound <= expected.lowerBound && found.upperBound >= expected.upperBound)
            || (found.lowerBound >= expected.lowerBound && found.upperBound <= expected.upperBound)
    }

    /// UTF-8 offset of the character at UTF-16 offset `index` (the suites count like C#).
    static func utf8Offset(ofCharacter index: Int, in text: String) -> Int {
        let utf16 = text.utf16
        let position = utf16.index(utf16.startIndex, offsetBy: min(index, utf16.count))
        return text.utf8.distance(from: text.utf8.startIndex, to: position)
    }

    struct Spec: Decodable {
        let cases: [Case]
    }

    struct Case: Decodable {
        let id: Int
        let input: String
        let referenceDateTime: String?
        let notSupportedByDesign: String?
        let results: [Result]
    }

    struct Result: Decodable {
        let text: String
        let start: Int
        let end: Int
    }
}
