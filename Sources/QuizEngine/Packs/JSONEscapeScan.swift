/// Which bytes a JSON writer escapes, and a fast search for the next one.
///
/// Every JSON string written (pack files, the fingerprint, the app's `--format json` output) is
/// mostly prose with nothing to escape, so the search decides the cost of writing. Testing each
/// byte against four or five values was the largest single cost of writing a pack (4% of a
/// compile, in the file writer and the fingerprint together); here eight bytes are ruled out at
/// once with a few word operations.
public struct JSONEscapeScan: Sendable {
    /// `/` is escaped: `JSONEncoder` does so unless told not to, and the fingerprint was defined
    /// through it.
    public let slash: Bool
    /// DEL (0x7F) is escaped: the app's JSON keeps it from reaching a terminal raw.
    public let delete: Bool
    /// The two choices as masks, so that the word test has no branches (see `flags`).
    private let slashMask: UInt64
    private let deleteMask: UInt64

    public init(slash: Bool, delete: Bool) {
        self.slash = slash
        self.delete = delete
        slashMask = slash ? Self.highs : 0
        deleteMask = delete ? Self.highs : 0
    }

    /// Control characters, `"` and `\` always; `/` and DEL as chosen.
    public func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
            || (slash && byte == UInt8(ascii: "/")) || (delete && byte == 0x7F)
    }

    /// The offset of the first byte at or after `start` that needs an escape, or `bytes.count`.
    ///
    /// A word of eight bytes is tested at once, with the usual test for bytes below `n`
    /// (`n` at most 0x80): `(x - n·0x0101…01) & ~x` sets the top bit of every byte of `x` below
    /// `n`, and of no byte before the first such one (a borrow only runs upwards, from a byte
    /// that is below `n`). Bytes equal to `c` are the bytes of `x ^ c·0x0101…01` below 1.
    /// Flipping bit 1 maps `"` (0x22) to 0x20 and keeps control characters below 0x20, so
    /// "below 0x21 after the flip" finds both at once. DEL is the one byte whose low seven bits
    /// carry into the top bit when one is added (strings are valid UTF-8: no 0xFF). The load is
    /// little-endian, so the lowest top bit set is the first byte to escape.
    public func firstEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        let count = bytes.count
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return count }
        var i = start
        // Two words a round: the compiler does both in one vector register.
        while i &+ 16 <= count {
            let first = flags(base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let second = flags(base.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self))
            if first | second != 0 {
                return first != 0 ? i &+ Self.firstFlagged(first) : i &+ 8 &+ Self.firstFlagged(second)
            }
            i &+= 16
        }
        if i &+ 8 <= count {
            let word = flags(base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if word != 0 { return i &+ Self.firstFlagged(word) }
            i &+= 8
        }
        while i < count {
            if needsEscape(bytes[i]) { return i }
            i &+= 1
        }
        return count
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The offset in its word of the first byte `flags` marks.
    @inline(__always)
    private static func firstFlagged(_ flags: UInt64) -> Int { flags.trailingZeroBitCount &>> 3 }

    /// The top bit of each byte of the loaded word that needs an escape, and maybe of bytes after
    /// the first such one (see `firstEscape`).
    @inline(__always)
    private func flags(_ loaded: UInt64) -> UInt64 {
        let word = UInt64(littleEndian: loaded)
        let ones = Self.ones
        let flipped = word ^ (ones &* 0x02)
        let backslash = word ^ (ones &* 0x5C)
        let slashes = word ^ (ones &* 0x2F)
        let controlOrQuote = (flipped &- ones &* 0x21) & ~flipped
        let backslashes = (backslash &- ones) & ~backslash
        let slashFound = (slashes &- ones) & ~slashes & slashMask
        let deleteFound = ((word & (ones &* 0x7F)) &+ ones) & deleteMask
        return (controlOrQuote | backslashes | slashFound | deleteFound) & Self.highs
    }
}
