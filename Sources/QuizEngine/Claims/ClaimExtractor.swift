/// Runs every claim recognizer over every sentence of an article.
public struct ClaimExtractor: Sendable {
    /// All recognizers, in the order they run. A test checks every `ClaimKind` has one.
    public static let recognizers: [any ClaimRecognizer] = [
        NumberRecognizer(), PercentageRecognizer(), MoneyRecognizer(), DateRecognizer(), WeekdayDateRecognizer(),
        DurationRecognizer(), AgeRecognizer(), YearRecognizer(), SpanRecognizer(),
    ]

    public init() {}

    /// The claims of an article, in text order (by passage, then by position in the sentence).
    public func claims(in article: Article) -> [Claim] {
        var claims: [Claim] = []
        let passages = article.passages
        for (index, passage) in passages.enumerated() {
            let context = SentenceContext(
                article: article.metadata, passage: passage,
                previous: index > 0 ? passages[index - 1] : nil,
                next: index + 1 < passages.count ? passages[index + 1] : nil,
                earlierClaims: claims
            )
            var found: [Claim] = []
            for recognizer in Self.recognizers {
                found += recognizer.recognize(context)
            }
            found.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
            claims += found
        }
        return claims
    }
}
