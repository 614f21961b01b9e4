/// What a token can begin, for the figure grammars: each grammar declares the classes it can
/// start at, and the scan skips every other token without calling it. Most words of a
/// sentence ("the" aside) belong to no class, which is what keeps the scan cheap.
struct TokenClass: OptionSet, Sendable {
    let rawValue: UInt32

    /// A number token: "2025", "1,234.5".
    static let digits = TokenClass(rawValue: 1 << 0)
    /// A number in words or what starts one: "three", "hundred", "hundreds", "half", "minus".
    static let numberWord = TokenClass(rawValue: 1 << 1)
    /// "a", "an".
    static let article = TokenClass(rawValue: 1 << 2)
    static let month = TokenClass(rawValue: 1 << 3)
    static let weekday = TokenClass(rawValue: 1 << 4)
    /// "this", "next", "last", "today", "yesterday", "earlier", "later"...
    static let relative = TokenClass(rawValue: 1 << 5)
    static let the = TokenClass(rawValue: 1 << 6)
    /// "first" ... "twentieth", "thirtieth".
    static let ordinal = TokenClass(rawValue: 1 << 7)
    /// A unit of time: "minutes", "hour", "decade".
    static let unit = TokenClass(rawValue: 1 << 8)
    /// A currency word or code, or letters that go before "$": "USD", "dollars", "us", "hk".
    static let currency = TokenClass(rawValue: 1 << 9)
    /// "percent", "percentage", "pct".
    static let percent = TokenClass(rawValue: 1 << 10)
    /// A symbol token: "$", "€", "%", "+".
    static let sign = TokenClass(rawValue: 1 << 11)
    /// A hyphen or minus sign, which may start a negative number.
    static let dash = TokenClass(rawValue: 1 << 12)
    /// "few", "several", "some", "couple", "all", "full", "whole", "entire", "another".
    static let quantifier = TokenClass(rawValue: 1 << 13)
    /// "aged", "age", and "his", "her", "their" (for "in his 60s").
    static let ageWord = TokenClass(rawValue: 1 << 14)
    /// "since", "from", "between".
    static let spanWord = TokenClass(rawValue: 1 << 15)
}
