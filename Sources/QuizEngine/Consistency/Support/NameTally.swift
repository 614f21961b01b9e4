/// The capitalised words of an article (names of people, places, organisations) by how often it
/// uses them, and where its multi-word names are, for the story's name registry.
///
/// Words are counted by their id in the run's `PassageWordTable`, so counting costs no string hashing.
struct NameTally {
    /// What is counted of one capitalised word. Its position in `entries` is the order in which
    /// it was first seen, for stable ties.
    private struct Entry {
        let id: Int32
        /// Mid-sentence uses.
        var mid: Int32 = 0
        /// Uses at the start of a sentence: only counted when the word is also capitalised
        /// mid-sentence somewhere, or "Officials" would be a name.
        var initial: Int32 = 0
    }

    /// The words counted, in the order first seen.
    private var entries: [Entry] = []
    /// Where each word's entry is: open addressing over the word ids, `entries` position + 1 per
    /// slot (0 when empty), a power of two long. As a `[Int32: Entry]` dictionary grown from
    /// empty for each article, each of the 15,000 names of 1,000 articles was hashed with
    /// SipHash (a key here is one integer, mixed with a multiplication).
    private var slots: [Int32] = []

    /// A word counted in the story plan: its id, its count (sentence starts included) and the
    /// order it was first seen in, among the article's capitalised words.
    struct Name {
        let id: Int32
        let count: Int
        let first: Int
    }

    /// The article's names (words capitalised mid-sentence somewhere), in the order first seen,
    /// with their counts (sentence starts included).
    var counted: [Name] {
        var out: [Name] = []
        out.reserveCapacity(entries.count)
        for (first, entry) in entries.enumerated() where entry.mid > 0 {
            out.append(Name(id: entry.id, count: Int(entry.mid + entry.initial), first: first))
        }
        return out
    }

    /// Counts by word id, sentence starts included for words that are names elsewhere.
    var names: [Int32: Int] {
        var merged: [Int32: Int] = [:]
        merged.reserveCapacity(entries.count)
        for name in counted { merged[name.id] = name.count }
        return merged
    }

    /// When a word was first seen (its order among the article's capitalised words).
    func firstSeen(_ id: Int32) -> Int {
        guard !slots.isEmpty else { return .max }
        return probe(id).entry ?? .max
    }

    /// Runs of two to four capitalised words: passage index and UTF-8 range. Read into names
    /// only if a check needs to tell people apart in this story.
    private(set) var runs: [(passage: Int, range: Range<Int>)] = []

    /// The run of capitalised words being read: where it starts and ends, how many words, and
    /// in which passage. Words arrive one at a time (`count(_:passage:)`), so the run is kept
    /// here rather than as indices into an array of words the story plan no longer builds.
    private var run = (passage: 0, start: 0, end: 0, words: 0)

    /// Counts one word of a passage, in order; each passage ends with `endPassage()`.
    @inline(__always)
    mutating func count(_ word: WordScanner.Scanned, passage: Int) {
        let classes = word.classes
        let isName = classes.contains(.capitalized) && !classes.contains(.numeric)
            && classes.isDisjoint(with: [.notName, .month, .weekday])
        guard isName else {
            endRun()
            return
        }
        if classes.contains(.afterPause) { endRun() }
        if run.words == 0 { run = (passage, word.range.lowerBound, 0, 0) }
        run.words += 1
        run.end = word.range.upperBound
        if word.length >= 3, word.id >= 0 {
            let entry = entry(word.id)
            if classes.contains(.startsClause) {
                entries[entry].initial += 1
            } else {
                entries[entry].mid += 1
            }
        }
    }

    /// The passage is over, and so is any run of names in it.
    mutating func endPassage() { endRun() }

    private mutating func endRun() {
        if run.words >= 2, run.words <= 4 { runs.append((run.passage, run.start..<run.end)) }
        run.words = 0
    }

    /// The position of `id`'s entry, made if it has none.
    private mutating func entry(_ id: Int32) -> Int {
        if slots.isEmpty { slots = Array(repeating: 0, count: 64) }
        let (slot, found) = probe(id)
        if let found { return found }
        entries.append(Entry(id: id))
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return entries.count - 1
    }

    /// Where `id` is: its entry if it has one, and the slot that holds it or would. The table
    /// must have slots.
    @inline(__always)
    private func probe(_ id: Int32) -> (slot: Int, entry: Int?) {
        let mask = slots.count - 1
        var slot = Self.slot(id) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if entries[entry].id == id { return (slot, entry) }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (entry, counted) in entries.enumerated() {
            var slot = Self.slot(counted.id) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(entry + 1)
        }
        slots = bigger
    }

    /// Word ids are small and dense: one multiplication spreads neighbours over the slots.
    @inline(__always)
    private static func slot(_ id: Int32) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: id)) &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }
}
