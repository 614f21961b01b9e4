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

    mutating func count(_ words: [Word], passage: Int) {
        var runStart = -1
        func flush(_ end: Int) {
            if runStart >= 0, end - runStart >= 2, end - runStart <= 4 {
                runs.append((passage, words[runStart].range.lowerBound..<words[end - 1].range.upperBound))
            }
            runStart = -1
        }
        for (i, word) in words.enumerated() {
            let isName = word.isCapitalized && !word.isNumeric && !word.is([.notName, .month, .weekday])
            if isName {
                if word.afterPause { flush(i) }
                if runStart < 0 { runStart = i }
                if word.text.utf8.count >= 3, word.id >= 0 {
                    let order = entries.count
                    if word.startsClause {
                        entries[word.id, default: Entry(first: order)].initial += 1
                    } else {
                        entries[word.id, default: Entry(first: order)].mid += 1
                    }
                }
            } else {
                flush(i)
            }
        }
        flush(words.count)
    }
}
