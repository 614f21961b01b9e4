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
        articles: [Article], claims: [[Claim]], settings: PackManifest.Generation, sink: DiagnosticSink,
        location: SourceLocation
    ) -> Generated {
        // The checker's index is the largest thing a compile holds; spot-the-inconsistency
        // questions are made from it first so that it is gone before the claim-based generators
        // build theirs.
        let (findings, allSpot) = checked(articles: articles, claims: claims, settings: settings)
        var spot = allSpot

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
        if case .count(let limit) = settings.spotTheInconsistency {
            // Findings come in reading order, so a limit keeps those met first in the pack.
            if spot.count < limit {
                sink.report(.fewerGeneratedThanAsked(kind: .spotTheInconsistency, asked: limit, made: spot.count), at: location)
            }
            spot = Array(spot.prefix(limit))
        }
        return Generated(findings: findings, questions: trueFalse + factCheck + spot)
    }

    /// The checker's findings and a spot-the-inconsistency question for each that makes one;
    /// the index both read is dropped on return.
    private static func checked(
        articles: [Article], claims: [[Claim]], settings: PackManifest.Generation
    ) -> (findings: [Finding], spot: [Question]) {
        let context = CheckContext(articles: articles, claimGroups: claims)
        let findings = ConsistencyChecker().check(context, minConfidence: settings.minConfidence)
        // The questions read only the passages the findings cite and their neighbours.
        context.releaseCheckCaches()
        let spot = InconsistencyQuestionGenerator(index: context).questions(from: findings, seed: settings.seed)
        return (findings, spot)
    }
}
