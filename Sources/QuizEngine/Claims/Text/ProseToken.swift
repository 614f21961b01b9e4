/// One word, number or punctuation mark of a sentence, as the people, quote, source and place
/// recognizers see it.
///
/// Tokens keep byte offsets into the sentence and a hash of the lower-cased word (`key`), so
/// that every lexicon question ("is this a speech verb?", "a given name?") is one integer
/// dictionary look-up made once, while tokenizing, instead of a `String` built per question.
struct ProseToken: Hashable, Sendable {
    enum Kind: UInt8, Sendable {
        case word
        /// Starts with a digit: "2024", "7,000", "35-year-old", "1.5".
        case number
        /// One punctuation scalar: "," "“" "—" "$" ...
        case punctuation
    }

    struct Flags: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        /// The first letter is upper case: "Maduro", "U.S.", "Mar-a-Lago".
        static var capitalized: Flags { Flags(rawValue: 1 << 0) }
        /// Two or more letters, all upper case: "ICC", "UNHCR", "U.S.".
        static var allCaps: Flags { Flags(rawValue: 1 << 1) }
        /// Ends in "'s" or "’s"; `key` and `stemEnd` leave it out.
        static var possessive: Flags { Flags(rawValue: 1 << 2) }
        /// Letters separated by periods: "U.S.", "D.C.", "p.m.".
        static var dotted: Flags { Flags(rawValue: 1 << 3) }
        /// A single capital and a period: the "R." of "Gerald R. Ford".
        static var initial: Flags { Flags(rawValue: 1 << 4) }
        /// White space (or the start of the sentence) comes right before it.
        static var spaceBefore: Flags { Flags(rawValue: 1 << 5) }
    }

    // Stored compactly (32 bytes a token): a 10 MB article has about two million tokens, all
    // kept while its claims are read.
    private let startOffset: Int32
    private let endOffset: Int32
    /// Bytes of a possessive "'s" / "’s" at the end (0, 2 or 4).
    private let possessiveLength: UInt8
    let kind: Kind
    let flags: Flags
    private let wordNumber: UInt8
    /// `WordHash` of the lower-cased stem; for punctuation, its scalar value.
    let key: UInt64
    /// What the lexicon knows about the word (empty if nothing).
    let classes: WordClass

    init(
        start: Int, end: Int, stemEnd: Int, kind: Kind, flags: Flags, scalar: UInt32, key: UInt64,
        entry: ProseLexicon.Entry
    ) {
        startOffset = Int32(truncatingIfNeeded: start)
        endOffset = Int32(truncatingIfNeeded: end)
        possessiveLength = UInt8(truncatingIfNeeded: end - stemEnd)
        self.kind = kind
        self.flags = flags
        wordNumber = entry.word
        self.key = kind == .punctuation ? UInt64(scalar) : key
        classes = entry.classes
    }

    var start: Int { Int(startOffset) }
    var end: Int { Int(endOffset) }
    /// End of the word without a possessive "'s".
    var stemEnd: Int { Int(endOffset) - Int(possessiveLength) }
    /// For punctuation, its scalar; 0 for words and numbers.
    var scalar: UInt32 { kind == .punctuation ? UInt32(truncatingIfNeeded: key) : 0 }

    var range: Range<Int> { start..<end }
    var isWord: Bool { kind == .word }
    var isCapitalized: Bool { flags.contains(.capitalized) }
    var isPossessive: Bool { flags.contains(.possessive) }
    var hasSpaceBefore: Bool { flags.contains(.spaceBefore) }

    func `is`(_ wordClass: WordClass) -> Bool { !classes.isDisjoint(with: wordClass) }

    func isPunctuation(_ character: Unicode.Scalar) -> Bool {
        kind == .punctuation && scalar == character.value
    }

    /// True for a word token spelled `word`, whatever its case in the text.
    func isWord(_ word: CueWord) -> Bool { wordNumber == word.rawValue }
}

/// The few words the recognizers test one by one ("according", "per", "the", ...). The lexicon
/// stores each one's number with its classes, so `token.isWord(.according)` compares two bytes.
enum CueWord: UInt8, CaseIterable, Sendable {
    case a = 1, an, the, of, and, `for`, to, according, per, by, from, `in`, at, on, into, that, `where`, who
    case like, than, his, her, they, then, so, one, `as`, found, family, envoy, children, out, with

    /// The word as written in lower case. Spelled out rather than `String(describing:)`, whose
    /// reflection cost 44,000 instructions a word while the lexicon was built (a test checks the
    /// two agree).
    var spelling: String {
        switch self {
        case .a: "a"
        case .an: "an"
        case .the: "the"
        case .of: "of"
        case .and: "and"
        case .for: "for"
        case .to: "to"
        case .according: "according"
        case .per: "per"
        case .by: "by"
        case .from: "from"
        case .in: "in"
        case .at: "at"
        case .on: "on"
        case .into: "into"
        case .that: "that"
        case .where: "where"
        case .who: "who"
        case .like: "like"
        case .than: "than"
        case .his: "his"
        case .her: "her"
        case .they: "they"
        case .then: "then"
        case .so: "so"
        case .one: "one"
        case .as: "as"
        case .found: "found"
        case .family: "family"
        case .envoy: "envoy"
        case .children: "children"
        case .out: "out"
        case .with: "with"
        }
    }
}
