import Foundation
import QuizEngine
import Testing

@Suite("A quiz session")
struct QuizSessionTests {
    typealias F = SessionFixtures

    func session(_ questions: [Question], mode: SessionRecord.Mode = .practice) -> QuizSession {
        let pack = F.pack(questions: questions)
        return QuizSession(
            id: "s1", player: "ana", mode: mode, seed: 7,
            questions: questions.map { SessionQuestion(question: $0, pack: pack) }, startedAt: F.start
        )
    }

    func at(_ seconds: Double) -> Date { F.start.addingTimeInterval(seconds) }

    @Test("the session record names the pack, player, seed and question order")
    func record() {
        let s = session([F.trueFalse("a"), F.factCheck("b")])
        #expect(s.record.packID == "fixture")
        #expect(s.record.packFingerprint == "fp-fixture")
        #expect(s.record.player == "ana")
        #expect(s.record.seed == 7)
        #expect(s.record.questionIDs == ["a", "b"])
        #expect(s.record.mode == .practice)
    }

    @Test("questions are asked in order and the session finishes after the last")
    func flow() {
        var s = session([F.trueFalse("a"), F.factCheck("b")])
        #expect(s.current?.id == "a")
        s.answer(PlayerAnswer(answer: .trueFalse(true)), at: at(5))
        #expect(s.current?.id == "b")
        #expect(!s.isFinished)
        s.answer(PlayerAnswer(answer: .verdict(.supported)), at: at(12))
        #expect(s.isFinished)
        #expect(s.current == nil)
        #expect(s.summary(at: at(99)).duration == 12)
    }

    @Test("a right answer scores, a wrong one does not, and both are recorded as given")
    func answering() {
        var s = session([F.trueFalse("a", difficulty: .medium), F.factCheck("b", answer: .notStated)])
        let right = s.answer(PlayerAnswer(answer: .trueFalse(true), confidence: StatedConfidence(probability: 0.8)), at: at(4))
        #expect(right.correct)
        #expect(right.points.total == 20)
        #expect(right.record.given == "true")
        #expect(right.record.confidence == 0.8)
        #expect(right.record.secondsTaken == 4)
        #expect(right.record.position == 1)
        #expect(right.record.sessionID == "s1")
        let wrong = s.answer(PlayerAnswer(answer: .verdict(.contradicted)), at: at(10))
        #expect(!wrong.correct)
        #expect(wrong.points.total == 0)
        #expect(wrong.record.given == "contradicted")
        #expect(wrong.record.secondsTaken == 6)
        #expect(s.score == 20)
        #expect(s.missed.map(\.id) == ["b"])
    }

    @Test("right answers in a row earn the streak bonus; a miss resets it")
    func streak() {
        var s = session((1...5).map { F.trueFalse("q\($0)") })
        let yes = PlayerAnswer(answer: .trueFalse(true)), no = PlayerAnswer(answer: .trueFalse(false))
        #expect(s.answer(yes, at: at(1)).points.total == 10)
        #expect(s.answer(yes, at: at(2)).points.total == 15)
        #expect(s.answer(yes, at: at(3)).points.total == 20)
        #expect(s.answer(no, at: at(4)).points.total == 0)
        #expect(s.answer(yes, at: at(5)).points.total == 10)
        #expect(s.bestStreak == 3)
    }

    @Test("hints say where to read, then show the passage, then run out; each costs points")
    func hints() {
        var s = session([F.trueFalse("a", difficulty: .hard)])
        guard case let .hint(first) = s.takeHint() else { Issue.record("no first hint"); return }
        #expect(first.clue == .paragraphs([Citation(article: "daily", passage: "p1.s2", quote: "less than 15 minutes")]))
        #expect(first.cost == 9)
        #expect(first.remaining == 1)
        guard case let .hint(second) = s.takeHint() else { Issue.record("no second hint"); return }
        #expect(second.clue == .passages([Citation(article: "daily", passage: "p1.s2", quote: "less than 15 minutes")]))
        #expect(s.takeHint() == .noMoreHints)
        let answered = s.answer(PlayerAnswer(answer: .trueFalse(true)), at: at(3))
        #expect(answered.hintsUsed == 2)
        #expect(answered.record.hintsUsed == 2)
        #expect(answered.points.total == 12)
    }

    @Test("a spot-the-inconsistency hint names one of the conflicting passages")
    func spotHint() {
        var s = session([F.spot("a", answer: ["b", "d"])])
        #expect(s.takeHint() == .hint(Hint(clue: .conflictingChoice("b"), level: 1, cost: 9, remaining: 0)))
        #expect(s.takeHint() == .noMoreHints)
    }

