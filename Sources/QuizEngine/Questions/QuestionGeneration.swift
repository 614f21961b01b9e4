/// The generated part of a pack: checker findings, and the questions made from claims and
/// findings, each kind from its own seeded stream so that changing one count does not reshuffle
/// the others.
enum QuestionGeneration {
    struct Generated {
        let findings: [Finding]
        /// True/false, then fact-check, then spot-the-inconsistency questions.
        let questions: [Question]
    }

    static func generate(
        articles: [Article], claims claimsOf: (Article) -> [Claim], settings: PackManifest.Generation,
        articlesPerIndex: Int = StoryPlan.articlesPerBatch, sink: DiagnosticSink, location: SourceLocation
    ) -> Generated {
        let read = readStories(articles: articles, claims: claimsOf, settings: settings, articlesPerIndex: articlesPerIndex)
        var spot = read.spot

        var trueFalseRandom = SplitMix64(seed: settings.seed, purpose: "true-false")
        let trueFalse = read.material.map {
            TrueFalseGenerator(articles: articles).questions(count: settings.trueFalse, random: &trueFalseRandom, material: $0)
        } ?? []
        if trueFalse.count < settings.trueFalse {
            sink.report(.fewerGeneratedThanAsked(kind: .trueFalse, asked: settings.trueFalse, made: trueFalse.count), at: location)
        }
        var factCheckRandom = SplitMix64(seed: settings.seed, purpose: "fact-check")
        let factCheck = read.material.map {
            FactCheckGenerator(articles: articles).questions(count: settings.factCheck, random: &factCheckRandom, material: $0)
        } ?? []
        if factCheck.count < settings.factCheck {
            sink.report(.fewerGeneratedThanAsked(kind: .factCheck, asked: settings.factCheck, made: factCheck.count), at: location)
        }
        if case .count(let limit) = settings.spotTheInconsistency {
            // Findings come in reading order, so a limit keeps those met first in the pack.
            if spot.count < limit {
                sink.report(.fewerGeneratedThanAsked(kind: .spotTheInconsistency, asked: limit, made: spot.count), at: location)
            }
            spot = Array(spot.prefix(limit))
        }
        return Generated(findings: read.findings, questions: trueFalse + factCheck + spot)
    }

    /// What the generators need from the claims, read a batch of stories at a time.
    private struct StoryReading {
        let findings: [Finding]
        let spot: [Question]
        /// For true/false and fact-check questions, when the pack asks for any.
        let material: ClaimQuestionMaterial?
    }

    /// Reads the claims of a batch of stories (see `StoryPlan.batches`), checks them and makes
    /// their spot-the-inconsistency questions, keeps what the claim-based generators will need,
    /// and lets the claims and the batch's index go before the next: a pack's claims and index
    /// are never all held at once (for 10,000 articles they were 300 MB). Findings and
    /// questions come out in the order a single index of everything would give.
    private static func readStories(
        articles: [Article], claims claimsOf: (Article) -> [Claim], settings: PackManifest.Generation, articlesPerIndex: Int
    ) -> StoryReading {
        let plan = StoryPlan(articles: articles)
        // The two claim-based generators ask about the same kinds of claim, so they share
        // what they start from.
        assert(TrueFalseGenerator.kinds == FactCheckGenerator.kinds)
        let writer = settings.trueFalse + settings.factCheck > 0 ? StatementWriter(articles: plan.articles) : nil
        var taken = DetailAlteration.Taken()
        var candidates = Array(repeating: [ClaimCandidate](), count: plan.articles.count)
        let checker = ConsistencyChecker()
        var found: [(finding: Finding, question: Question?)] = []

        for batch in plan.batches(articles: articlesPerIndex) {
            let claims = batch.map { claimsOf(plan.articles[$0]) }
            if let writer {
                for (a, articleClaims) in zip(batch, claims) {
                    taken.add(articleClaims)
                    candidates[a] = ClaimCandidate.collect(
                        ClaimCandidate.Home(plan.articles[a], position: a), claims: articleClaims,
                        kinds: TrueFalseGenerator.kinds, writer: writer
                    )
                }
            }
            let context = CheckContext(plan: plan, members: batch, claimGroups: claims)
            let findings = checker.check(context, minConfidence: settings.minConfidence)
            found += InconsistencyQuestionGenerator(index: context).questionsByFinding(findings, seed: settings.seed, context: context)
        }

        found = Finding.inReadingOrder(found, of: \.finding, position: plan.position(of:))
        return StoryReading(
            findings: found.map(\.finding),
            spot: InconsistencyQuestionGenerator.distinct(found.compactMap(\.question)),
            material: writer.map {
                ClaimQuestionMaterial(writer: $0, alteration: DetailAlteration(taken), candidates: candidates.flatMap { $0 })
            }
        )
    }
}
