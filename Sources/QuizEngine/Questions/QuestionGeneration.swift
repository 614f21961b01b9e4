/// The generated part of a pack: checker findings, and the questions made from claims and
/// findings, each kind from its own seeded stream so that changing one count does not reshuffle
/// the others.
enum QuestionGeneration {
    /// The checker's findings, with the index it built: the spot-the-inconsistency generator
    /// reads the same index rather than building its own (for 10,000 articles, a second copy
    /// of every claim and passage summary).
    struct Findings {
        let list: [Finding]
        let context: CheckContext
    }

    static func findings(articles: [Article], claims: [[Claim]], minConfidence: Double) -> Findings {
        let context = CheckContext(articles: articles, claims: claims.flatMap { $0 })
        return Findings(list: ConsistencyChecker().check(context, minConfidence: minConfidence), context: context)
    }

    static func questions(
        articles: [Article], claims: [[Claim]], findings: Findings, settings: PackManifest.Generation,
        sink: DiagnosticSink, location: SourceLocation
    ) -> [Question] {
        // The two claim-based generators ask about the same kinds of claim, so they share
        // what they start from.
        assert(TrueFalseGenerator.kinds == FactCheckGenerator.kinds)
        let material = settings.trueFalse + settings.factCheck > 0
            ? ClaimQuestionMaterial(articles: articles, claims: claims, kinds: TrueFalseGenerator.kinds) : nil
        var trueFalseRandom = SplitMix64(seed: settings.seed, purpose: "true-false")
        let trueFalse = material.map {
            TrueFalseGenerator(articles: articles, claims: claims).questions(count: settings.trueFalse, random: &trueFalseRandom, material: $0)
        } ?? []
        if trueFalse.count < settings.trueFalse {
            sink.report(.fewerGeneratedThanAsked(kind: .trueFalse, asked: settings.trueFalse, made: trueFalse.count), at: location)
        }
        var factCheckRandom = SplitMix64(seed: settings.seed, purpose: "fact-check")
        let factCheck = material.map {
            FactCheckGenerator(articles: articles, claims: claims).questions(count: settings.factCheck, random: &factCheckRandom, material: $0)
        } ?? []
        if factCheck.count < settings.factCheck {
            sink.report(.fewerGeneratedThanAsked(kind: .factCheck, asked: settings.factCheck, made: factCheck.count), at: location)
        }
        // The claims are in the checker's index; the generator reads them from there.
        var spot = InconsistencyQuestionGenerator(articles: articles, claims: [Claim]())
            .questions(from: findings.list, seed: settings.seed, context: findings.context)
        if case .count(let limit) = settings.spotTheInconsistency {
            // Findings come in reading order, so a limit keeps those met first in the pack.
            if spot.count < limit {
                sink.report(.fewerGeneratedThanAsked(kind: .spotTheInconsistency, asked: limit, made: spot.count), at: location)
            }
            spot = Array(spot.prefix(limit))
        }
        return trueFalse + factCheck + spot
    }
}
