/// One checkable statement found in a sentence: what kind it is, its exact words, what it means,
/// and what it is about.
public struct Claim: Hashable, Sendable {
    public let kind: ClaimKind
    /// Id of the article it was found in.
    public let article: String
    /// Id of the passage (sentence) it was found in.
    public let passage: String
    /// UTF-8 offsets of `text` within the passage text.
    public let range: Range<Int>
    /// The exact span, as written.
    public let text: String
    public let value: ClaimValue
    /// The words that say what the claim is about, lowercased: "poverty rate", "call duration",
    /// "refugees". Empty when the sentence does not say.
    public let subject: String
    /// When the claim holds, if the sentence says so ("in 2018", "since January"): figures about
    /// different times are not in conflict.
    public var time: DateValue? { timeBox?.value }
    /// Boxed: most claims have no time, and an inline `DateValue?` took 112 of every claim's bytes.
    private let timeBox: TimeBox?

    private final class TimeBox: Hashable, Sendable {
        let value: DateValue
        init(_ value: DateValue) { self.value = value }
        static func == (lhs: TimeBox, rhs: TimeBox) -> Bool { lhs.value == rhs.value }
        func hash(into hasher: inout Hasher) { hasher.combine(value) }
    }

    public init(
        kind: ClaimKind, article: String, passage: String, range: Range<Int>, text: String,
        value: ClaimValue, subject: String = "", time: DateValue? = nil
    ) {
        self.kind = kind
        self.article = article
        self.passage = passage
        self.range = range
        self.text = text
        self.value = value
        self.subject = subject
        self.timeBox = time.map(TimeBox.init)
    }
}
