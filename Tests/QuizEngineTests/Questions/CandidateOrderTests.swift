@testable import QuizEngine
import Testing

/// The order candidates are tried in is worked out on positions and small keys; it must be the
/// order the previous code gave by shuffling and interleaving the candidates themselves (kept
/// here as the reference).
@Suite("Candidate order")
struct CandidateOrderTests {
    /// The previous `ClaimCandidate.diversified`, on candidates.
    static func referenceDiversified(_ candidates: [ClaimCandidate], random: inout SplitMix64) -> [ClaimCandidate] {
        let shuffled = random.shuffled(candidates)
        let byArticle = referenceInterleave(shuffled) { $0.home.position }
        return referenceInterleave(byArticle) { $0.claim.kind }
    }

    static func referenceInterleave<Key: Hashable>(_ items: [ClaimCandidate], by key: (ClaimCandidate) -> Key) -> [ClaimCandidate] {
        var slots: [Key: Int] = [:]
        var groups: [[ClaimCandidate]] = []
        for item in items {
            let k = key(item)
            if let slot = slots[k] {
                groups[slot].append(item)
            } else {
                slots[k] = groups.count
                groups.append([item])
            }
        }
        var result: [ClaimCandidate] = []
        var open = Array(groups.indices)
        var round = 0
        while !open.isEmpty {
            for g in open { result.append(groups[g][round]) }
            round += 1
            open.removeAll { groups[$0].count <= round }
        }
        return result
    }

    static let article = Fixtures.article("order", body: "The council met on Monday, March 3, and said 12 people came.")

    /// Candidates spread over `articles` article positions (some never used, some used often)
    /// with kinds drawn from a few or from all.
    static func candidates(count: Int, articles: Int, kinds: [ClaimKind], random: inout SplitMix64) -> [ClaimCandidate] {
        let passage = article.passages[0]
        let homes = (0..<articles).map { ClaimCandidate.Home(article, position: $0 * 3) }
        return (0..<count).map { number in
            let kind = kinds[random.next(below: kinds.count)]
            // Each candidate's claim text names it, to compare orders.
            let claim = Claim(kind: kind, article: article.id, passage: passage.id, range: 0..<3, text: "c\(number)", value: .year(2000))
            let home = random.next(below: 4) == 0 ? homes[0] : homes[random.next(below: homes.count)]
            return ClaimCandidate(claim: claim, home: home, passageIndex: 0)
        }
    }

    @Test("the same candidates in the same order, for many shapes of candidate list and seeds")
    func agreesWithReference() {
        var random = SplitMix64(seed: 61)
        let shapes: [(count: Int, articles: Int, kinds: [ClaimKind])] = [
            (0, 1, [.number]), (1, 1, [.number]), (7, 1, [.number, .date]), (50, 3, ClaimKind.allCases),
            (400, 40, [.number, .percentage, .money, .date, .quote]), (2_000, 500, ClaimKind.allCases), (300, 300, [.age]),
        ]
        for shape in shapes {
            for seed in 0..<5 as Range<UInt64> {
                let candidates = Self.candidates(count: shape.count, articles: shape.articles, kinds: shape.kinds, random: &random)
                var old = SplitMix64(seed: seed, purpose: "order"), new = old
                let expected = Self.referenceDiversified(candidates, random: &old)
                let order = CandidateOrder(candidates).diversified(random: &new)
                #expect(order.map { candidates[Int($0)].claim.text } == expected.map(\.claim.text))
                #expect(old.next() == new.next(), "the same random numbers drawn")
            }
        }
    }
}
