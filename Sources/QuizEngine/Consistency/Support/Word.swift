/// A word of a passage as the checks read it: lowercased, with its place in the passage and
/// what the checks' vocabularies say about it.
///
/// The checks look for cue words around a claim ("expired", "born", "rose from", "former"), for
/// names shared between passages, and for the nouns a figure is about. All of that works on
/// words, so each passage is split once, byte by byte (Swift `Regex` is far too slow for the
/// compile throughput target), and every vocabulary a check asks about is answered by one
/// dictionary lookup per word when it is split (`Word.Classes`), not by a set lookup per
/// question.
///
/// A word holds no text, only numbers: its place, its id in the `PassageWordTable` it was split
/// with, and its vocabularies. Its text (lowercased; a possessive "’s" dropped, "maduro’s" is
/// "maduro"; curly apostrophes inside a word made straight) is the table's, `table.text(id)`,
/// and within one table the same text always has the same id, so readers compare ids where
/// they can. Every passage with a claim is split into an array of words for the checks' index:
/// with a `String` in each word, every array retained each word's text when it was made and
/// released it when it was freed, a large part of the run's reference counting. Made of
/// integers only, an array of words is freed without looking at its elements.
struct Word: Hashable, Sendable {
    private let start: Int32
    private let end: Int32
    /// The word's number in the `PassageWordTable` it was split with (the same for every
    /// occurrence of its text).
    let id: Int32
    let classes: Classes

    init(range: Range<Int>, classes: Classes, id: Int32) {
        self.start = Int32(clamping: range.lowerBound)
        self.end = Int32(clamping: range.upperBound)
        self.id = id
        self.classes = classes
    }

    /// UTF-8 offsets of the word in the passage text, possessive included.
    var range: Range<Int> { Int(start)..<Int(end) }

    /// Written with a capital first letter.
    var isCapitalized: Bool { classes.contains(.capitalized) }
    /// Starts with a digit ("2024", "1,200", "72-hour").
    var isNumeric: Bool { classes.contains(.numeric) }
    /// The word follows sentence punctuation or starts the passage, so a capital says nothing
    /// about it being a name.
    var startsClause: Bool { classes.contains(.startsClause) }
    /// Punctuation stands between this word and the one before (a comma, dash, bracket, quote
    /// mark, or sentence punctuation): cue words do not reach across it.
    var afterPause: Bool { classes.contains(.afterPause) }

    func `is`(_ set: Classes) -> Bool { !classes.isDisjoint(with: set) }

    /// Which vocabularies a word belongs to, and how it was written.
    struct Classes: OptionSet, Hashable, Sendable {
        let rawValue: UInt64
        init(rawValue: UInt64) { self.rawValue = rawValue }

        // How it was written.
        static let capitalized = Classes(rawValue: 1 << 0)
        static let numeric = Classes(rawValue: 1 << 1)
        static let startsClause = Classes(rawValue: 1 << 2)
        static let afterPause = Classes(rawValue: 1 << 3)
        // Vocabularies (`CheckLexicon`).
        static let stopword = Classes(rawValue: 1 << 8)
        static let preposition = Classes(rawValue: 1 << 9)
        static let month = Classes(rawValue: 1 << 10)
        static let weekday = Classes(rawValue: 1 << 11)
        static let measure = Classes(rawValue: 1 << 12)
        static let change = Classes(rawValue: 1 << 13)
        static let strongChange = Classes(rawValue: 1 << 14)
        static let modal = Classes(rawValue: 1 << 15)
        static let negation = Classes(rawValue: 1 << 16)
        static let distinctEvent = Classes(rawValue: 1 << 17)
        static let eventNoun = Classes(rawValue: 1 << 18)
        static let pastVerb = Classes(rawValue: 1 << 19)
        static let future = Classes(rawValue: 1 << 20)
        static let ordering = Classes(rawValue: 1 << 21)
        static let expiry = Classes(rawValue: 1 << 22)
        static let echo = Classes(rawValue: 1 << 23)
        static let first = Classes(rawValue: 1 << 24)
        static let reporting = Classes(rawValue: 1 << 25)
        static let partial = Classes(rawValue: 1 << 26)
        static let exhaustive = Classes(rawValue: 1 << 27)
        static let notName = Classes(rawValue: 1 << 28)
        static let unit = Classes(rawValue: 1 << 29)
        static let linking = Classes(rawValue: 1 << 30)
        static let deadline = Classes(rawValue: 1 << 31)
        static let futureSpan = Classes(rawValue: 1 << 32)
        static let rateUnit = Classes(rawValue: 1 << 33)
        static let gapUnit = Classes(rawValue: 1 << 34)
        static let origin = Classes(rawValue: 1 << 35)
        static let roleQualifier = Classes(rawValue: 1 << 36)
        static let startVerb = Classes(rawValue: 1 << 37)
        /// Words skipped between a figure and its noun: "80% of voters", "$7 billion in assets".
        static let figureLink = Classes(rawValue: 1 << 38)
        /// "per", "a", "each": before a unit, they make a rate ("$300 a month").
        static let rateMarker = Classes(rawValue: 1 << 39)
        /// "monthly", "annual", "apiece": a rate on their own.
        static let rateWord = Classes(rawValue: 1 << 40)
        /// "called (for)", "asked (for)", "pushed (for)": a request.
        static let pleaVerb = Classes(rawValue: 1 << 41)
        /// "said", "reported", "announced": verbs of speech and publication.
        static let speech = Classes(rawValue: 1 << 42)
        /// "minutes", "hours", "days", ...
        static let timeUnit = Classes(rawValue: 1 << 43)
        /// "expired", "ran (out)", "lapsed": a deadline's end.
        static let expiryVerb = Classes(rawValue: 1 << 44)
        /// "will", "expected", "scheduled", "next": the sentence speaks of the future.
        static let futureTense = Classes(rawValue: 1 << 45)
        /// "officials", "sources", "analysts": who says so without naming anyone.
        static let vagueSource = Classes(rawValue: 1 << 46)

        /// Words that are not content: function words and prepositions.
        static let function: Classes = [.stopword, .preposition]
        /// How a word is written, as opposed to what it means.
        static let shape: Classes = [.capitalized, .numeric, .startsClause, .afterPause]
    }
}

extension Array where Element == Word {
    /// Index of the first word whose range starts at or after `offset`.
    func firstIndex(atOrAfter offset: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Indices of the words inside a span.
    func indices(covering span: Range<Int>) -> Range<Int> {
        let start = firstIndex(atOrAfter: span.lowerBound)
        var end = start
        while end < count, self[end].range.lowerBound < span.upperBound { end += 1 }
        // A span starting inside a word ("72" in "72-hour") still covers it.
        if start > 0, self[start - 1].range.upperBound > span.lowerBound { return (start - 1)..<end }
        return start..<end
    }
}
