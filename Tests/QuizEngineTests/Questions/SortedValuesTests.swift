@testable import QuizEngine
import Testing

/// The figures and days already used are sorted lists asked by binary search; membership must
/// be a `Set`'s.
@Suite("Sorted values")
struct SortedValuesTests {
    @Test("members as a Set has them, for generated lists with repeats, zeros of both signs and infinities")
    func agreesWithSet() {
        var random = SplitMix64(seed: 101)
        let pool: [Double] = [0, -0.0, 1, 2.5, 7.3, 1e15, 1e300, .infinity, -3, 21, 21.000000000000004]
        for length in [0, 1, 2, 5, 40, 300] {
            let values = (0..<length).map { _ in pool[random.next(below: pool.count)] * Double(1 + random.next(below: 3)) }
            let sorted = SortedValues(values), set = Set(values)
            #expect(sorted.count == set.count)
            for probe in pool + values + [-1, 4, 2.5000001] {
                #expect(sorted.contains(probe) == set.contains(probe), "\(probe) in \(values)")
            }
        }
    }
}
