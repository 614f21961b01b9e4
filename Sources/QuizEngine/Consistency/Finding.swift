/// Passages that cannot all be true, why, and how sure the checker is.
public struct Finding: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case numericConflict = "numeric-conflict"
        case quoteDrift = "quote-drift"
        case weekdayMismatch = "weekday-mismatch"
        case dateConflict = "date-conflict"
        case durationConflict = "duration-conflict"
        case spanArithmetic = "span-arithmetic"
        case ageArithmetic = "age-arithmetic"
        case totalMismatch = "total-mismatch"
        case attributionConflict = "attribution-conflict"
        case roleConflict = "role-conflict"
        case locationConflict = "location-conflict"
        case timelineConflict = "timeline-conflict"
    }

    public let kind: Kind
    /// 0...1: how likely a careful fact-checker would agree these cannot all be true.
    public let confidence: Double
    /// One line a 16-year-old understands: "The poverty rate is 80% in one place and 96% in another."
    public let summary: String
    /// The reasoning, with the deciding fact or arithmetic ("November 29, 2025 was a Saturday").
    public let explanation: String
    /// The conflicting passages, each with its deciding span.
    public let citations: [Citation]

    public init(kind: Kind, confidence: Double, summary: String, explanation: String, citations: [Citation]) {
        self.kind = kind
        self.confidence = confidence
        self.summary = summary
        self.explanation = explanation
        self.citations = citations
    }
}
