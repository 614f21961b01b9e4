/// How sure the player said they were of an answer: a probability of being right.
///
/// Players say it as a percentage (`t 80`, `t 80%`) or with a mark: `!` for sure, `?` for unsure.
/// The marks stand for fixed probabilities so they can be scored like numbers.
public struct StatedConfidence: Hashable, Sendable {
    /// What `!` stands for: sure, but not certain (a proper scoring rule punishes 100% hard).
    public static let sure = 0.95
    /// What `?` stands for: leaning one way.
    public static let unsure = 0.6

    public enum Form: Hashable, Sendable {
        case percent
        case sureMark
        case unsureMark
    }

    /// 0...1.
    public let probability: Double
    public let form: Form

    public init(probability: Double, form: Form = .percent) {
        self.probability = min(1, max(0, probability))
        self.form = form
    }

    /// "90%", as the game shows it back.
    public var percentText: String {
        "\(Int((probability * 100).rounded()))%"
    }
}
