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

    /// `byte` in every lane.
    @inline(__always)
    static func repeated(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

    /// The top bit of each lane of `word` that is zero, and of no other: a lane is zero exactly
    /// when its low seven bits and its top bit are (adding 0x7F to the low bits carries into the
    /// top bit unless they are all clear, and never into the next lane).
    @inline(__always)
    static func zeros(_ word: UInt64) -> UInt64 {
        ~(((word & lows) &+ lows) | word | lows)
    }

    /// The top bit of each lane of `word` that is `byte`, and of no other.
    @inline(__always)
    static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        zeros(word ^ repeated(byte))
    }
}
