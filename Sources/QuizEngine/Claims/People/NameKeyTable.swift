/// A map from name and word keys (`NameKey`, `WordHash`) to values, for the tables
/// `PersonDirectory` builds for every article.
///
/// `Dictionary` hashes a `UInt64` key again with SipHash on every look-up and grows from empty:
/// the directory's dictionaries were half of building it (15M instructions per 1,000 articles)
/// for a handful of names each. The keys are hashes already, so here a key picks its slot by a
/// multiply and a shift, in an open-addressed table that doubles when half full. Nothing is
/// allocated until the first key comes (most articles leave some tables empty). Keys and values
/// live in one array of pairs in insertion order: one allocation (and one free) a table fewer
/// than a keys array beside a values array, and seven tables are built for every article.
struct NameKeyTable<Value> {
    /// Open-addressed slots: an index into `entries`, or -1 when empty. No slots at all until
    /// the first key is added.
    private var slots: [Int32] = []
    private var entries: [(key: UInt64, value: Value)] = []
    private var shift: UInt64 = 64
    /// How many keys to make room for when the first comes.
    private let expected: Int

    /// A table with room for `capacity` keys before it first grows.
    init(capacity: Int = 4) {
        expected = max(capacity, 4)
    }

    var count: Int { entries.count }

    subscript(key: UInt64) -> Value? {
        guard let index = index(of: key) else { return nil }
        return entries[index].value
    }

    /// Sets the value of `key`, adding the key if it is new.
    mutating func set(_ value: Value, for key: UInt64) {
        if let index = index(of: key) {
            entries[index].value = value
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
            index = entries.count - 1
        }
        body(&entries[index].value)
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
            if entries[Int(index)].key == key { return Int(index) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func add(_ key: UInt64, _ value: Value) {
        if slots.isEmpty {
            var size = 8
            while size < expected * 2 { size *= 2 }
            slots = [Int32](repeating: -1, count: size)
            shift = 64 - UInt64(size.trailingZeroBitCount)
            entries.reserveCapacity(expected)
        } else if (entries.count + 1) * 2 > slots.count {
            grow()
        }
        place(key, index: entries.count)
        entries.append((key, value))
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
        for index in entries.indices { place(entries[index].key, index: index) }
    }
}

extension NameKeyTable: Sendable where Value: Sendable {}
