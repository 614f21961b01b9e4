/// How well stated confidence matched outcomes over a set of answers.
///
/// A player who says "90% sure" should be right about nine times in ten. The Brier score (mean
/// squared gap between confidence and outcome) is a proper scoring rule: it is best when people
/// say what they believe. Overconfidence is mean confidence minus accuracy over the same answers,
/// the single number a learner reads most easily ("you were 15 points more sure than right").
/// The bins show where the gap is: a class can be well calibrated when unsure and overconfident
/// when sure.
public struct CalibrationSummary: Hashable, Sendable, Codable {
    /// Answers with a stated confidence in `lower..<upper` (the last bin includes 1).
    public struct Bin: Hashable, Sendable, Codable {
        public let lower: Double
        public let upper: Double
        public let count: Int
        public let meanConfidence: Double
        public let accuracy: Double
    }

    /// Answers with a stated confidence.
    public let count: Int
    public let meanConfidence: Double?
    public let accuracy: Double?
    public let brierScore: Double?
    public let overconfidence: Double?
    /// Non-empty bins, lowest confidence first.
    public let bins: [Bin]

    /// Bin edges: confidence is a probability of being right, from 0.5 (a guess between two)
    /// up to 1; anything below 0.5 falls in the first bin.
    public static let edges: [Double] = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0]

    public init(_ answers: [(confidence: Double, correct: Bool)]) {
        let valid = answers.filter { $0.confidence.isFinite }.map { (confidence: min(1, max(0, $0.confidence)), correct: $0.correct) }
        count = valid.count
        guard !valid.isEmpty else {
            meanConfidence = nil
            accuracy = nil
            brierScore = nil
            overconfidence = nil
            bins = []
            return
        }
        let n = Double(valid.count)
        let mean = valid.reduce(0) { $0 + $1.confidence } / n
        let right = Double(valid.count { $0.correct }) / n
        meanConfidence = mean
        accuracy = right
        brierScore = valid.reduce(0) { sum, answer in
            let outcome = answer.correct ? 1.0 : 0.0
            return sum + (answer.confidence - outcome) * (answer.confidence - outcome)
        } / n
        overconfidence = mean - right
        var bins: [Bin] = []
        let edges = Self.edges
        for index in 0..<(edges.count - 1) {
            let lower = edges[index], upper = edges[index + 1]
            let isFirst = index == 0, isLast = index == edges.count - 2
            let members = valid.filter { answer in
                (isFirst || answer.confidence >= lower) && (isLast || answer.confidence < upper)
            }
            guard !members.isEmpty else { continue }
            let m = Double(members.count)
            bins.append(Bin(
                lower: lower, upper: upper, count: members.count,
                meanConfidence: members.reduce(0) { $0 + $1.confidence } / m,
                accuracy: Double(members.count { $0.correct }) / m
            ))
        }
        self.bins = bins
    }

    /// "overconfident", "underconfident" or "well calibrated" (within 5 points), nil with no data.
    public var verdict: String? {
        guard let overconfidence else { return nil }
        if overconfidence > 0.05 { return "overconfident" }
        if overconfidence < -0.05 { return "underconfident" }
        return "well calibrated"
    }
}
