@testable import QuizEngine
import Testing

/// `SeenPairs`, which replaced the role and location recognizers' `Set` of joined strings,
/// answers every insertion as that set does: while it searches its few pairs, and after it has
/// moved them into a set of its own.
@Suite("seen pairs")
struct SeenPairsTests {
    @Test("agrees with a set of joined strings over random insertions", arguments: [0, 1, 2, 3])
    func agreesWithJoinedSet(seed: UInt64) {
        var random = SplitMix64(seed: seed &+ 11)
        // Few words, so pairs come back; accents written composed and decomposed, which a
        // `String` compares equal; pairs that join to the same text with the NUL moved ("a b" +
        // "c" against "a" + "b c" joined by a space would collide: a NUL does not).
        let words = ["", "a", "b", "a b", "b c", "café", "cafe\u{301}", "Ruiz", "union leader", "Tomás Ruiz", "Colombia"]
        // Runs long enough to pass the search limit, and short ones that stay below it.
        let count = seed == 0 ? 8 : 40 * Int(seed)
        var pairs = SeenPairs()
        var reference: Set<String> = []
        for step in 0..<count {
            let first = words[random.next(below: words.count)] + (random.next(below: 4) == 0 ? "\(step % 7)" : "")
            let second = words[random.next(below: words.count)]
            let expected = reference.insert(first + "\u{0}" + second).inserted
            let inserted = pairs.insert(first, second)
            #expect(inserted == expected, "\(first) / \(second) at step \(step)")
        }
    }

    @Test("every pair once, across the search limit")
    func acrossTheLimit() {
        var pairs = SeenPairs()
        let limit = SeenPairs.searchLimit
        for n in 0..<(limit * 3) {
            let inserted = pairs.insert("person \(n)", "role")
            #expect(inserted, "first insertion of \(n)")
        }
        for n in 0..<(limit * 3) {
            let inserted = pairs.insert("person \(n)", "role")
            #expect(!inserted, "second insertion of \(n)")
        }
        let other = pairs.insert("person 0", "other role")
        #expect(other)
    }
}
