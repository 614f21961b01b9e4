/// The normalised meaning of a claim, by kind.
///
/// The cases with large payloads (dates, spans) are `indirect`: a claim's value is stored inline
/// in every copy of the claim, and at 112 bytes a date made every claim's value that size, though
/// most claims are figures, quotes and names (a 10,000-article compile holds 250,000 claims,
/// twice).
public enum ClaimValue: Hashable, Sendable {
    /// A count or number, scale applied ("7 million" is 7e6).
    case number(Quantity)
    /// A percentage as a fraction ("80%" is 0.8).
    case percentage(Quantity)
    /// An amount and an ISO 4217 currency code where known ("USD"), else the unit as written.
    case money(Quantity, currency: String)
    indirect case date(DateValue)
    indirect case weekdayDate(Weekday, DateValue)
    /// A duration in seconds.
    case duration(Quantity)
    /// An age in years.
    case age(Quantity)
    case year(Int)
    /// A span of years: its length, and its first and last year when stated ("since 2013").
    indirect case span(years: Quantity?, from: Int?, to: Int?)
    case quote(QuoteValue)
    /// The source reported information is attributed to ("Axios", "Reuters", "a U.S. official").
    case attribution(source: String)
    /// A person and a role or title given to them.
    case role(person: String, role: String)
    /// A person or event (`entity`: "Sofia Ramirez", "National Security Council meeting") and
    /// the place the sentence puts it in ("Colombia", "Versailles restaurant"). When it holds is
    /// the claim's `time`.
    case location(entity: String, place: String)
}

/// A direct quotation and who said it.
public struct QuoteValue: Hashable, Sendable, Codable {
    /// The quoted words, without the quotation marks.
    public let words: String
    /// The speaker as named in the text ("Trump", "Carlos Pascual"), if it names one.
    public let speaker: String?
    /// The verb or phrase that attributes it ("said", "reportedly said", "tweeting").
    public let verb: String?

    public init(words: String, speaker: String?, verb: String? = nil) {
        self.words = words
        self.speaker = speaker
        self.verb = verb
    }
}
