#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A set of words kept as their exact UTF-8 bytes, filled from text without making a `String`
/// of each word.
///
/// The statement writer notes every capitalised word of every article (to know which first
/// words are proper nouns) but asks about only a few: as a `Set<String>` each of those words was
/// a string made and hashed with SipHash, a fortieth of compiling 10,000 articles; the quote
/// pairs number every word of every quotation. Here a word is
/// FNV-1a-hashed straight from the text, probed in open addressing, and compared byte for byte
/// (no hash equality is trusted: articles are untrusted and FNV collisions are easy to make).
struct ByteWordSet {
    /// Per slot: index into `entries` + 1, or 0 when empty.
    private var slots: [Int32]
    private var entries: [Entry] = []
    /// Every word's bytes, one after another.
    private var pool: [UInt8] = []

    private struct Entry {
        let hash: UInt64
        let start: Int32
        let count: Int32
    }

    init() {
        slots = Array(repeating: 0, count: 64)
    }

    var count: Int { entries.count }

    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        _ = number(word)
    }

    mutating func insert(_ word: String) {
        var word = word
        word.withUTF8 { insert($0) }
    }

    /// The word's number: its position among the words in the order they were first inserted
    /// (inserting it if new), and whether it was new.
    mutating func number(_ word: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
        let hash = Self.hash(word)
        let (slot, found) = probe(word, hash: hash)
        if let found { return (found, false) }
        entries.append(Entry(hash: hash, start: Int32(truncatingIfNeeded: pool.count), count: Int32(truncatingIfNeeded: word.count)))
        pool.append(contentsOf: word)
        slots[slot] = Int32(truncatingIfNeeded: entries.count)
        if entries.count * 2 > slots.count { grow() }
        return (entries.count - 1, true)
    }

    mutating func number(_ word: String) -> (number: Int, isNew: Bool) {
        var word = word
        return word.withUTF8 { number($0) }
    }

    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains($0) }
    }

    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        probe(word, hash: Self.hash(word)).index != nil
    }

    /// The words as strings (for tests and diagnostics; the writer only asks `contains`).
    var strings: Set<String> {
        Set(entries.map { entry in
            String(decoding: pool[Int(entry.start)..<Int(entry.start + entry.count)], as: UTF8.self)
        })
    }

    /// The slot where `word` is, or the empty one where it would go, and its entry's index if
    /// it is there. The tables are read through buffer pointers and the bytes compared with
    /// `memcmp`: through the arrays, every slot, entry and byte read was bounds-checked, and
    /// comparing a byte at a time was most of numbering a word (0.9% of a compile, numbering
    /// subjects, names and quoted words).
    private func probe(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, index: Int?) {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                pool.withUnsafeBufferPointer { pool in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while slots[slot] != 0 {
                        let index = Int(slots[slot]) - 1
                        let entry = entries[index]
                        if entry.hash == hash, Int(entry.count) == word.count,
                           word.count == 0 || memcmp(pool.baseAddress! + Int(entry.start), word.baseAddress!, word.count) == 0 {
                            return (slot, index)
                        }
                        slot = (slot + 1) & mask
                    }
                    return (slot, nil)
                }
            }
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (bigger.count - 1)
            while bigger[slot] != 0 { slot = (slot + 1) & (bigger.count - 1) }
            bigger[slot] = Int32(truncatingIfNeeded: index + 1)
        }
        slots = bigger
    }

    /// FNV-1a, mixed so that the low bits (the slot) depend on every byte.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }
}
