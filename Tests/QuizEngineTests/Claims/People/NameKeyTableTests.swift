@testable import QuizEngine
import Testing

/// `NameKeyTable`, which replaced the directory's dictionaries, answers every look-up as a
/// `Dictionary` given the same changes does: through probing, growth and tables sized too small.
@Suite("name key table")
struct NameKeyTableTests {
    @Test("agrees with a dictionary over random changes and look-ups", arguments: [0, 1, 4, 37, 500])
    func agreesWithDictionary(capacity: Int) {
        var random = SplitMix64(seed: UInt64(capacity) &+ 5)
        // A small pool, so keys come back; large and tiny keys, and keys a multiple of the
        // multiplier apart, so slots collide.
        var pool: [UInt64] = [0, 1, 2, .max, 0x9E37_79B9_7F4A_7C15, 0x9E37_79B9_7F4A_7C15 &* 2]
        for _ in 0..<300 { pool.append(random.next()) }
        for step in 0..<300 { pool.append(UInt64(step) << 58) }
        var table = NameKeyTable<[Int]>(capacity: capacity)
        var reference: [UInt64: [Int]] = [:]
        for step in 0..<6_000 {
            let key = pool[random.next(below: pool.count)]
            switch random.next(below: 3) {
            case 0:
                table.set([step], for: key)
                reference[key] = [step]
            case 1:
                table.update(key, default: [-1]) { $0.append(step) }
                reference[key, default: [-1]].append(step)
            default:
                #expect(table[key] == reference[key], "key \(key) at step \(step)")
            }
            #expect(table.count == reference.count)
        }
        for key in pool { #expect(table[key] == reference[key], "key \(key)") }
    }

    @Test("an empty table finds nothing")
    func emptyTable() {
        let table = NameKeyTable<Int>()
        #expect(table[0] == nil)
        #expect(table[42] == nil)
        #expect(table.count == 0)
    }
}
