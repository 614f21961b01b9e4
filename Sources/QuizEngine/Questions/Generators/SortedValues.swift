/// Values sorted once, each once, asked for membership by binary search: a set built from a
/// long list that is read far less often than it was filled (see `DetailAlteration.Taken`).
///
/// Membership is `==`, as for a `Set`. The values must be totally ordered by `<` (no NaN:
/// figures read from digits never are).
struct SortedValues<Value: Comparable> {
    private let values: [Value]

    init(_ values: [Value]) {
        var sorted = values.sorted()
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[index] != sorted[kept - 1] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        self.values = sorted
    }

    var count: Int { values.count }

    func contains(_ value: Value) -> Bool {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < values.count && values[low] == value
    }
}
