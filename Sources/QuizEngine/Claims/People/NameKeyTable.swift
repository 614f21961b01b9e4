/// A map from name and word keys (`NameKey`, `WordHash`) to values, for the tables
/// `PersonDirectory` builds for every article.
///
/// `Dictionary` hashes a `UInt64` key again with SipHash on every look-up and grows from empty:
/// the directory's dictionaries were half of building it (15M instructions per 1,000 articles)
/// for a handful of names each. The keys are hashes already, so here a key picks its slot by a
/// multiply and a shift, in an open-addressed table that doubles when half full. Nothing is
/// allocated until the first key comes (most articles leave some tables empty). Values live in
/// one array in insertion order.
struct NameKeyTable<Value> {
    /// Open-addressed slots: an index into `keys` and `values`, or -1 when empty. No slots at
    /// all until the first key is added.
    private var slots: [Int32] = []
    private var keys: [UInt64] = []
    private var values: [Value] = []
    private var shift: UInt64 = 64
    /// How many keys to make room for when the first comes.
    private let expected: Int

    /// A table with room for `capacity` keys before it first grows.
    init(capacity: Int = 4) {
        expected = max(capacity, 4)
    }

    var count: Int { keys.count }

    subscript(key: UInt64) -> Value? {
        guard let index = index(of: key) else { return nil }
        return values[index]
    }

    /// Sets the value of `key`, adding the key if it is new.
    mutating func set(_ value: Value, for key: UInt64) {
        if let index = index(of: key) {
            values[index] = value
        } else {
            add(key, value)
        }
    }

    /// Changes the value of `key` in place, starting from `initial` when the key is new
    /// (`dictionary[key, default: initial]` modified).
    mutating func update(_ key: UInt64, default initial: Value, _ body: (inout Value) -> Void) {
        let index: Int
        if let found = self.index(of: key) {
            index = found
        } else {
            add(key, initial)
            index = values.count - 1
        }
        body(&values[index])
    }

    private func slot(of key: UInt64) -> Int {
        Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private func index(of key: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = slot(of: key)
        while true {
            let index = slots[slot]
            if index < 0 { return nil }
            if keys[Int(index)] == key { return Int(index) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func add(_ key: UInt64, _ value: Value) {
        if slots.isEmpty {
            var size = 8
            while size < expected * 2 { size *= 2 }
            slots = [Int32](repeating: -1, count: size)
            shift = 64 - UInt64(size.trailingZeroBitCount)
            keys.reserveCapacity(expected)
            values.reserveCapacity(expected)
        } else if (keys.count + 1) * 2 > slots.count {
            grow()
        }
        place(key, index: keys.count)
        keys.append(key)
        values.append(value)
    }

    private mutating func place(_ key: UInt64, index: Int) {
        let mask = slots.count - 1
        var slot = slot(of: key)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        shift -= 1
        for (index, key) in keys.enumerated() { place(key, index: index) }
    }
}

extension NameKeyTable: Sendable where Value: Sendable {}
