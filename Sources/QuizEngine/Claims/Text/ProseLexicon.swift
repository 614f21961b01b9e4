/// The word tables the people, quote, source and place recognizers consult, keyed by `WordHash`.
///
/// Built once (a static table), looked up once per word while tokenizing. The lists themselves
/// live in `ProseLexicon+Words.swift`, `GivenNames.swift`, `RoleWords.swift` and
/// `PlaceGazetteer.swift`, grouped by what they are evidence of.
struct ProseLexicon: Sendable {
    /// What the lexicon knows about one word.
    struct Entry: Hashable, Sendable {
        let classes: WordClass
        /// `CueWord.rawValue` for the words recognizers test one by one; 0 otherwise.
        let word: UInt8

        init(classes: WordClass = [], word: UInt8 = 0) {
            self.classes = classes
            self.word = word
        }

        static var none: Entry { Entry() }
    }

    static let shared = ProseLexicon()

    /// Open addressing over the word hashes (already uniform): a probe is a mask and a compare,
    /// much cheaper than `Dictionary`'s hashing of a key that is itself a hash.
    private let keys: [UInt64]
    private let entries: [Entry]
    private let mask: Int
    /// Expansion of title abbreviations: "sen" is "senator".
    private let abbreviations: [UInt64: String]

    init() {
        // The words are gathered first and then merged straight into the open-addressed table,
        // sized for all of them: merging them in a `Dictionary` first hashed each key twice with
        // SipHash (building the lexicon, once a run: 3.17M -> 2.36M instructions). A word listed
        // twice takes one slot, so the table may be emptier than it needs to be; a look-up finds
        // the same entry either way, keys being exact.
        var added: [(key: UInt64, classes: WordClass, word: UInt8)] = []
        added.reserveCapacity(4_096)
        func add(_ key: UInt64, _ wordClass: WordClass, word: UInt8 = 0) {
            added.append((key, wordClass, word))
        }
        func add(_ words: String, _ wordClass: WordClass) {
            for key in Self.wordKeys(in: words) { add(key, wordClass) }
        }
        for (words, wordClass) in Self.wordLists { add(words, wordClass) }
        add(GivenNames.list, .givenName)
        add(RoleWords.titles, [.title, .roleNoun])
        add(RoleWords.roleNouns, .roleNoun)
        add(RoleWords.familyNouns, [.roleNoun, .family])
        add(RoleWords.modifiers, .roleModifier)
        add(RoleWords.demonyms, .demonym)
        add(PlaceGazetteer.singleWordPlaces, .place)
        var abbreviations: [UInt64: String] = [:]
        for (short, long) in RoleWords.titleAbbreviations {
            add(WordHash.of(short), .titleAbbreviation)
            abbreviations[WordHash.of(short)] = long
        }
        for word in CueWord.allCases { add(WordHash.of(word.spelling), [], word: word.rawValue) }

        var capacity = 1
        while capacity < added.count * 4 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var entries = [Entry](repeating: .none, count: capacity)
        for (key, wordClass, word) in added {
            var slot = Self.slot(key, mask: capacity - 1)
            while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            let old = entries[slot]
            entries[slot] = Entry(classes: old.classes.union(wordClass), word: word != 0 ? word : old.word)
        }
        self.keys = keys
        self.entries = entries
        self.mask = capacity - 1
        self.abbreviations = abbreviations
    }

    /// The `WordHash` of each word of a list separated by spaces and line breaks.
    ///
    /// Split on the UTF-8 bytes: splitting the lists into `Character`s (grapheme breaking) and
    /// a `String` per word was two thirds of building the lexicon, 0.5% of compiling 1,000
    /// articles.
    static func wordKeys(in words: String) -> [UInt64] {
        var words = words
        return words.withUTF8 { bytes in
            var keys: [UInt64] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 || bytes[end] == 0x0A {
                if end > start { keys.append(WordHash.of(bytes, start..<end)) }
                start = end + 1
            }
            return keys
        }
    }

    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    }

    func entry(for key: UInt64) -> Entry {
        var slot = Self.slot(key, mask: mask)
        while true {
            let found = keys[slot]
            if found == key { return entries[slot] }
            if found == 0 { return .none }
            slot = (slot + 1) & mask
        }
    }

    func classes(of key: UInt64) -> WordClass { entry(for: key).classes }

    /// "senator" for the key of "Sen", if it is a title abbreviation.
    func expansion(ofAbbreviation key: UInt64) -> String? { abbreviations[key] }
}
