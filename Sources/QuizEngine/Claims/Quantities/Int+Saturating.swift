extension Int {
    /// The nearest `Int` to a figure read from an article, saturating instead of trapping.
    ///
    /// Figures come from untrusted text: "a 10000000000000000000000-hour deadline" is a valid
    /// number to read and a `Double` holds it, but `Int(_:)` traps on it (and on NaN). The
    /// arithmetic that follows (days after a date, a figure altered for a question) only needs
    /// to stay defined; a saturated value then fails the range checks around it.
    init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 9.2e18 {
            self = .max
        } else if value <= -9.2e18 {
            self = .min
        } else {
            self = Int(value)
        }
    }
}
