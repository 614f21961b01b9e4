/// The postings of `QuotePairs`, by word pair: a hash table of its own, open addressing over
/// the pair's three numbers.
///
/// As a `Dictionary`, every word pair of every quote was hashed with SipHash (two combines and
/// a finalize): 28,471 look-ups on 1,000 articles, 7.4 million instructions, for keys that are
/// three integers. Here a key is mixed with two multiplications and found by comparing the
/// numbers themselves, so colliding keys only cost probes, never a wrong answer. Nothing is ever
/// removed, and entries are only read by key, so the order they are kept in does not matter.
struct PostingTable {
    /// Per slot: position in `keys` + 1, or 0 when empty.
    private var slots: [Int32]
    private var keys: [QuotePairs.Bigram] = []
    private var postings: [QuotePairs.Posting] = []

    /// Room for `capacity` keys without growing.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        keys.reserveCapacity(capacity)
        postings.reserveCapacity(capacity)
    }

    /// Where `key`'s posting is, if it has one.
    func find(_ key: QuotePairs.Bigram) -> Int? {
        let mask = slots.count - 1
        var slot = Self.slot(key) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if keys[entry] == key { return entry }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// A posting for a key that has none yet.
    mutating func add(_ key: QuotePairs.Bigram, _ posting: QuotePairs.Posting) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Self.slot(key) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        keys.append(key)
        postings.append(posting)
        slots[slot] = Int32(keys.count)
    }

    subscript(entry: Int) -> QuotePairs.Posting {
        get { postings[entry] }
        set { postings[entry] = newValue }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (entry, key) in keys.enumerated() {
            var slot = Self.slot(key) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(entry + 1)
        }
        slots = bigger
    }

    /// The three numbers mixed so that the low bits (the slot) depend on all of them.
    private static func slot(_ key: QuotePairs.Bigram) -> Int {
        var hash = UInt64(UInt32(bitPattern: key.first)) << 32 | UInt64(UInt32(bitPattern: key.second))
        hash ^= UInt64(bitPattern: Int64(key.story)) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return Int(truncatingIfNeeded: hash)
    }
}