    @Test("hints are counted per question")
    func hintsReset() {
        var s = session([F.trueFalse("a"), F.trueFalse("b")])
        _ = s.takeHint()
        s.answer(PlayerAnswer(answer: .trueFalse(true)), at: at(1))
        #expect(s.hintsUsed == 0)
        #expect(s.answer(PlayerAnswer(answer: .trueFalse(true)), at: at(2)).hintsUsed == 0)
    }

    @Test("no hints in exam mode")
    func examHints() {
        var s = session([F.trueFalse("a")], mode: .exam)
        #expect(s.takeHint() == .unavailableInExam)
    }

    @Test("a question without citations has no hint to give")
    func noCitations() {
        let bare = Question(id: "x", kind: .trueFalse, prompt: "?", answer: .trueFalse(true), explanation: "", citations: [],
                            skills: [.numbers], difficulty: .easy, origin: .authored)
        var s = session([bare])
        #expect(s.takeHint() == .noCitations)
    }

    @Test("a skip earns nothing, counts as missed and ends the streak")
    func skip() {
        var s = session([F.trueFalse("a"), F.trueFalse("b"), F.trueFalse("c")])
        s.answer(PlayerAnswer(answer: .trueFalse(true)), at: at(1))
        let skipped = s.skip(at: at(2))
        #expect(skipped.skipped)
        #expect(skipped.record.skipped)
        #expect(skipped.record.given == "")
        #expect(s.streak == 0)
        #expect(s.missed.map(\.id) == ["b"])
        #expect(s.answer(PlayerAnswer(answer: .trueFalse(true)), at: at(3)).points.streakBonus == 0)
    }

    @Test("finishing early keeps what was answered")
    func finishEarly() {
        var s = session([F.trueFalse("a"), F.trueFalse("b"), F.trueFalse("c")])
        s.answer(PlayerAnswer(answer: .trueFalse(true)), at: at(1))
        s.finish(at: at(30))
        #expect(s.isFinished)
        #expect(s.current == nil)
        #expect(s.takeHint() == .noQuestion)
        let summary = s.summary(at: at(40))
        #expect(summary.endedEarly)
        #expect(summary.asked == 1)
        #expect(summary.planned == 3)
        #expect(summary.duration == 30)
    }

    @Test("the summary reports score, accuracy per skill, calibration and the misses")
    func summary() {
        var s = session([F.trueFalse("a"), F.multipleChoice("b"), F.spot("c"), F.factCheck("d")])
        s.answer(PlayerAnswer(answer: .trueFalse(true), confidence: StatedConfidence(probability: 0.9)), at: at(1))
        s.answer(PlayerAnswer(answer: .choices(["a"]), confidence: StatedConfidence(probability: 0.9)), at: at(2))
        s.answer(PlayerAnswer(answer: .choices(["b", "d"]), confidence: StatedConfidence(probability: 0.9)), at: at(3))
        s.skip(at: at(4))
        let summary = s.summary(at: at(4))
        #expect(summary.right == 2)
        #expect(summary.skipped == 1)
        #expect(summary.accuracy == 0.5)
        #expect(summary.score == 10 + 30)
        #expect(summary.missed.map(\.id) == ["b", "d"])
        let skills = Dictionary(uniqueKeysWithValues: summary.skills.map { ($0.skill, ($0.right, $0.asked)) })
        #expect(skills[.numbers]! == (2, 3))
        #expect(skills[.datesAndTimelines]! == (0, 1))
        #expect(skills[.internalConsistency]! == (1, 1))
        #expect(summary.calibration.count == 3)
        #expect(summary.calibration.verdict == .overconfident)
    }

    @Test("questions from several packs record their own pack; the session names them all")
    func severalPacks() {
        let one = F.pack(id: "one", questions: [F.trueFalse("a")]), two = F.pack(id: "two", questions: [F.trueFalse("b")])
        var s = QuizSession(
            id: "s", player: "p", mode: .practice, seed: 1,
            questions: [SessionQuestion(question: one.questions[0], pack: one), SessionQuestion(question: two.questions[0], pack: two)],
            startedAt: F.start
        )
        #expect(s.record.packID == "one+two")
        #expect(s.answer(PlayerAnswer(answer: .trueFalse(true)), at: at(1)).record.packID == "one")
        #expect(s.answer(PlayerAnswer(answer: .trueFalse(true)), at: at(2)).record.packID == "two")
    }
}
