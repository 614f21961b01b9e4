import QuizEngine
import Testing

@Suite("Scoring")
struct ScoringRulesTests {
    let rules = ScoringRules.standard

    @Test("a right answer earns its difficulty's points", arguments: Difficulty.allCases)
    func basePoints(difficulty: Difficulty) {
        #expect(rules.points(difficulty: difficulty, correct: true, hintsUsed: 0, streak: 1).total == difficulty.points)
    }

    @Test("wrong answers earn nothing, whatever the streak or hints")
    func wrong() {
        #expect(rules.points(difficulty: .hard, correct: false, hintsUsed: 2, streak: 0).total == 0)
    }

    @Test("each hint costs 30% of the question's points", arguments: [
        (Difficulty.easy, 1, 7), (.easy, 2, 4), (.medium, 1, 14), (.medium, 2, 8), (.hard, 1, 21), (.hard, 2, 12),
    ])
    func hints(difficulty: Difficulty, hints: Int, expected: Int) {
        #expect(rules.points(difficulty: difficulty, correct: true, hintsUsed: hints, streak: 1).total == expected)
    }

    @Test("hints never take the points below zero")
    func hintFloor() {
        let points = rules.points(difficulty: .easy, correct: true, hintsUsed: 9, streak: 1)
        #expect(points.base - points.hintPenalty == 0)
    }

    @Test("the streak bonus grows by 5 per right answer in a row and stops at 15", arguments: [
        (1, 0), (2, 5), (3, 10), (4, 15), (10, 15),
    ])
    func streak(streak: Int, bonus: Int) {
        let points = rules.points(difficulty: .easy, correct: true, hintsUsed: 0, streak: streak)
        #expect(points.streakBonus == bonus)
        #expect(points.total == 10 + bonus)
    }
}
