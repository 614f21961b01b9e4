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
        static let capitalized = Flags(rawValue: 1 << 0)
        /// Two or more letters, all upper case: "ICC", "UNHCR", "U.S.".
        static let allCaps = Flags(rawValue: 1 << 1)
        /// Ends in "'s" or "’s"; `key` and `stemEnd` leave it out.
        static let possessive = Flags(rawValue: 1 << 2)
        /// Letters separated by periods: "U.S.", "D.C.", "p.m.".
        static let dotted = Flags(rawValue: 1 << 3)
        /// A single capital and a period: the "R." of "Gerald R. Ford".
        static let initial = Flags(rawValue: 1 << 4)
        /// White space (or the start of the sentence) comes right before it.
        static let spaceBefore = Flags(rawValue: 1 << 5)
    }

    let start: Int
    let end: Int
    /// End of the word without a possessive "'s".
    let stemEnd: Int
    let kind: Kind
    let flags: Flags
    /// For punctuation, its scalar; 0 for words and numbers.
    let scalar: UInt32
    /// `WordHash` of the lower-cased stem; 0 for punctuation.
    let key: UInt64
    /// What the lexicon knows about the word (empty if nothing).
    let classes: WordClass

    var range: Range<Int> { start..<end }
    var isWord: Bool { kind == .word }
    var isCapitalized: Bool { flags.contains(.capitalized) }
    var isPossessive: Bool { flags.contains(.possessive) }
    var hasSpaceBefore: Bool { flags.contains(.spaceBefore) }

    func `is`(_ wordClass: WordClass) -> Bool { !classes.isDisjoint(with: wordClass) }

    func isPunctuation(_ character: Unicode.Scalar) -> Bool {
        kind == .punctuation && scalar == character.value
    }

    /// True for a word token spelled `word` (lower case, ASCII), whatever its case in the text.
    func isWord(_ word: WordKey) -> Bool { kind != .punctuation && key == word.hash }
}

/// A word's lexicon key, for comparing a token with one fixed word: `token.isWord(.according)`.
struct WordKey: Sendable {
    let hash: UInt64
    init(_ word: String) { hash = WordHash.of(word) }
}
