/// Eight bytes of text read as one little-endian `UInt64`, each byte a lane: the tests the
/// byte scans that go eight bytes at a time share.
enum ByteLanes {
    /// The top bit of every lane.
    static let highs: UInt64 = 0x8080_8080_8080_8080
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// Eight bytes from `offset` (which must leave eight in the buffer), lane 0 the first.
    @inline(__always)
    static func load(_ base: UnsafeRawPointer, at offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The top bit of each lane of `word` that is `byte`, and of no other: a lane of
    /// `difference` is zero exactly when its low seven bits and its top bit are.
    @inline(__always)
    static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return ~(((difference & lows) &+ lows) | difference | lows)
    }
}
