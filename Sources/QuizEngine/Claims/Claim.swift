/// One checkable statement found in a sentence: what kind it is, its exact words, what it means,
/// and what it is about.
///
/// A value, stored in one shared immutable box: a claim passes through the index, the checks and
/// the question candidates, and copying its half-dozen strings and its value field by field (a
/// reference count each) was 4% of a compile. A copy now counts one reference.
public struct Claim: Hashable, Sendable {
    private let storage: SharedValue<Fields>

    public var kind: ClaimKind { storage.value.kind }
    /// Id of the article it was found in.
    public var article: String { storage.value.article }
    /// Id of the passage (sentence) it was found in.
    public var passage: String { storage.value.passage }
    /// UTF-8 offsets of `text` within the passage text.
    public var range: Range<Int> { storage.value.range }
    /// The exact span, as written.
    public var text: String { storage.value.text }
    public var value: ClaimValue { storage.value.value }
    /// The words that say what the claim is about, lowercased: "poverty rate", "call duration",
    /// "refugees". Empty when the sentence does not say.
    public var subject: String { storage.value.subject }
    /// When the claim holds, if the sentence says so ("in 2018", "since January"): figures about
    /// different times are not in conflict.
    public var time: DateValue? { storage.value.time?.value }

    public init(
        kind: ClaimKind, article: String, passage: String, range: Range<Int>, text: String,
        value: ClaimValue, subject: String = "", time: DateValue? = nil
    ) {
        storage = SharedValue(Fields(
            kind: kind, article: article, passage: passage, range: range, text: text, value: value,
            subject: subject, time: time.map(TimeBox.init)
        ))
    }

    public static func == (lhs: Claim, rhs: Claim) -> Bool {
        lhs.storage == rhs.storage
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage)
    }

    /// Everything a claim is; two claims with equal fields are the same claim.
    private struct Fields: Hashable, Sendable {
        let kind: ClaimKind
        let article: String
        let passage: String
        let range: Range<Int>
        let text: String
        let value: ClaimValue
        let subject: String
        /// Boxed: most claims have no time, and an inline `DateValue?` is 112 bytes.
        let time: TimeBox?
    }

    private final class TimeBox: Hashable, Sendable {
        let value: DateValue
        init(_ value: DateValue) { self.value = value }
        static func == (lhs: TimeBox, rhs: TimeBox) -> Bool { lhs.value == rhs.value }
        func hash(into hasher: inout Hasher) { hasher.combine(value) }
    }
}
