/// What a claim is about, in the form subjects are compared in.
///
/// Extracted subjects vary in wording ("poverty rate", "the poverty", "people living in
/// poverty"), so two subjects match when they share their head (the thing itself, not the
/// measure: "rate", "toll", "duration" are dropped) and one's words are contained in the
/// other's. Words are lowercased, singular, and mapped to a shared synonym ("conversation" is
/// "call").
struct Topic: Hashable, Sendable {
    /// Content words, normalised, in order.
    let words: [String]
    /// The word the subject is about: the last content word before the first preposition, or
    /// after it when everything before is a measure ("number of refugees" is about refugees).
    let head: String

    var isEmpty: Bool { head.isEmpty }

    /// No topic: what a claim's words around it give when they are not read (anything but a
    /// figure), made once rather than worked out from no words for every claim.
    static let none = Topic(words: [], head: "")

    init(words: [String], head: String) {
        self.words = words
        self.head = head
    }

    /// The topic of a subject phrase.
    init(_ phrase: String) {
        let table = PassageWordTable(capacity: 16)
        self.init(words: WordScanner.words(in: phrase, table: table), table: table)
    }

    /// The topic of words already normalised, with no prepositions among them (the nouns next
    /// to a figure).
    init(normalized: [String]) {
        var reading = Reading(run: normalized)
        self = reading.topic()
    }

    /// The topic of split words (their vocabularies already looked up): each word's normal form
    /// is the one the table they were split with worked out for its id.
    init(words: [Word], table: PassageWordTable) {
        var reading = Reading()
        for word in words {
            if word.is(.preposition) {
                reading.endRun()
                continue
            }
            if word.is([.stopword, .month, .weekday]) || word.isNumeric { continue }
            reading.append(table.normalizedForm(word.id))
        }
        self = reading.topic()
    }

    /// The topic of a sequence of lowercased words.
    init<S: Sequence>(words raw: S) where S.Element == String {
        var reading = Reading()
        for word in raw {
            if Topic.prepositions.contains(word) {
                reading.endRun()
                continue
            }
            if CheckLexicon.stopwords.contains(word) || CheckLexicon.months.contains(word) || CheckLexicon.weekdays.contains(word) { continue }
            if let first = word.utf8.first, first >= 0x30, first <= 0x39 { continue }
            reading.append(CheckLexicon.normalize(word))
        }
        self = reading.topic()
    }

    /// A topic read a word at a time, in runs split at prepositions: its words are all the
    /// runs' words but the measures ("rate", "toll"), unless that leaves none; its head is the
    /// last word that is not a measure in the first run that has one, else the last word.
    ///
    /// The words go into one flat list and each is looked up among the measures once, as it
    /// arrives. Kept as a list of runs, copied once more to drop empty runs and filtered even
    /// with no measure among them, a topic made five or six arrays, and looking each word up
    /// twice: a topic is read for every figure and subject of an index, and this was 1% of a
    /// compile (1,000 articles).
    private struct Reading {
        private var all: [String] = []
        /// Bit `i`: `all[i]` is a measure (only the first 64 words are marked).
        private var measureBits: UInt64 = 0
        private var measures = 0
        /// The last word of the current run that is not a measure.
        private var runHead: String?
        private var head: String?

        init() {}

        /// One run of words, taken as it is.
        init(run: [String]) {
            for (i, word) in run.enumerated() { mark(word, at: i) }
            all = run
        }

        mutating func append(_ word: String) {
            mark(word, at: all.count)
            all.append(word)
        }

        private mutating func mark(_ word: String, at index: Int) {
            if CheckLexicon.measureWords.contains(word) {
                measures += 1
                if index < 64 { measureBits |= 1 << UInt64(index) }
            } else {
                runHead = word
            }
        }

        /// A preposition: the words after it are a new run.
        mutating func endRun() {
            if head == nil, let runHead { head = runHead }
            runHead = nil
        }

        mutating func topic() -> Topic {
            endRun()
            // Measures are dropped when something else says what is measured.
            var kept = all
            if measures > 0 {
                var meaningful: [String] = []
                meaningful.reserveCapacity(all.count - measures)
                for (i, word) in all.enumerated() {
                    let isMeasure = i < 64 ? measureBits & (1 << UInt64(i)) != 0 : CheckLexicon.measureWords.contains(word)
                    if !isMeasure { meaningful.append(word) }
                }
                if !meaningful.isEmpty { kept = meaningful }
            }
            var head = self.head ?? ""
            if head.isEmpty { head = all.last ?? "" }
            return Topic(words: kept, head: head)
        }
    }

    /// Same head, and the words of one contained in the other's.
    ///
    /// Topics hold a handful of words, so containment is tested by scanning the arrays: two
    /// sets built for each comparison cost more than the checks' comparing itself.
    func matches(_ other: Topic) -> Bool {
        guard !isEmpty, head == other.head else { return false }
        guard words.count <= Self.scanLimit, other.words.count <= Self.scanLimit else {
            let mine = Set(words), theirs = Set(other.words)
            return mine.isSubset(of: theirs) || theirs.isSubset(of: mine)
        }
        return words.allSatisfy(other.words.contains) || other.words.allSatisfy(words.contains)
    }

    /// Topics longer than this (an unusually long subject) are compared as sets, so that a
    /// comparison never grows with the square of their length.
    private static let scanLimit = 16

    /// How much two topics share, 0...1 (Jaccard over the distinct content words).
    func overlap(_ other: Topic) -> Double {
        guard words.count <= Self.scanLimit, other.words.count <= Self.scanLimit else {
            let mine = Set(words), theirs = Set(other.words)
            let union = mine.union(theirs).count
            return union == 0 ? 0 : Double(mine.intersection(theirs).count) / Double(union)
        }
        var mine: [String] = []
        for word in words where !mine.contains(word) { mine.append(word) }
        var union = mine.count, shared = 0
        var seen: [String] = []
        for word in other.words where !seen.contains(word) {
            seen.append(word)
            if mine.contains(word) { shared += 1 } else { union += 1 }
        }
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    static let prepositions: Set<String> = [
        "of", "to", "for", "in", "on", "from", "with", "by", "at", "among", "about", "over", "under",
        "against", "into", "across", "between", "during", "since", "per", "after", "before",
    ]
}
