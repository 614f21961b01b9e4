/// What one word can mean to the quantity and date grammars.
///
/// A word can mean several things ("second" is an ordinal and a unit of time, "may" a month and
/// a verb, "m" a million after "$2.4"); each grammar reads the fields it cares about and decides
/// from context.
struct Lexeme: Sendable {
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt32
        static let determiner = Roles(rawValue: 1 << 0)
        static let preposition = Roles(rawValue: 1 << 1)
        static let conjunction = Roles(rawValue: 1 << 2)
        static let pronoun = Roles(rawValue: 1 << 3)
        /// Forms of be, have, do and the modals.
        static let auxiliary = Roles(rawValue: 1 << 4)
        /// A verb form that cannot be a noun here ("said", "rose", "born").
        static let verb = Roles(rawValue: 1 << 5)
        static let adverb = Roles(rawValue: 1 << 6)
        /// Introduces a time: "in", "since", "during", "by", "until".
        static let timePreposition = Roles(rawValue: 1 << 7)
        /// Marks a future reading of a bare weekday: "will", "next", "upcoming".
        static let future = Roles(rawValue: 1 << 8)
        /// Counted by a figure in a way that makes it a rate: "per", "a" in "$5 a day".
        static let rate = Roles(rawValue: 1 << 9)
        /// A word that can start something the figure grammars read; sentences with none of
        /// these and no digits are skipped outright.
        static let anchor = Roles(rawValue: 1 << 10)
        /// Adjectives of size that make a share vague: "a small percent".
        static let sizeAdjective = Roles(rawValue: 1 << 11)
        /// Words that end an adjective run without being nouns ("-ly" adjectives of time).
        static let timeAdjective = Roles(rawValue: 1 << 12)
    }

    /// Relative time words.
    enum Relative: UInt8, Sendable {
        case today, tonight, yesterday, tomorrow, ago, later, earlier, before, after, following, next,
             last, this, past, previous, coming, same, now, weekend, fromNow, hence
    }

    var roles: Roles = []
    /// "one" ... "ninety", "zero", "nought".
    var cardinal: Int?
    /// "first" ... "thirty-first" pieces: "first" 1, "twentieth" 20.
    var ordinal: Int?
    /// A fraction word and its denominator: "half" 2, "thirds" 3, "quarter" 4, "hundredths" 100.
    var denominator: Int?
    /// "hundred", "thousand", "million", "billion", "trillion", "lakh", "crore".
    var scale: Double?
    /// Abbreviated scales that only count right after a figure: "k", "m", "bn", "mln".
    var shortScale: Double?
    /// Plural scales that give a vague count: "hundreds" is 200...999.
    var vagueCount: ClosedRange<Double>?
    var month: Int?
    /// "may", "march": a month only with a day, a year or a time preposition.
    var monthNeedsCue = false
    /// Written as an abbreviation ("Nov", "Sept"): needs a day or year, or a following ".".
    var monthIsAbbreviation = false
    var weekday: Weekday?
    /// "sat", "sun", "wed": a weekday only with a following "." or date.
    var weekdayNeedsCue = false
    /// Seconds in one of this unit of time.
    var unitSeconds: Double?
    /// "h", "hr", "min", "s": an abbreviated unit, never standing alone.
    var unitIsAbbreviation = false
    /// A currency named by a word or code: an index into `Lexicon.currencies`, or -1.
    var currency: Int16 = -1
    /// Adjectives that narrow a currency ("Canadian" dollars, "Swiss" francs): an index into
    /// `Lexicon.nationalities`, or -1.
    var nationality: Int16 = -1
    /// "twenties" ... "nineties": the first year of a decade of life, for "in his sixties".
    var decadeOfLife: Int?
    /// "percent", "percentage", "pct".
    var percent = false
    var relative: Relative?
}

/// A currency word: its family ("dollar") for nationality adjectives, the ISO code it means
/// alone, and how many of the main unit one of it is (a cent is 0.01 dollar).
struct CurrencyWord: Sendable {
    let family: String
    let code: String
    let factor: Double
    /// "USD", "EUR": a code that may take a million prefix ("MUSD").
    let isCode: Bool
    /// Codes that are also English words ("try", "cup") only count written in capitals.
    let needsCapitals: Bool

    init(family: String, code: String, factor: Double = 1, isCode: Bool = false, needsCapitals: Bool = false) {
        self.family = family
        self.code = code
        self.factor = factor
        self.isCode = isCode
        self.needsCapitals = needsCapitals
    }
}
