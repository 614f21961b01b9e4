/// A small, fast pseudo-random generator whose sequence depends only on its seed (SplitMix64).
///
/// Swift's `SystemRandomNumberGenerator` is unseeded and the standard library promises no
/// stable algorithm for seeded shuffles, but a class needs the same questions in the same order
/// on every machine, and a compile must give byte-identical output. So generation and sessions
/// draw from this, and shuffle with `shuffled(_:)` below rather than `Array.shuffled(using:)`.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one purpose, so that adding draws for one purpose does not change another.
    public init(seed: UInt64, purpose: String) {
        state = seed ^ StableHash.fnv1a(purpose)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (bound > 0), without modulo bias.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        let limit = UInt64(bound)
        let threshold = (0 &- limit) % limit
        while true {
            let x = next()
            if x >= threshold { return Int(x % limit) }
        }
    }

    /// Fisher–Yates with this generator: the same seed gives the same order everywhere.
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var items = items
        guard items.count > 1 else { return items }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
        return items
    }
}

/// Hashes that do not change between runs or machines (Swift's `Hasher` is seeded per process).
public enum StableHash {
    /// 64-bit FNV-1a over the UTF-8 bytes.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    public static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// A short hex id: the first `length` hex digits of the hash.
    public static func shortID(_ text: String, length: Int = 8) -> String {
        let hex = String(fnv1a(text), radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return String(padded.prefix(length))
    }
}
