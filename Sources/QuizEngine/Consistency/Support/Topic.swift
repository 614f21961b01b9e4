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
        self.init(words: WordScanner.words(in: phrase))
    }

    /// The topic of words already normalised, with no prepositions among them (the nouns next
    /// to a figure).
    init(normalized: [String]) {
        self.init(segments: [normalized])
    }

    /// The topic of split words (their vocabularies already looked up). With the table they
    /// were split with, each word's normal form is the one the table worked out for its id.
    init(words: [Word], table: PassageWordTable? = nil) {
        var segments: [[String]] = [[]]
        for word in words {
            if word.is(.preposition) {
                if !(segments.last?.isEmpty ?? true) { segments.append([]) }
                continue
            }
            if word.is([.stopword, .month, .weekday]) || word.isNumeric { continue }
            let normal = if let table, word.id >= 0 { table.normalizedForm(word.id) } else { CheckLexicon.normalize(word.text) }
            segments[segments.count - 1].append(normal)
        }
        self.init(segments: segments)
    }

    /// The topic of a sequence of lowercased words.
    init<S: Sequence>(words raw: S) where S.Element == String {
        var segments: [[String]] = [[]]
        for word in raw {
            if Topic.prepositions.contains(word) {
                if !(segments.last?.isEmpty ?? true) { segments.append([]) }
                continue
            }
            if CheckLexicon.stopwords.contains(word) || CheckLexicon.months.contains(word) || CheckLexicon.weekdays.contains(word) { continue }
            if let first = word.utf8.first, first >= 0x30, first <= 0x39 { continue }
            segments[segments.count - 1].append(CheckLexicon.normalize(word))
        }
        self.init(segments: segments)
    }

    private init(segments raw: [[String]]) {
        var segments = raw
        segments.removeAll { $0.isEmpty }
        // Most topics are one run of words: that run is all of them, with no copy.
        var all: [String]
        if segments.count == 1 {
            all = segments[0]
        } else {
            all = []
            all.reserveCapacity(segments.reduce(0) { $0 + $1.count })
            for segment in segments { all += segment }
        }
        // Measures are dropped when something else says what is measured.
        let meaningful = all.filter { !CheckLexicon.measureWords.contains($0) }
        let kept = meaningful.isEmpty ? all : meaningful
        var head = ""
        for segment in segments {
            if let last = segment.last(where: { !CheckLexicon.measureWords.contains($0) }) {
                head = last
                break
            }
        }
        if head.isEmpty { head = all.last ?? "" }
        self.words = kept
        self.head = head
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
