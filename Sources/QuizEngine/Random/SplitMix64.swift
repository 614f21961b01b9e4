/// A small, fast pseudo-random generator whose sequence is fixed by its seed, on every platform
/// and every Swift version.
///
/// A teacher gives the class one seed and every student must get the same questions in the same
/// order. Swift's `SystemRandomNumberGenerator` cannot be seeded, and the standard library's
/// `shuffled(using:)` and `random(in:using:)` may change how they consume random numbers between
/// releases, and a compile must give byte-identical output. So question generation and the game
/// draw from this generator (Steele, Lea and Flood's SplitMix64) and do their own shuffling and
/// bounding.
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one purpose, so that drawing more for one purpose (more true/false
    /// questions) does not change what another draws (the fact-check questions).
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

    /// A number in `0..<bound`, without modulo bias (Lemire's multiply-and-reject).
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let bound = UInt64(bound)
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return Int(product.high)
    }

    /// Fisher–Yates, drawing from this generator.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = next(below: i + 1)
            if i != j { items.swapAt(i, j) }
        }
    }

    /// A shuffled copy.
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var copy = items
        shuffle(&copy)
        return copy
    }
}
