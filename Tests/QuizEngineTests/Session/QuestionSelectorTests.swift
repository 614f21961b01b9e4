import QuizEngine
import Testing

@Suite("Choosing questions")
struct QuestionSelectorTests {
    typealias F = SessionFixtures

    @Test("SplitMix64 gives the published reference sequence")
    func referenceSequence() {
        var zero = SplitMix64(seed: 0)
        #expect([zero.next(), zero.next(), zero.next()] == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
        var other = SplitMix64(seed: 1_234_567)
        #expect([other.next(), other.next(), other.next()] == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423])
    }

    @Test("bounded draws stay in range and reach every value")
    func bounded() {
        var random = SplitMix64(seed: 42)
        var seen = Set<Int>()
        for _ in 0..<500 {
            let value = random.next(below: 7)
            #expect((0..<7).contains(value))
            seen.insert(value)
        }
        #expect(seen.count == 7)
    }

    @Test("the same seed gives the same questions in the same order")
    func stableOrder() {
        let selector = QuestionSelector(count: 6)
        let first = selector.select(from: [F.mixedPack], seed: 7).map(\.id)
        let second = selector.select(from: [F.mixedPack], seed: 7).map(\.id)
        #expect(first == second)
        #expect(first.count == 6)
        #expect(Set(first).count == 6)
    }

    @Test("seed 7 gives this exact order, today and after any refactoring")
    func pinnedOrder() {
        // Pinned: classes replay old seeds, so a change here breaks a promise made to teachers.
        let ids = QuestionSelector(count: 12).select(from: [F.mixedPack], seed: 7).map(\.id)
        #expect(ids == QuestionSelectorTests.pinnedSeed7)
    }

    /// Worked out with an independent implementation of SplitMix64, Lemire bounding,
    /// Fisher–Yates and the round-robin deal (a few lines of Python), not copied from a run.
    static let pinnedSeed7 = ["mc1", "sp1", "tf4", "tf1", "fc3", "mc3", "tf3", "sp2", "fc1", "mc2", "fc2", "tf2"]

    @Test("the order questions have in the pack file does not change the selection")
    func packOrderIrrelevant() {
        let reversed = F.pack(questions: F.mixedPack.questions.reversed())
        let selector = QuestionSelector(count: 5)
        #expect(selector.select(from: [reversed], seed: 11).map(\.id) == selector.select(from: [F.mixedPack], seed: 11).map(\.id))
    }

    @Test("different seeds give different orders")
    func seedsDiffer() {
        let selector = QuestionSelector(count: 12)
        let orders = Set((1...5).map { selector.select(from: [F.mixedPack], seed: UInt64($0)).map(\.id) })
        #expect(orders.count > 1)
    }

    @Test("a short session still mixes the kinds")
    func mixesKinds() {
        for seed in UInt64(0)..<20 {
            let kinds = Set(QuestionSelector(count: 4).select(from: [F.mixedPack], seed: seed).map(\.question.kind))
            #expect(kinds.count == 4, "seed \(seed)")
        }
    }

    @Test("the default is ten questions, fewer when the pack has fewer")
    func counts() {
        #expect(QuestionSelector().select(from: [F.mixedPack], seed: 1).count == 10)
        #expect(QuestionSelector(count: 50).select(from: [F.mixedPack], seed: 1).count == 12)
    }

    @Test("filters keep only the kinds, difficulties and skills asked for")
    func filters() {
        let kinds = QuestionSelector(filter: QuestionFilter(kinds: [.factCheck, .spotTheInconsistency]), count: 50)
            .select(from: [F.mixedPack], seed: 3)
        #expect(Set(kinds.map(\.id)) == ["fc1", "fc2", "fc3", "sp1", "sp2"])

        let hard = QuestionSelector(filter: QuestionFilter(difficulties: [.hard]), count: 50).select(from: [F.mixedPack], seed: 3)
        #expect(Set(hard.map(\.id)) == ["sp1", "sp2"])

        let dates = QuestionSelector(filter: QuestionFilter(skills: [.datesAndTimelines, .internalConsistency]), count: 50)
            .select(from: [F.mixedPack], seed: 3)
        #expect(Set(dates.map(\.id)) == ["mc1", "mc2", "mc3", "sp1", "sp2"])

        let none = QuestionSelector(filter: QuestionFilter(kinds: [.trueFalse], difficulties: [.hard]), count: 50)
            .select(from: [F.mixedPack], seed: 3)
        #expect(none.isEmpty)
    }

    @Test("several packs are played together, each question keeping its pack")
    func severalPacks() {
        let other = F.pack(id: "other", questions: [F.trueFalse("x1"), F.trueFalse("x2")])
        let picked = QuestionSelector(count: 50).select(from: [F.mixedPack, other], seed: 5)
        #expect(picked.count == 14)
        #expect(picked.filter { $0.pack.id == "other" }.map(\.id).sorted() == ["x1", "x2"])
    }

    @Test("a pack given twice plays its questions once")
    func duplicatePack() {
        #expect(QuestionSelector(count: 50).select(from: [F.mixedPack, F.mixedPack], seed: 5).count == 12)
    }
}
