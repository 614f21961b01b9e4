import QuizEngine
import Testing

@Suite("Calibration summary")
struct CalibrationSummaryTests {
    @Test("Brier score and overconfidence of a small set, worked by hand")
    func brier() {
        let summary = CalibrationSummary([(0.9, true), (0.9, false), (0.6, true), (0.6, true)])
        // (0.01 + 0.81 + 0.16 + 0.16) / 4 = 0.285; mean confidence 0.75, accuracy 0.75.
        #expect(abs((summary.brierScore ?? 0) - 0.285) < 1e-9)
        #expect(abs(summary.overconfidence ?? 1) < 1e-9)
        #expect(summary.verdict == "well calibrated")
        #expect(summary.bins.map(\.lower) == [0.6, 0.9])
        #expect(summary.bins.map(\.accuracy) == [1, 0.5])
    }

    @Test("no stated confidence gives no figures")
    func empty() {
        let summary = CalibrationSummary([])
        #expect(summary.brierScore == nil)
        #expect(summary.verdict == nil)
        #expect(summary.bins.isEmpty)
    }

    @Test("a certain answer falls in the top bin and a sub-50% one in the bottom bin")
    func edges() {
        let summary = CalibrationSummary([(1.0, true), (0.3, false)])
        #expect(summary.bins.map(\.lower) == [0.5, 0.9])
    }
}
