/// How well the player's stated confidence matched how often they were right.
///
/// Scored with the Brier score, a proper scoring rule: the mean of (p − outcome)², where p is the
/// stated probability of being right and the outcome is 1 when right and 0 when wrong. Saying
/// exactly what one believes is the best strategy under it; 0 is perfect, and always saying 50%
/// scores 0.25. Beside it the report compares mean stated confidence with the share right,
/// overall and per confidence band, which is what tells a player they are over- or
/// under-confident.
public struct Calibration: Hashable, Sendable {
    /// One answer given with a stated confidence.
    public struct Judgement: Hashable, Sendable {
        public let probability: Double
        public let correct: Bool

        public init(probability: Double, correct: Bool) {
            self.probability = probability
            self.correct = correct
        }
    }

    /// The answers within one confidence band.
    public struct Band: Hashable, Sendable {
        /// Lowest and highest stated confidence the band takes, in percent (50 and 69).
        public let lowerPercent: Int
        public let upperPercent: Int
        public let count: Int
        public let meanConfidence: Double
        public let accuracy: Double
    }

    public enum Verdict: Hashable, Sendable {
        /// Too few answers with a stated confidence to say anything.
        case tooFewAnswers(needed: Int)
        case overconfident
        case underconfident
        case wellCalibrated
    }

    /// Fewer answers than this give no verdict: two lucky guesses say nothing.
    public static let minimumForVerdict = 3
    /// Mean confidence and accuracy closer than this count as calibrated.
    public static let tolerance = 0.1
    /// Band edges in percent: under 50, 50–69, 70–89, 90–100.
    static let bandEdges = [0, 50, 70, 90, 101]

    public let judgements: [Judgement]

    public init(_ judgements: [Judgement]) {
        self.judgements = judgements
    }

    public var count: Int { judgements.count }

    /// Mean squared distance between stated probability and outcome; nil with no judgements.
    public var brierScore: Double? {
        guard !judgements.isEmpty else { return nil }
        let total = judgements.reduce(0.0) { sum, judgement in
            let outcome = judgement.correct ? 1.0 : 0.0
            return sum + (judgement.probability - outcome) * (judgement.probability - outcome)
        }
        return total / Double(judgements.count)
    }

    public var meanConfidence: Double? {
        guard !judgements.isEmpty else { return nil }
        return judgements.reduce(0.0) { $0 + $1.probability } / Double(judgements.count)
    }

    public var accuracy: Double? {
        guard !judgements.isEmpty else { return nil }
        return Double(judgements.count { $0.correct }) / Double(judgements.count)
    }

    /// The bands that hold at least one answer, from least to most sure.
    public var bands: [Band] {
        var bands: [Band] = []
        for (lower, upper) in zip(Self.bandEdges, Self.bandEdges.dropFirst()) {
            let inBand = judgements.filter {
                let percent = Int(($0.probability * 100).rounded())
                return percent >= lower && percent < upper
            }
            guard !inBand.isEmpty else { continue }
            let sub = Calibration(inBand)
            bands.append(Band(
                lowerPercent: lower, upperPercent: min(upper - 1, 100), count: inBand.count,
                meanConfidence: sub.meanConfidence!, accuracy: sub.accuracy!
            ))
        }
        return bands
    }

    public var verdict: Verdict {
        guard count >= Self.minimumForVerdict, let meanConfidence, let accuracy else {
            return .tooFewAnswers(needed: Self.minimumForVerdict - count)
        }
        let gap = meanConfidence - accuracy
        if gap > Self.tolerance { return .overconfident }
        if gap < -Self.tolerance { return .underconfident }
        return .wellCalibrated
    }
}
