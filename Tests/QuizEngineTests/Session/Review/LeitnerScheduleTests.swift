import QuizEngine
import Testing

@Suite("Leitner review schedule")
struct LeitnerScheduleTests {
    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    func attempt(_ question: String = "q1", _ outcome: String, on iso: String, pack: String = "pack", fingerprint: String = "fp") -> LeitnerSchedule.Attempt {
        // outcome: "right", "sure" (right, 95%), "unsure" (right, 60%), "wrong", "skip"
        LeitnerSchedule.Attempt(
            packID: pack, packFingerprint: fingerprint, questionID: question,
            correct: outcome == "right" || outcome == "sure" || outcome == "unsure", skipped: outcome == "skip",
            confidence: outcome == "sure" ? 0.95 : outcome == "unsure" ? 0.6 : nil, day: day(iso)
        )
    }

    @Test("a right, sure answer to a question never missed does not schedule it")
    func knownStaysOut() {
        #expect(LeitnerSchedule.items(from: [attempt("q1", "right", on: "2026-01-05")]).isEmpty)
        #expect(LeitnerSchedule.items(from: [attempt("q1", "sure", on: "2026-01-05")]).isEmpty)
    }

    @Test("a miss or skip enters box 1, due the same day; an unsure right answer enters box 1, due tomorrow", arguments: [
        ("wrong", "2026-01-05", 1), ("skip", "2026-01-05", 1), ("unsure", "2026-01-06", 0),
    ])
    func entering(outcome: String, due: String, lapses: Int) throws {
        let item = try #require(LeitnerSchedule.items(from: [attempt("q1", outcome, on: "2026-01-05")]).first)
        #expect(item.box == 1)
        #expect(item.due == day(due))
        #expect(item.lapses == lapses)
    }

    @Test("right answers on the due day climb the boxes at 1, 3, 7 and 14 days, then retire the question")
    func climbing() {
        var attempts = [attempt("q1", "wrong", on: "2026-01-05")]
        let expected: [(answer: String, box: Int, due: String)] = [
            ("2026-01-05", 2, "2026-01-06"),
            ("2026-01-06", 3, "2026-01-09"),
            ("2026-01-09", 4, "2026-01-16"),
            ("2026-01-16", 5, "2026-01-30"),
        ]
        for step in expected {
            attempts.append(attempt("q1", "right", on: step.answer))
            let item = LeitnerSchedule.items(from: attempts).first
            #expect(item?.box == step.box)
            #expect(item?.due == day(step.due))
        }
        attempts.append(attempt("q1", "sure", on: "2026-02-02"))
        #expect(LeitnerSchedule.items(from: attempts).isEmpty)
    }

    @Test("a right answer before the due day changes nothing; a miss then sends the question back to box 1")
    func earlyAnswers() {
        let base = [attempt("q1", "wrong", on: "2026-01-05"), attempt("q1", "right", on: "2026-01-05"), attempt("q1", "right", on: "2026-01-06")]
        let early = LeitnerSchedule.items(from: base + [attempt("q1", "right", on: "2026-01-07")]).first
        #expect(early?.box == 3)
        #expect(early?.due == day("2026-01-09"))
        let missed = LeitnerSchedule.items(from: base + [attempt("q1", "wrong", on: "2026-01-07")]).first
        #expect(missed?.box == 1)
        #expect(missed?.due == day("2026-01-07"))
        #expect(missed?.lapses == 2)
    }

    @Test("an unsure right answer on the due day keeps the box and waits its interval again")
    func unsureKeepsBox() {
        let items = LeitnerSchedule.items(from: [
            attempt("q1", "wrong", on: "2026-01-05"), attempt("q1", "right", on: "2026-01-05"),
            attempt("q1", "unsure", on: "2026-01-08"),
        ])
        #expect(items.first?.box == 2)
        #expect(items.first?.due == day("2026-01-09"))
    }

    @Test("overdue questions come first, then today's, then later ones; ties by box and lapses")
    func ordering() {
        let items = LeitnerSchedule.items(from: [
            attempt("later", "unsure", on: "2026-01-10"),
            attempt("old", "wrong", on: "2026-01-02"),
            attempt("today-box1", "wrong", on: "2026-01-10"),
            attempt("twice", "wrong", on: "2026-01-10"), attempt("twice", "wrong", on: "2026-01-10"),
            attempt("other-pack", "wrong", on: "2026-01-02", pack: "b"),
        ])
        let ordered = LeitnerSchedule.ordered(items, on: day("2026-01-10"))
        #expect(ordered.map(\.questionID) == ["other-pack", "old", "twice", "today-box1", "later"])
        #expect(ordered.map { $0.isDue(on: day("2026-01-10")) } == [true, true, true, true, false])
    }

    @Test("the same question id in two packs is scheduled separately, and the latest fingerprint is kept")
    func acrossPacks() {
        let items = LeitnerSchedule.items(from: [
            attempt("q1", "wrong", on: "2026-01-05", pack: "a", fingerprint: "v1"),
            attempt("q1", "wrong", on: "2026-01-05", pack: "b"),
            attempt("q1", "wrong", on: "2026-01-06", pack: "a", fingerprint: "v2"),
        ])
        #expect(items.count == 2)
        #expect(items.first { $0.packID == "a" }?.packFingerprint == "v2")
    }
}
