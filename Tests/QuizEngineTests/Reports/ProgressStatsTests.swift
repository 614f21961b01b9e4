import QuizEngine
import Testing

@Suite("Progress statistics")
struct ProgressStatsTests {
    func entry(_ iso: String, correct: Bool, skills: [Skill] = [.numbers], pack: String = "p", confidence: Double? = nil) -> ProgressStats.Entry {
        ProgressStats.Entry(packID: pack, packTitle: "Pack \(pack)", skills: skills, correct: correct, confidence: confidence, points: correct ? 10 : 0, day: CalendarDate(iso: iso)!)
    }

    @Test("a short history is shown per day, with totals, active days and the streak")
    func daily() {
        let stats = ProgressStats(entries: [
            entry("2026-03-01", correct: true), entry("2026-03-01", correct: false),
            entry("2026-03-03", correct: true), entry("2026-03-04", correct: true),
        ], sessions: 3, today: CalendarDate(iso: "2026-03-04")!)
        #expect(stats.granularity == .day)
        #expect(stats.periods.map(\.answers) == [2, 0, 1, 1])
        #expect(stats.periods.map(\.accuracy) == [0.5, nil, 1, 1])
        #expect(stats.activeDays == 3)
        #expect(stats.streak == 2)
        #expect(stats.accuracy == 0.75)
        #expect(stats.points == 30)
    }

    @Test("a long history is shown per Monday-based week, at most twelve of them")
    func weekly() {
        let stats = ProgressStats(entries: [
            entry("2025-01-06", correct: true),
            entry("2026-03-02", correct: false), entry("2026-03-08", correct: true), entry("2026-03-09", correct: true),
        ], sessions: 2, today: CalendarDate(iso: "2026-03-10")!)
        #expect(stats.granularity == .week)
        #expect(stats.periods.count == 12)
        #expect(stats.periods.last?.start == CalendarDate(iso: "2026-03-09"))
        #expect(stats.periods.suffix(2).map(\.answers) == [2, 1])
        #expect(stats.answers == 4)
        #expect(stats.streak == 2)
    }

    @Test("per skill and per pack series count an answer under each of its skills")
    func series() {
        let stats = ProgressStats(entries: [
            entry("2026-03-01", correct: true, skills: [.numbers, .quotes], pack: "a"),
            entry("2026-03-02", correct: false, skills: [.quotes], pack: "b", confidence: 0.9),
        ], sessions: 2, today: CalendarDate(iso: "2026-03-02")!)
        #expect(stats.skills.map(\.id) == ["numbers", "quotes"])
        #expect(stats.skills.map(\.answers) == [1, 2])
        #expect(stats.packs.map(\.id) == ["b", "a"])
        #expect(stats.calibration.count == 1)
        #expect(stats.calibration.verdict == "overconfident")
    }
}
