/// Picks the questions of a session and their order from a seed.
///
/// The same packs, filter, count and seed always give the same questions in the same order, so a
/// teacher can hand one seed to a whole class. The pool is sorted by pack and question id first,
/// so the order questions appear in a pack file does not matter. Kinds are mixed: questions are
/// shuffled within each kind, then dealt round-robin from the kinds (in a shuffled order) until
/// the count is reached, and the picked questions are shuffled once more so the kinds do not
/// come in a fixed rotation.
public struct QuestionSelector: Sendable {
    /// How many questions a session asks when the player does not say.
    public static let defaultCount = 10

    public let filter: QuestionFilter
    public let count: Int

    public init(filter: QuestionFilter = .any, count: Int = QuestionSelector.defaultCount) {
        self.filter = filter
        self.count = count
    }

    /// The questions that pass the filter, before any are picked.
    public func candidates(from packs: [CompiledPack]) -> [SessionQuestion] {
        var pool: [SessionQuestion] = []
        var seen = Set<String>()
        for pack in packs {
            for question in pack.questions where filter.matches(question) {
                // The same pack given twice plays its questions once.
                guard seen.insert(pack.id + "\u{0}" + question.id).inserted else { continue }
                pool.append(SessionQuestion(question: question, pack: pack))
            }
        }
        return pool.sorted { ($0.pack.id, $0.question.id) < ($1.pack.id, $1.question.id) }
    }

    public func select(from packs: [CompiledPack], seed: UInt64) -> [SessionQuestion] {
        var random = SplitMix64(seed: seed)
        var byKind: [QuestionKind: [SessionQuestion]] = [:]
        for question in candidates(from: packs) {
            byKind[question.question.kind, default: []].append(question)
        }
        var kinds = QuestionKind.allCases.filter { byKind[$0] != nil }
        random.shuffle(&kinds)
        var queues = kinds.map { kind -> [SessionQuestion] in
            var questions = byKind[kind]!
            random.shuffle(&questions)
            return questions
        }
        var picked: [SessionQuestion] = []
        var round = 0
        while picked.count < count, queues.contains(where: { round < $0.count }) {
            for queue in queues where round < queue.count && picked.count < count {
                picked.append(queue[round])
            }
            round += 1
        }
        queues.removeAll()
        random.shuffle(&picked)
        return picked
    }
}
