/// Runs every claim recognizer over every sentence of an article.
public struct ClaimExtractor: Sendable {
    /// All recognizers, in the order they run. A test checks every `ClaimKind` has one.
    ///
    /// Quotes, roles, attributions and locations come after the number and date recognizers:
    /// they read the figures and dates found in the same sentence (`claimsInSentence`) to say
    /// what a source vouches for and when a place holds.
    public static let recognizers: [any ClaimRecognizer.Type] = [
        NumberRecognizer.self, PercentageRecognizer.self, MoneyRecognizer.self, DateRecognizer.self,
        WeekdayDateRecognizer.self, DurationRecognizer.self, AgeRecognizer.self, YearRecognizer.self, SpanRecognizer.self,
        QuoteRecognizer.self, RoleRecognizer.self, AttributionRecognizer.self, LocationRecognizer.self,
    ]

    public init() {}

    /// The claims of an article, in text order (by passage, then by position in the sentence).
    public func claims(in article: Article) -> [Claim] {
        var claims: [Claim] = []
        let analysis = ArticleAnalysis(article: article.metadata, passages: article.passages)
        let tables = GrammarTables.shared
        let recognizers = Self.recognizers
        var buffers = SentenceBuffers()
        for index in article.passages.indices {
            // A separate call, so that no context still holds `claims` when it grows (appending
            // to a shared array copies it, which made extraction quadratic in the article), nor
            // the buffers when the next sentence reuses them.
            let found = recognize(
                passage: index, of: article, analysis: analysis, tables: tables, recognizers: recognizers, earlier: claims,
                buffers: &buffers
            )
            claims += found
            // The sentence's claims array goes back to the buffers for the next sentence.
            buffers.claims = found
        }
        return claims
    }

    /// The claims of one sentence, sorted by position, in the array taken from `buffers.claims`.
    private func recognize(
        passage index: Int, of article: Article, analysis: ArticleAnalysis, tables: GrammarTables,
        recognizers: [any ClaimRecognizer.Type], earlier: [Claim], buffers: inout SentenceBuffers
    ) -> [Claim] {
        let passages = article.passages
        let found = SentenceBuffers.take(&buffers.claims)
        var context = SentenceContext(
            passage: passages[index], earlierClaims: earlier, claimsInSentence: found, analysis: analysis,
            passageIndex: index, tables: tables, buffers: &buffers
        )
        for recognizer in recognizers { recognizer.recognize(&context) }
        var claims = context.claimsInSentence
        context.claimsInSentence = []
        buffers.reclaim(from: &context)
        claims.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        return claims
    }
}
