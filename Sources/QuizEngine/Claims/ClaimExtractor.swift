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
        let tables = GrammarTables.shared
        let recognizers = Self.recognizers
        for index in passages.indices {
            // The sentence's context holds the claims so far; it must be gone before they grow,
            // or every append copies them all (quadratic in the article's length).
            let found = sentenceClaims(
                SentenceContext(
                    article: article.metadata, passage: passages[index],
                    previous: index > 0 ? passages[index - 1] : nil,
                    next: index + 1 < passages.count ? passages[index + 1] : nil,
                    earlierClaims: claims, tables: tables
                ),
                recognizers
            )
            claims += found
        }
        return claims
    }

    private func sentenceClaims(_ context: consuming SentenceContext, _ recognizers: [any ClaimRecognizer]) -> [Claim] {
        var found: [Claim] = []
        for recognizer in recognizers {
            found += recognizer.recognize(context)
        }
        found.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        return found
    }
}
