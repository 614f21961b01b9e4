/// The order in which the claim-based generators try candidates: a seeded shuffle, then
/// interleaved so that consecutive ones differ in article and in kind where possible (six
/// true/false questions should not be six numbers from one article).
///
/// Worked out on positions in the candidate list and one small key per candidate (its
/// article's position and its kind), read once per pack. Shuffling and grouping the candidates
/// themselves reached into the candidate, its article and its claim, scattered objects, in
/// each of three passes for each of the two generators: for 10,000 articles those reads waited
/// on memory for 3% of the compile's time.
struct CandidateOrder {
    /// What the interleaving groups a candidate by.
    private struct Key {
        /// The position of the candidate's article (`ClaimCandidate.Home.position`).
        let article: Int32
        /// `ClaimKind.bit` of its claim.
        let kind: UInt8
    }

    private let keys: [Key]
    /// One more than the largest article position.
    private let articleSlots: Int

    init(_ candidates: [ClaimCandidate]) {
        keys = candidates.map { Key(article: Int32($0.home.position), kind: UInt8($0.claim.kind.bit)) }
        articleSlots = Int(keys.lazy.map(\.article).max() ?? -1) + 1
    }

    /// Positions in the candidate list, shuffled with `random` (as shuffling the list itself
    /// would: the shuffle depends only on the count), then interleaved by article, then by kind.
    func diversified(random: inout SplitMix64) -> [Int32] {
        var order = Array(0..<Int32(keys.count))
        random.shuffle(&order)
        let byArticle = Self.interleave(order, groups: articleSlots) { Int(keys[Int($0)].article) }
        return Self.interleave(byArticle, groups: ClaimKind.allCases.count) { Int(keys[Int($0)].kind) }
    }

    /// Round-robin over the groups `group` puts items into (numbers below `groups`), in the
    /// order the groups first appear, each group keeping its order: the first item of each
    /// group, then the second of each group that has one, and so on.
    ///
    /// The groups are laid out one after another in a single array rather than an array each,
    /// and a round visits only groups with items left.
    static func interleave(_ items: [Int32], groups: Int, group: (Int32) -> Int) -> [Int32] {
        // Groups numbered in the order they first appear, and each item's group.
        var number = [Int32](repeating: -1, count: groups)
        var sizes: [Int] = []
        var itemGroup: [Int32] = []
        itemGroup.reserveCapacity(items.count)
        for item in items {
            let g = group(item)
            if number[g] < 0 {
                number[g] = Int32(sizes.count)
                sizes.append(0)
            }
            itemGroup.append(number[g])
            sizes[Int(number[g])] += 1
        }
        // The items of each group together, in their order.
        var starts: [Int] = []
        starts.reserveCapacity(sizes.count)
        var total = 0
        for size in sizes {
            starts.append(total)
            total += size
        }
        var grouped = [Int32](repeating: 0, count: items.count)
        var next = starts
        for (item, g) in zip(items, itemGroup) {
            grouped[next[Int(g)]] = item
            next[Int(g)] += 1
        }

        var result: [Int32] = []
        result.reserveCapacity(items.count)
        var open = Array(sizes.indices)
        var round = 0
        while !open.isEmpty {
            for g in open { result.append(grouped[starts[g] + round]) }
            round += 1
            open.removeAll { sizes[$0] <= round }
        }
        return result
    }
}
