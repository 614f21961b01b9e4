/// A capitalised name in a sentence: where it is, what it names, and the title written with it.
struct NameMention: Hashable, Sendable {
    enum Kind: UInt8, Hashable, Sendable {
        case person, place, organization, vessel
        /// Only titles or adjectives of origin, capitalised: "Venezuelan", "President" alone.
        case descriptor
        /// Capitalised but nothing says what it is: a sentence's first word, "Biden" in
        /// "the Biden administration".
        case unknown
    }

    /// Why a mention is taken to be a person; any one is enough.
    struct Evidence: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        /// Starts with a known first name and has a second word: "Carlos Pascual".
        static var givenName: Evidence { Evidence(rawValue: 1 << 0) }
        /// A title or role stands before it: "Sen.", "President", "teacher", "wife".
        static var title: Evidence { Evidence(rawValue: 1 << 1) }
        /// Followed by an age: "Maduro, 62,".
        static var age: Evidence { Evidence(rawValue: 1 << 2) }
        /// Followed by a role in apposition: ", a former U.S. ambassador".
        static var appositive: Evidence { Evidence(rawValue: 1 << 3) }
        /// Speaks: "Trump said", "said ... Carlos Pascual".
        static var speaker: Evidence { Evidence(rawValue: 1 << 4) }
        /// Has a family or envoy: "Maduro’s family", "Maduro’s envoy".
        static var relations: Evidence { Evidence(rawValue: 1 << 5) }
    }

    /// Tokens of the whole capitalised run, titles included: "Venezuelan President Nicolás Maduro".
    let run: Range<Int>
    /// Tokens of the name itself: "Nicolás Maduro" (a nickname in quotes inside it included).
    let name: Range<Int>
    /// `NameKey` of the name's words (nickname left out, possessive dropped), for comparing
    /// names without building strings.
    let key: UInt64
    let wordCount: Int
    /// Token index of a nickname written in quotes inside the name: "Nicholas" in
    /// Nicolás “Nicholas” Maduro Guerra.
    let alias: Int?
    /// Title words inside the run, before the name ("Venezuelan President", "Sen.").
    let titleTokens: Range<Int>
    var kind: Kind
    var evidence: Evidence
    let isPossessive: Bool
    /// First word of its sentence: capitalised whatever it is.
    let isSentenceInitial: Bool
    /// Inside quotation marks (a name in someone's words, never the speaker).
    var isQuoted = false
    /// Index into the article's `PersonDirectory` once resolved.
    var person: Int?

    var isPerson: Bool { person != nil }
}
