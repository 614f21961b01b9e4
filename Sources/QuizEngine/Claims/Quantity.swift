/// A number as a sentence states it: exact ("12 minutes") or hedged into an interval ("less than
/// 15 minutes" is [0, 15); "nearly 7 million" is about [6.5 million, 7 million]).
///
/// Keeping the interval, not just the figure, is what lets the checker say that "12 minutes" and
/// "less than 15 minutes" agree while "a 40-minute call" and "the hour-long call" do not.
public struct Quantity: Hashable, Sendable, Codable {
    public enum Hedge: String, Hashable, Sendable, Codable {
        case exact
        /// "about", "around", "some", "roughly", "approximately", "an estimated".
        case approximately
        /// "nearly", "almost", "just under", "close to".
        case nearly
        /// "more than", "over", "above", "upwards of".
        case moreThan = "more-than"
        /// "at least", "no fewer than".
        case atLeast = "at-least"
        /// "less than", "under", "fewer than", "below".
        case lessThan = "less-than"
        /// "at most", "up to", "no more than".
        case atMost = "at-most"
    }

    /// The figure as written, scaled ("7 million" is 7,000,000; "80%" is 0.8; "12 minutes" is 720 s).
    public let stated: Double
    public let hedge: Hedge
    public let lower: Double
    public let upper: Double
    public let lowerInclusive: Bool
    public let upperInclusive: Bool

    public init(stated: Double, hedge: Hedge = .exact) {
        self.stated = stated
        self.hedge = hedge
        let magnitude = abs(stated)
        switch hedge {
        case .exact:
            (lower, upper, lowerInclusive, upperInclusive) = (stated, stated, true, true)
        case .approximately:
            (lower, upper, lowerInclusive, upperInclusive) = (stated - 0.1 * magnitude, stated + 0.1 * magnitude, true, true)
        case .nearly:
            (lower, upper, lowerInclusive, upperInclusive) = (stated - 0.1 * magnitude, stated, true, true)
        case .moreThan:
            (lower, upper, lowerInclusive, upperInclusive) = (stated, .infinity, false, false)
        case .atLeast:
            (lower, upper, lowerInclusive, upperInclusive) = (stated, .infinity, true, false)
        case .lessThan:
            (lower, upper, lowerInclusive, upperInclusive) = (min(0, stated), stated, true, false)
        case .atMost:
            (lower, upper, lowerInclusive, upperInclusive) = (min(0, stated), stated, true, true)
        }
    }

    /// An explicit interval ("between 10 and 15 minutes", "20-25%"), or with `hedge` an
    /// approximate one that words give without a figure ("a few minutes", "hundreds").
    public init(
        lower: Double, upper: Double, lowerInclusive: Bool = true, upperInclusive: Bool = true, stated: Double? = nil,
        hedge: Hedge = .exact
    ) {
        self.stated = stated ?? (lower + upper) / 2
        self.hedge = hedge
        self.lower = lower
        self.upper = upper
        self.lowerInclusive = lowerInclusive
        self.upperInclusive = upperInclusive
    }

    public var isExact: Bool { lower == upper }

    /// True when some value satisfies both quantities, allowing `tolerance` (a fraction of the
    /// larger magnitude) for the rounding that reporters do ("6.9 million" vs "7 million").
    public func overlaps(_ other: Quantity, tolerance: Double = 0) -> Bool {
        let slack = tolerance * max(abs(stated), abs(other.stated))
        let lowA = lower - slack, highA = upper + slack
        let lowB = other.lower - slack, highB = other.upper + slack
        if highA < lowB || highB < lowA { return false }
        // Touching at an open end does not overlap: [0, 15) and [15, 15].
        if slack == 0 {
            if upper == other.lower, !(upperInclusive && other.lowerInclusive) { return false }
            if other.upper == lower, !(other.upperInclusive && lowerInclusive) { return false }
        }
        return true
    }

    /// Scales the whole interval (units to seconds, percent to fraction).
    public func scaled(by factor: Double) -> Quantity {
        Quantity(
            stated: stated * factor, hedge: hedge, lower: lower * factor, upper: upper * factor,
            lowerInclusive: lowerInclusive, upperInclusive: upperInclusive
        )
    }

    private init(stated: Double, hedge: Hedge, lower: Double, upper: Double, lowerInclusive: Bool, upperInclusive: Bool) {
        self.stated = stated
        self.hedge = hedge
        self.lower = lower
        self.upper = upper
        self.lowerInclusive = lowerInclusive
        self.upperInclusive = upperInclusive
    }
}
