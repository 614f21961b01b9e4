/// The capitalised words of an article (names of people, places, organisations) by how often it
/// uses them, and where its multi-word names are, for the story's name registry.
///
/// Words are counted by their id in the run's `PassageWordTable`, so counting costs no string hashing.
struct NameTally {
    /// Mid-sentence capitalised words, by word id.
    private var counts: [Int32: Int] = [:]
    /// Capitalised at the start of a sentence: only counted when the word is also capitalised
    /// mid-sentence somewhere, or "Officials" would be a name.
    private var initial: [Int32: Int] = [:]
    /// The order in which names were first seen, for stable ties.
    private(set) var first: [Int32: Int] = [:]

    /// Counts by word id, sentence starts included for words that are names elsewhere.
    var names: [Int32: Int] {
        var merged = counts
        for (id, n) in initial where merged[id] != nil { merged[id]! += n }
        return merged
    }

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
                    if word.startsClause { initial[word.id, default: 0] += 1 } else { counts[word.id, default: 0] += 1 }
                    if first[word.id] == nil { first[word.id] = first.count }
                }
            } else {
                flush(i)
            }
        }
        flush(words.count)
    }
}
