/// A short word packed into two integers, so that looking up the word before a period in the
/// abbreviation table costs no `String`, no allocation and no Unicode normalisation.
///
/// Exact bytes: "Co" and "co" are different keys, which is what the tables want ("No." before a
/// number is an abbreviation, "no." is a word). Words longer than 15 bytes have no key; none of
/// the tables holds one.
struct WordKey: Hashable {
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

extension Set where Element == WordKey {
    init(words: [String]) {
        self.init(words.compactMap(WordKey.init))
    }

    func contains(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let key = WordKey(text, range) else { return false }
        return contains(key)
    }
}
