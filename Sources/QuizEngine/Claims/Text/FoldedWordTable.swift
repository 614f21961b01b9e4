/// A read-only map from words to values, built once (in a `static let`) and looked up per token.
///
/// Open addressing over a power-of-two array with a multiplicative hash of the packed key: a
/// lookup is a multiply, a shift and one or two comparisons, which is what lets every word of a
/// sentence be looked up on the compile's hot path. Keys are exact (see `FoldedWordKey`), so a hit is
/// never a hash collision.
public struct FoldedWordTable<Value: Sendable>: Sendable {
    /// Open-addressed slots: the key and an index into `values`, or -1 when empty.
    private struct Slot: Sendable {
        var low: UInt64
        var high: UInt64
        var index: Int32
    }

    private let slots: [Slot]
    private let values: [Value]
    private let shift: UInt64

    /// Later entries for the same word replace earlier ones.
    public init(_ entries: [(String, Value)]) {
        // Sized once and probed once a word: growing the dictionary as words came rehashed it a
        // dozen times while the lexicon was built (0.9M instructions a compile).
        var order: [FoldedWordKey] = []
        order.reserveCapacity(entries.count)
        var byKey: [FoldedWordKey: Value] = [:]
        byKey.reserveCapacity(entries.count)
        for (word, value) in entries {
            let key = FoldedWordKey(word)
            precondition(key != .unrepresentable, "word too long or not ASCII for a FoldedWordTable: \(word)")
            if byKey.updateValue(value, forKey: key) == nil { order.append(key) }
        }
        var capacity = 8
        var bits: UInt64 = 3
        while capacity < order.count * 3 {
            capacity *= 2
            bits += 1
        }
        let shift = 64 - bits
        var slots = [Slot](repeating: Slot(low: 0, high: 0, index: -1), count: capacity)
        var values: [Value] = []
        values.reserveCapacity(order.count)
        for key in order {
            var slot = Int(FoldedWordTable.hash(key) >> shift)
            while slots[slot].index >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(low: key.low, high: key.high, index: Int32(values.count))
            values.append(byKey[key]!)
        }
        self.slots = slots
        self.values = values
        self.shift = shift
    }

    private init(slots: [Slot], values: [Value], shift: UInt64) {
        self.slots = slots
        self.values = values
        self.shift = shift
    }

    /// The same words, each with `transform` of its value.
    public func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> FoldedWordTable<T> {
        FoldedWordTable<T>(
            slots: slots.map { .init(low: $0.low, high: $0.high, index: $0.index) }, values: try values.map(transform),
            shift: shift
        )
    }

    public subscript(key: FoldedWordKey) -> Value? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(FoldedWordTable.hash(key) >> shift)
            while true {
                let entry = slots[slot]
                if entry.index < 0 { return nil }
                if entry.low == key.low, entry.high == key.high { return values[Int(entry.index)] }
                slot = (slot + 1) & mask
            }
        }
    }

    public subscript(word: String) -> Value? { self[FoldedWordKey(word)] }

    public var count: Int { values.count }

    @inline(__always)
    private static func hash(_ key: FoldedWordKey) -> UInt64 {
        (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
    }
}
