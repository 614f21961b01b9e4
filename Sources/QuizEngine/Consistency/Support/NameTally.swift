/// The capitalised words of an article (names of people, places, organisations) by how often it
/// uses them, and where its multi-word names are, for the story's name registry.
///
/// Words are counted by their id in the run's `PassageWordTable`, so counting costs no string hashing.
struct NameTally {
    /// What is counted of one capitalised word.
    private struct Entry {
        /// Mid-sentence uses.
        var mid = 0
        /// Uses at the start of a sentence: only counted when the word is also capitalised
        /// mid-sentence somewhere, or "Officials" would be a name.
        var initial = 0
        /// The order in which the word was first seen, for stable ties.
        let first: Int
    }

    /// One dictionary, one look-up per word: three dictionaries, each grown from empty, were a
    /// third of the story plan's counting.
    private var entries: [Int32: Entry] = [:]

    /// Counts by word id, sentence starts included for words that are names elsewhere.
    var names: [Int32: Int] {
        var merged: [Int32: Int] = [:]
        merged.reserveCapacity(entries.count)
        for (id, entry) in entries where entry.mid > 0 { merged[id] = entry.mid + entry.initial }
        return merged
    }

    /// When a word was first seen (its order among the article's capitalised words).
    func firstSeen(_ id: Int32) -> Int { entries[id]?.first ?? .max }

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
            let order = entries.count
            if classes.contains(.startsClause) {
                entries[word.id, default: Entry(first: order)].initial += 1
            } else {
                entries[word.id, default: Entry(first: order)].mid += 1
            }
        }
    }

    /// The passage is over, and so is any run of names in it.
    mutating func endPassage() { endRun() }

    private mutating func endRun() {
        if run.words >= 2, run.words <= 4 { runs.append((run.passage, run.start..<run.end)) }
        run.words = 0
    }
}
