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
        /// Adjectives of size that make a share vague: "a small percent".
        static let sizeAdjective = Roles(rawValue: 1 << 11)
        /// Words that end an adjective run without being nouns ("-ly" adjectives of time).
        static let timeAdjective = Roles(rawValue: 1 << 12)
    }

    /// Relative time words.
    enum Relative: UInt8, Sendable {
        case today, tonight, yesterday, tomorrow, ago, later, earlier, before, after, following, next,
             last, this, past, previous, coming, same, now, weekend, hence
    }

    var roles: Roles = []
    /// Which grammars may start at this word; derived from the other fields when the lexicon is built.
    var classes: TokenClass = []
    /// A currency named by a word or code: an index into `Lexicon.currencies`, or -1.
    var currency: Int16 = -1
    /// Adjectives that narrow a currency ("Canadian" dollars, "Swiss" francs): an index into
    /// `Lexicon.nationalities`, or -1.
    var nationality: Int16 = -1

    // Stored compactly (about 64 bytes, no optionals) because the grammars read a word's entry
    // on every look: the properties below present them as optionals.
    private var cardinalValue: Int8 = -1
    private var ordinalValue: Int8 = -1
    private var monthValue: Int8 = 0
    private var weekdayValue: Int8 = -1
    private var relativeValue: Int8 = -1
    private var decadeValue: Int8 = 0
    private var flags: UInt8 = 0
    private var denominatorValue: Int32 = 0
    private var scaleValue: Double = 0
    private var shortScaleValue: Double = 0
    private var unitSecondsValue: Double = 0
    private var vagueLower: Double = 0
    private var vagueUpper: Double = 0

    private static let monthNeedsCueFlag: UInt8 = 1, monthIsAbbreviationFlag: UInt8 = 2, weekdayNeedsCueFlag: UInt8 = 4
    private static let unitIsAbbreviationFlag: UInt8 = 8, percentFlag: UInt8 = 16

    private mutating func set(_ flag: UInt8, _ on: Bool) { flags = on ? flags | flag : flags & ~flag }

    /// "one" ... "ninety", "zero", "nought".
    var cardinal: Int? {
        get { cardinalValue < 0 ? nil : Int(cardinalValue) }
        set { cardinalValue = Int8(newValue ?? -1) }
    }
    /// "first" ... "thirty-first" pieces: "first" 1, "twentieth" 20.
    var ordinal: Int? {
        get { ordinalValue < 0 ? nil : Int(ordinalValue) }
        set { ordinalValue = Int8(newValue ?? -1) }
    }
    /// A fraction word and its denominator: "half" 2, "thirds" 3, "quarter" 4, "hundredths" 100.
    var denominator: Int? {
        get { denominatorValue == 0 ? nil : Int(denominatorValue) }
        set { denominatorValue = Int32(newValue ?? 0) }
    }
    /// "hundred", "thousand", "million", "billion", "trillion", "lakh", "crore".
    var scale: Double? {
        get { scaleValue == 0 ? nil : scaleValue }
        set { scaleValue = newValue ?? 0 }
    }
    /// Abbreviated scales that only count right after a figure: "k", "m", "bn", "mln".
    var shortScale: Double? {
        get { shortScaleValue == 0 ? nil : shortScaleValue }
        set { shortScaleValue = newValue ?? 0 }
    }
    /// Plural scales that give a vague count: "hundreds" is 200...999.
    var vagueCount: ClosedRange<Double>? {
        get { vagueUpper == 0 ? nil : vagueLower...vagueUpper }
        set { (vagueLower, vagueUpper) = (newValue?.lowerBound ?? 0, newValue?.upperBound ?? 0) }
    }
    var month: Int? {
        get { monthValue == 0 ? nil : Int(monthValue) }
        set { monthValue = Int8(newValue ?? 0) }
    }
    /// "may", "march": a month only with a day, a year or a time preposition.
    var monthNeedsCue: Bool {
        get { flags & Self.monthNeedsCueFlag != 0 }
        set { set(Self.monthNeedsCueFlag, newValue) }
    }
    /// Written as an abbreviation ("Nov", "Sept"): needs a day or year, or a following ".".
    var monthIsAbbreviation: Bool {
        get { flags & Self.monthIsAbbreviationFlag != 0 }
        set { set(Self.monthIsAbbreviationFlag, newValue) }
    }
    var weekday: Weekday? {
        get { weekdayValue < 0 ? nil : Weekday(isoIndex: Int(weekdayValue)) }
        set { weekdayValue = newValue.map { Int8($0.isoIndex) } ?? -1 }
    }
    /// "sat", "sun", "wed": a weekday only with a following "." or date.
    var weekdayNeedsCue: Bool {
        get { flags & Self.weekdayNeedsCueFlag != 0 }
        set { set(Self.weekdayNeedsCueFlag, newValue) }
    }
    /// Seconds in one of this unit of time.
    var unitSeconds: Double? {
        get { unitSecondsValue == 0 ? nil : unitSecondsValue }
        set { unitSecondsValue = newValue ?? 0 }
    }
    /// "h", "hr", "min", "s": an abbreviated unit, never standing alone.
    var unitIsAbbreviation: Bool {
        get { flags & Self.unitIsAbbreviationFlag != 0 }
        set { set(Self.unitIsAbbreviationFlag, newValue) }
    }
    /// "twenties" ... "nineties": the first year of a decade of life, for "in his sixties".
    var decadeOfLife: Int? {
        get { decadeValue == 0 ? nil : Int(decadeValue) }
        set { decadeValue = Int8(newValue ?? 0) }
    }
    /// "percent", "percentage", "pct".
    var percent: Bool {
        get { flags & Self.percentFlag != 0 }
        set { set(Self.percentFlag, newValue) }
    }
    var relative: Relative? {
        get { relativeValue < 0 ? nil : Relative(rawValue: UInt8(relativeValue)) }
        set { relativeValue = newValue.map { Int8($0.rawValue) } ?? -1 }
    }
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
