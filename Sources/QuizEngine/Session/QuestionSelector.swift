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
        candidateIndices(from: packs).map { SessionQuestion(question: packs[$0.pack].questions[$0.question], pack: packs[$0.pack]) }
    }

    /// Where each candidate is (pack, question), in the order `candidates` gives. Selection
    /// works on these positions and builds only the questions it picks: sorting and shuffling
    /// whole questions (each with its pack) was a sixth of the start-up on a 10,000-question
    /// pack.
    private func candidateIndices(from packs: [CompiledPack]) -> [(pack: Int, question: Int)] {
        var pool: [(pack: Int, question: Int)] = []
        var seen = Set<String>()
        for (p, pack) in packs.enumerated() {
            for (q, question) in pack.questions.enumerated() where filter.matches(question) {
                // The same pack given twice plays its questions once.
                guard seen.insert(pack.id + "\u{0}" + question.id).inserted else { continue }
                pool.append((p, q))
            }
        }
        return pool.sorted {
            let (a, b) = (packs[$0.pack], packs[$1.pack])
            if a.id != b.id { return a.id < b.id }
            return a.questions[$0.question].id < b.questions[$1.question].id
        }
    }

    public func select(from packs: [CompiledPack], seed: UInt64) -> [SessionQuestion] {
        var random = SplitMix64(seed: seed)
        typealias Position = (pack: Int, question: Int)
        var byKind: [QuestionKind: [Position]] = [:]
        for position in candidateIndices(from: packs) {
            byKind[packs[position.pack].questions[position.question].kind, default: []].append(position)
        }
        var kinds = QuestionKind.allCases.filter { byKind[$0] != nil }
        random.shuffle(&kinds)
        var queues = kinds.map { kind -> [Position] in
            var questions = byKind[kind]!
            random.shuffle(&questions)
            return questions
        }
        var picked: [Position] = []
        var round = 0
        while picked.count < count, queues.contains(where: { round < $0.count }) {
            for queue in queues where round < queue.count && picked.count < count {
                picked.append(queue[round])
            }
            round += 1
        }
        queues.removeAll()
        random.shuffle(&picked)
        return picked.map { SessionQuestion(question: packs[$0.pack].questions[$0.question], pack: packs[$0.pack]) }
    }
}
