/// The types of checkable statement the extractors recognise in a sentence.
public enum ClaimKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A count or plain number: "three conditions", "more than a hundred officials", "1.5 million posts".
    case number
    /// "80%", "96 per cent", "one hundred percent".
    case percentage
    /// "$7 billion", "2.4m dollars", "100 million euros".
    case money
    /// An absolute or relative date: "November 21", "August 15, 2024", "the following day", "this Monday".
    case date
    /// A weekday stated with a date: "Friday, November 29".
    case weekdayDate = "weekday-date"
    /// How long something lasted or may last: "12 minutes", "less than 15 minutes", "72-hour", "hour-long".
    case duration
    /// A person's age: "Maduro, 62", "35-year-old teacher".
    case age
    /// A year named on its own: "in 2018", "Born in 1962".
    case year
    /// A span of years: "11-year rule", "since 2013", "an eight-year tenure".
    case span
    /// Words put in someone's mouth, with the speaker when the text names one.
    case quote
    /// Where reported information comes from: "according to Axios sources", "Reuters reported".
    case attribution
    /// A person given a role or title: "Sen. Marco Rubio", "his vice president, Delcy Rodríguez".
    case role
    /// A person or event placed somewhere: "Ramirez, who fled to Colombia in 2023", "200
    /// gathered at Versailles restaurant".
    case location
}
