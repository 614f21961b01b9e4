import QuizEngine
import Testing

@Suite("Calibration")
struct CalibrationTests {
    typealias J = Calibration.Judgement

    @Test("the Brier score is the mean squared distance between confidence and outcome")
    func brier() throws {
        let calibration = Calibration([J(probability: 0.9, correct: true), J(probability: 0.8, correct: false)])
        // ((0.9 - 1)² + (0.8 - 0)²) / 2 = (0.01 + 0.64) / 2
        #expect(abs(try #require(calibration.brierScore) - 0.325) < 1e-12)
    }

    @Test("always saying 50% scores 0.25, and certainty that is right scores 0")
    func brierReferences() {
        #expect(Calibration([J(probability: 0.5, correct: true), J(probability: 0.5, correct: false)]).brierScore == 0.25)
        #expect(Calibration([J(probability: 1, correct: true)]).brierScore == 0)
    }

    @Test("no judgements, no score")
    func empty() {
        let calibration = Calibration([])
        #expect(calibration.brierScore == nil)
        #expect(calibration.verdict == .tooFewAnswers(needed: 3))
    }

    @Test("sure and often wrong is overconfident")
    func overconfident() {
        let calibration = Calibration([
            J(probability: 0.95, correct: true), J(probability: 0.95, correct: false),
            J(probability: 0.9, correct: false), J(probability: 0.9, correct: true),
        ])
        #expect(calibration.verdict == .overconfident)
    }

    @Test("unsure and usually right is underconfident")
    func underconfident() {
        let calibration = Calibration([
            J(probability: 0.6, correct: true), J(probability: 0.6, correct: true), J(probability: 0.5, correct: true),
        ])
        #expect(calibration.verdict == .underconfident)
    }

    @Test("confidence close to accuracy is well calibrated")
    func calibrated() {
        let calibration = Calibration([
            J(probability: 0.8, correct: true), J(probability: 0.8, correct: true),
            J(probability: 0.7, correct: true), J(probability: 0.7, correct: false),
        ])
        #expect(calibration.verdict == .wellCalibrated)
    }

    @Test("two answers are too few for a verdict")
    func tooFew() {
        #expect(Calibration([J(probability: 0.95, correct: false), J(probability: 0.95, correct: false)]).verdict == .tooFewAnswers(needed: 1))
    }

    @Test("answers fall into confidence bands with their own accuracy")
    func bands() {
        let calibration = Calibration([
            J(probability: 0.95, correct: true), J(probability: 0.9, correct: false),
            J(probability: 0.6, correct: true), J(probability: 0.3, correct: false),
        ])
        let bands = calibration.bands
        #expect(bands.map(\.lowerPercent) == [0, 50, 90])
        #expect(bands.map(\.upperPercent) == [49, 69, 100])
        #expect(bands.map(\.count) == [1, 1, 2])
        #expect(bands.map(\.accuracy) == [0, 1, 0.5])
        #expect(abs(bands[2].meanConfidence - 0.925) < 1e-12)
    }
}
