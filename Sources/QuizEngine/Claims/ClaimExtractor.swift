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
        let passages = article.passages
        guard !passages.isEmpty else { return [] }
        var claims: [Claim] = []
        let analysis = ArticleAnalysis(article: article.metadata, passages: passages)
        let recognizers = Self.recognizers
        // Room for a long sentence of news prose (one of 300 bytes needs 116 tokens by the
        // `SentenceTokens` estimate), so the buffers are allocated once an article.
        var buffers = SentenceBuffers(roomForTokens: 128)
        // One context for the whole article, moved on from sentence to sentence in place
        // (`SentenceContext.moveOn`): a context made and destroyed for every sentence cost
        // 700 instructions a sentence in copying its figure scan out of its init and releasing it.
        var context = SentenceContext(
            passage: passages[0], earlierClaims: claims, claimsInSentence: [], analysis: analysis,
            passageIndex: 0, tables: GrammarTables.shared, buffers: &buffers
        )
        for index in passages.indices {
            if index > 0 {
                context.moveOn(
                    to: passages[index], passageIndex: index, earlierClaims: claims,
                    claimsInSentence: SentenceBuffers.take(&buffers.claims), buffers: &buffers
                )
            }
            for recognizer in recognizers { recognizer.recognize(&context) }
            var found = context.claimsInSentence
            context.claimsInSentence = []
            // The context lets go of its arrays and of `claims` before `claims` grows: appending
            // to a shared array copies it, which made extraction quadratic in the article.
            buffers.reclaim(from: &context)
            // Most sentences have no claim or one: sorting or appending none still cost about
            // 200 instructions a sentence.
            if found.count > 1 {
                found.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
            }
            if !found.isEmpty { claims += found }
            // The sentence's claims array goes back to the buffers for the next sentence.
            buffers.claims = found
        }
        return claims
    }
}
