/// A word folded to lowercase ASCII and packed into two integers, so vocabulary lookups in the
/// claim recognizers neither allocate a `String` nor hash with SipHash.
///
/// Words of up to 16 ASCII bytes are represented exactly (no collisions). Longer words and words
/// with non-ASCII letters get `FoldedWordKey.unrepresentable`, which no table entry can equal: every
/// vocabulary the recognizers need ("approximately", "thousandths") is short ASCII.
public struct FoldedWordKey: Hashable, Sendable {
    public let low: UInt64
    public let high: UInt64

    /// The key of words that cannot be packed; never stored in a `FoldedWordTable`.
    public static let unrepresentable = FoldedWordKey(low: 0, high: .max)
    public static let maximumLength = 16

    @inlinable init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Packs `bytes[range]`, folding ASCII letters to lowercase.
    @inlinable
    public init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count <= FoldedWordKey.maximumLength else {
            self = .unrepresentable
            return
        }
        var low: UInt64 = 0, high: UInt64 = 0
        var shift: UInt64 = 0
        for index in range {
            var byte = bytes[index]
            if byte >= 0x80 {
                self = .unrepresentable
                return
            }
            if byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            if shift < 64 {
                low |= UInt64(byte) << shift
            } else {
                high |= UInt64(byte) << (shift - 64)
            }
            shift += 8
        }
        self.low = low
        self.high = high
    }

    /// The key of a word written out, for building tables ("per cent" is two keys, not one).
    public init(_ word: String) {
        var copy = word
        self = copy.withUTF8 { FoldedWordKey($0, 0..<$0.count) }
    }
}
