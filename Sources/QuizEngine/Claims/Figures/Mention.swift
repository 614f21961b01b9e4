/// A figure found in a sentence (a number, an amount, a date...) before it becomes a `Claim`:
/// which tokens say it, what it means, and what the subject finder needs to know about its form.
struct Mention: Sendable {
    enum Form: UInt8, Sendable {
        /// Stands on its own: "12 minutes", "80%", "November 21".
        case plain
        /// Modifies the noun after it: "a 72-hour timeframe", "the hour-long call",
        /// "Rubio's November 29 Senate speech", "35-year-old teacher".
        case attributive
        /// Follows the person it is about: "Maduro, 62".
        case apposition
    }

    let kind: ClaimKind
    /// Tokens of the whole span, hedge words included ("less than 15 minutes").
    let tokens: Range<Int>
    let value: ClaimValue
    var form: Form = .plain
    /// The span to look around for a subject when it differs from `tokens`: a date inside a
    /// weekday-date uses the outer span.
    var subjectSpan: Range<Int>?
    /// Introduced by a time preposition ("in 2018", "since January") or used as an attribute
    /// ("2024 protests"): it can say when other figures of the clause hold.
    var isTimeReference = false
    /// A time right after a figure ("$2.05 billion a year earlier") is that figure's alone.
    var timeOfPreviousFigureOnly = false

    init(_ kind: ClaimKind, _ tokens: Range<Int>, _ value: ClaimValue, form: Form = .plain) {
        self.kind = kind
        self.tokens = tokens
        self.value = value
        self.form = form
    }
}
