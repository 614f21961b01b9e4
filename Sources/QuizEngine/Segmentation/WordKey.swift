/// A short word packed into two integers, so that looking up the word before a period in the
/// abbreviation table costs no `String`, no allocation and no Unicode normalisation.
///
/// Exact bytes: "Co" and "co" are different keys, which is what the tables want ("No." before a
/// number is an abbreviation, "no." is a word). Words longer than 15 bytes have no key; none of
/// the tables holds one.
struct WordKey: Hashable, Sendable {
    static let maximumLength = 15

    private let low: UInt64
    private let high: UInt64

    init?(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let count = range.count
        guard count > 0, count <= Self.maximumLength else { return nil }
        var low: UInt64 = UInt64(count) << 56
        var high: UInt64 = 0
        var shift: UInt64 = 0
        for i in range {
            let byte = UInt64(text[i])
            if shift < 56 {
                low |= byte << shift
            } else {
                high |= byte << (shift - 56)
            }
            shift += 8
        }
        self.low = low
        self.high = high
    }

    init?(_ word: String) {
        var word = word
        guard let key = word.withUTF8({ WordKey($0, 0..<$0.count) }) else { return nil }
        self = key
    }
}

extension WordKey {
    /// A well-mixed 64-bit hash (multiplicative, Fibonacci constant): enough for the small fixed
    /// tables here, and far cheaper than the seeded SipHash `Hasher` runs for `Dictionary`.
    var mixedHash: UInt64 {
        (low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
    }
}

/// A fixed table of short words, each with a value, found by their bytes with one multiply and a
/// probe or two. The segmenter consults one at nearly every period; `Dictionary` would hash each
/// key with SipHash first.
struct WordTable<Value: Sendable>: Sendable {
    private let keys: [WordKey?]
    private let values: [Value?]
    private let shift: UInt64

    /// `entries` with a later duplicate winning. Fails (a programming error) on a word longer than
    /// `WordKey.maximumLength`.
    init(_ entries: [(String, Value)]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        let size = 1 << Int(bits)
        var keys = [WordKey?](repeating: nil, count: size)
        var values = [Value?](repeating: nil, count: size)
        let shift = 64 - bits
        for (word, value) in entries {
            guard let key = WordKey(word) else { preconditionFailure("word too long for a WordTable: \(word)") }
            var slot = Int(key.mixedHash >> shift)
            while let existing = keys[slot], existing != key { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.shift = shift
    }

    func value(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Value? {
        guard let key = WordKey(text, range) else { return nil }
        let mask = keys.count - 1
        var slot = Int(key.mixedHash >> shift)
        while let candidate = keys[slot] {
            if candidate == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

/// A fixed set of short words (see `WordTable`).
struct WordSet: Sendable {
    private let table: WordTable<Bool>

    init(_ words: [String]) {
        table = WordTable(words.map { ($0, true) })
    }

    func contains(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        table.value(text, range) != nil
    }
}
