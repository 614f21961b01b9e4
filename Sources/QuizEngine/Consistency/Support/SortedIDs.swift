/// Sets of word ids kept as sorted arrays without repeats.
///
/// What spot-the-inconsistency questions ask of a passage's words is how many it shares with
/// the conflicting passages; a merge of two sorted arrays answers that with no hashing, where
/// `Set<Int32>` spent most of its time inserting.
enum SortedIDs {
    /// `sorted` with each value once.
    static func unique(_ sorted: [Int32]) -> [Int32] {
        guard sorted.count > 1 else { return sorted }
        var out: [Int32] = []
        out.reserveCapacity(sorted.count)
        var last = sorted[0]
        out.append(last)
        for value in sorted.dropFirst() where value != last {
            out.append(value)
            last = value
        }
        return out
    }

    /// How many values two sorted arrays without repeats have in common.
    static func commonCount(_ a: [Int32], _ b: [Int32]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if a[i] > b[j] {
                j += 1
            } else {
                count += 1
                i += 1
                j += 1
            }
        }
        return count
    }
}
