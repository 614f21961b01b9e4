/// A word the grammars test for by identity, packed into a `FoldedWordKey` at compile time.
///
/// The constants below are written as integers (the word's ASCII bytes, little-endian), so the
/// compiler initialises them statically: a `static let` built from a `String` would cost a
/// lazy-initialisation check on every use, and these are tested on every token.
struct StaticWord: Sendable {
    let key: FoldedWordKey
    @inline(__always) init(_ low: UInt64, _ high: UInt64) { key = FoldedWordKey(low: low, high: high) }
    init(_ word: String) { key = FoldedWordKey(word) }
}

/// Words the grammars name directly. `GrammarWordTests` checks each against its spelling.
enum W {
    /// "a"
    static let a = StaticWord(0x61, 0x0)
    /// "an"
    static let an = StaticWord(0x6E61, 0x0)
    /// "the"
    static let the = StaticWord(0x656874, 0x0)
    /// "and"
    static let and = StaticWord(0x646E61, 0x0)
    /// "of"
    static let of = StaticWord(0x666F, 0x0)
    /// "to"
    static let to = StaticWord(0x6F74, 0x0)
    /// "on"
    static let on = StaticWord(0x6E6F, 0x0)
    /// "in"
    static let in_ = StaticWord(0x6E69, 0x0)
    /// "or"
    static let or = StaticWord(0x726F, 0x0)
    /// "from"
    static let from = StaticWord(0x6D6F7266, 0x0)
    /// "between"
    static let between = StaticWord(0x6E656577746562, 0x0)
    /// "since"
    static let since = StaticWord(0x65636E6973, 0x0)
    /// "until"
    static let until = StaticWord(0x6C69746E75, 0x0)
    /// "through"
    static let through = StaticWord(0x6867756F726874, 0x0)
    /// "till"
    static let till = StaticWord(0x6C6C6974, 0x0)
    /// "at"
    static let at = StaticWord(0x7461, 0x0)
    /// "by"
    static let by = StaticWord(0x7962, 0x0)
    /// "per"
    static let per = StaticWord(0x726570, 0x0)
    /// "cent"
    static let cent = StaticWord(0x746E6563, 0x0)
    /// "point"
    static let point = StaticWord(0x746E696F70, 0x0)
    /// "points"
    static let points = StaticWord(0x73746E696F70, 0x0)
    /// "half"
    static let half = StaticWord(0x666C6168, 0x0)
    /// "quarter"
    static let quarter = StaticWord(0x72657472617571, 0x0)
    /// "dozen"
    static let dozen = StaticWord(0x6E657A6F64, 0x0)
    /// "old"
    static let old = StaticWord(0x646C6F, 0x0)
    /// "age"
    static let age = StaticWord(0x656761, 0x0)
    /// "aged"
    static let aged = StaticWord(0x64656761, 0x0)
    /// "yo"
    static let yo = StaticWord(0x6F79, 0x0)
    /// "long"
    static let long = StaticWord(0x676E6F6C, 0x0)
    /// "business"
    static let business = StaticWord(0x7373656E69737562, 0x0)
    /// "another"
    static let another = StaticWord(0x726568746F6E61, 0x0)
    /// "all"
    static let all = StaticWord(0x6C6C61, 0x0)
    /// "full"
    static let full = StaticWord(0x6C6C7566, 0x0)
    /// "whole"
    static let whole = StaticWord(0x656C6F6877, 0x0)
    /// "entire"
    static let entire = StaticWord(0x657269746E65, 0x0)
    /// "few"
    static let few = StaticWord(0x776566, 0x0)
    /// "several"
    static let several = StaticWord(0x6C617265766573, 0x0)
    /// "some"
    static let some = StaticWord(0x656D6F73, 0x0)
    /// "couple"
    static let couple = StaticWord(0x656C70756F63, 0x0)
    /// "day"
    static let day = StaticWord(0x796164, 0x0)
    /// "week"
    static let week = StaticWord(0x6B656577, 0x0)
    /// "month"
    static let month = StaticWord(0x68746E6F6D, 0x0)
    /// "year"
    static let year = StaticWord(0x72616579, 0x0)
    /// "days"
    static let days = StaticWord(0x73796164, 0x0)
    /// "weeks"
    static let weeks = StaticWord(0x736B656577, 0x0)
    /// "months"
    static let months = StaticWord(0x7368746E6F6D, 0x0)
    /// "years"
    static let years = StaticWord(0x7372616579, 0x0)
    /// "decade"
    static let decade = StaticWord(0x656461636564, 0x0)
    /// "second"
    static let second = StaticWord(0x646E6F636573, 0x0)
    /// "one"
    static let one = StaticWord(0x656E6F, 0x0)
    /// "s"
    static let s = StaticWord(0x73, 0x0)
    /// "th"
    static let th = StaticWord(0x6874, 0x0)
    /// "st"
    static let st = StaticWord(0x7473, 0x0)
    /// "nd"
    static let nd = StaticWord(0x646E, 0x0)
    /// "rd"
    static let rd = StaticWord(0x6472, 0x0)
    /// "mid"
    static let mid = StaticWord(0x64696D, 0x0)
    /// "early"
    static let early = StaticWord(0x796C726165, 0x0)
    /// "late"
    static let late = StaticWord(0x6574616C, 0x0)
    /// "his"
    static let his = StaticWord(0x736968, 0x0)
    /// "her"
    static let her = StaticWord(0x726568, 0x0)
    /// "their"
    static let their = StaticWord(0x7269656874, 0x0)
    /// "minus"
    static let minus = StaticWord(0x73756E696D, 0x0)
    /// "negative"
    static let negative = StaticWord(0x657669746167656E, 0x0)
    /// "plus"
    static let plus = StaticWord(0x73756C70, 0x0)
    /// "times"
    static let times = StaticWord(0x73656D6974, 0x0)
    /// "once"
    static let once = StaticWord(0x65636E6F, 0x0)
    /// "twice"
    static let twice = StaticWord(0x6563697774, 0x0)
    /// "am"
    static let am = StaticWord(0x6D61, 0x0)
    /// "pm"
    static let pm = StaticWord(0x6D70, 0x0)
    /// "o'clock"
    static let oclock = StaticWord(0x6B636F6C63276F, 0x0)
    /// "u"
    static let u = StaticWord(0x75, 0x0)
    /// "morning"
    static let morning = StaticWord(0x676E696E726F6D, 0x0)
    /// "afternoon"
    static let afternoon = StaticWord(0x6F6F6E7265746661, 0x6E)
    /// "evening"
    static let evening = StaticWord(0x676E696E657665, 0x0)
    /// "night"
    static let night = StaticWord(0x746867696E, 0x0)
    /// "weekend"
    static let weekend = StaticWord(0x646E656B656577, 0x0)
    /// "olds"
    static let olds = StaticWord(0x73646C6F, 0x0)
    /// "decades"
    static let decades = StaticWord(0x73656461636564, 0x0)
    /// "odd"
    static let odd = StaticWord(0x64646F, 0x0)
    /// "what"
    static let what = StaticWord(0x74616877, 0x0)
    /// "over"
    static let over = StaticWord(0x7265766F, 0x0)
    /// "after"
    static let after = StaticWord(0x7265746661, 0x0)
    /// "before"
    static let before = StaticWord(0x65726F666562, 0x0)
    /// "this"
    static let this = StaticWord(0x73696874, 0x0)
    /// "p"
    static let p = StaticWord(0x70, 0x0)
    /// "m"
    static let m = StaticWord(0x6D, 0x0)
    /// "dozens"
    static let dozens = StaticWord(0x736E657A6F64, 0x0)
    /// "people"
    static let people = StaticWord(0x656C706F6570, 0x0)
}
