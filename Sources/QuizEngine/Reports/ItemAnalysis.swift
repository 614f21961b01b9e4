/// Item discrimination: does a question separate students who know the material from those who
/// do not?
///
/// We use the corrected point-biserial correlation: the Pearson correlation between a student's
/// score on the item (0 or 1) and their share correct on the *other* items they answered (the
/// rest score). It is what Moodle's quiz statistics report as the discrimination index, and it
/// suits a class quiz better than the upper/lower 27% group index: with thirty students each
/// group would hold eight, so one student moves the index by an eighth, whereas the correlation
/// uses every student. Leaving the item out of the total matters on short quizzes (five to
/// twenty questions), where an item's own score would otherwise inflate its correlation. A rest
/// share rather than a rest count keeps students who answered different numbers of questions (a
/// crashed exam, another `--count`) comparable.
///
/// Reading it: 0.3 and above discriminates well, 0.2 to 0.3 is fair, below 0.2 is weak, and a
/// negative value means stronger students got it wrong more often than weaker ones: check the
/// answer key and the wording.
public enum ItemAnalysis {
    /// Students needed before a correlation is reported at all; with two it is always ±1.
    public static let minimumStudents = 3

    /// `scores` holds one dictionary per student: question id to right or wrong. Nil when fewer
    /// than `minimumStudents` answered the item, or when the item or the rest score does not
    /// vary (everyone right, say), where a correlation is undefined.
    public static func restScoreCorrelation(item: String, scores: [[String: Bool]]) -> Double? {
        var pairs: [(item: Double, rest: Double)] = []
        for student in scores {
            guard let score = student[item] else { continue }
            let others = student.filter { $0.key != item }
            guard !others.isEmpty else { continue }
            let rest = Double(others.values.count { $0 }) / Double(others.count)
            pairs.append((score ? 1 : 0, rest))
        }
        return pearson(pairs)
    }

    static func pearson(_ pairs: [(item: Double, rest: Double)]) -> Double? {
        guard pairs.count >= minimumStudents else { return nil }
        let n = Double(pairs.count)
        let meanX = pairs.reduce(0) { $0 + $1.item } / n
        let meanY = pairs.reduce(0) { $0 + $1.rest } / n
        var covariance = 0.0, varianceX = 0.0, varianceY = 0.0
        for pair in pairs {
            let dx = pair.item - meanX, dy = pair.rest - meanY
            covariance += dx * dy
            varianceX += dx * dx
            varianceY += dy * dy
        }
        guard varianceX > 1e-12, varianceY > 1e-12 else { return nil }
        return covariance / (varianceX * varianceY).squareRoot()
    }

    /// Words for a discrimination value, for reports.
    public static func rating(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        switch value {
        case ..<0: return "negative: check the key"
        case ..<0.2: return "weak"
        case ..<0.3: return "fair"
        default: return "good"
        }
    }
}
