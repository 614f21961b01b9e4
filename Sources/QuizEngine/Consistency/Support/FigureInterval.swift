/// A figure read for comparison: its interval, widened by the rounding its written form allows.
///
/// "7 million" is anything a reporter would round to 7 million, "6.9 million" anything rounded
/// to 6.9 million, so the two agree; "80%" allows half a point either way, so 80% and 96% do
/// not. The widening is half the unit of the last written digit, at most 5% of the figure.
struct FigureInterval: Sendable {
    let quantity: Quantity
    let lower: Double
    let upper: Double

    /// `table` is the run's word table, which splits the text without making a string of each
    /// word, or when none is given one of the figure's own.
    init(_ quantity: Quantity, text: String, percent: Bool = false, table: PassageWordTable = PassageWordTable(capacity: 8)) {
        self.quantity = quantity
        let slack = FigureInterval.slack(text: text, value: quantity.stated, percent: percent, table: table)
        lower = quantity.lower - slack
        upper = quantity.upper + slack
    }

    func agrees(with other: FigureInterval) -> Bool {
        !(upper < other.lower || other.upper < lower)
    }

    /// The written unit of a figure's last digit, halved and capped.
    static func slack(text: String, value: Double, percent: Bool, table: PassageWordTable = PassageWordTable(capacity: 8)) -> Double {
        let words = WordScanner.words(in: text, table: table)
        guard let literal = words.first(where: \.isNumeric) else {
            // Written in words: "seven million" is rounded to the million.
            let scale = words.lazy.compactMap { scales[table.text($0.id)] }.first ?? 0
            return min(scale / 2, 0.05 * abs(value))
        }
        var decimals = 0
        var trailingZeros = 0
        var seenPoint = false
        let literalText = table.text(literal.id)
        for byte in literalText.utf8 {
            if byte == UInt8(ascii: ".") { seenPoint = true; continue }
            guard byte >= 0x30, byte <= 0x39 else { continue }
            if seenPoint { decimals += 1 } else { trailingZeros = byte == 0x30 ? trailingZeros + 1 : 0 }
        }
        // A scale may be glued on ("2.4m", "7bn") or follow as a word.
        var scale = 1.0
        if let s = scales[String(scaleSuffix(literalText))] { scale = s }
        else if let next = words.first(where: { $0.range.lowerBound >= literal.range.upperBound }),
                let s = scales[table.text(next.id)] { scale = s }
        if percent { scale = 0.01 }
        var unit = scale
        for _ in 0..<decimals { unit /= 10 }
        if decimals == 0, scale == 1, trailingZeros >= 3 {
            for _ in 0..<trailingZeros { unit *= 10 }
        }
        let half = unit / 2
        if decimals > 0 || percent { return half }
        if scale == 1, trailingZeros < 3 { return 0 }
        return min(half, 0.05 * abs(value))
    }

    /// What follows a literal's digits, points and commas: "m" of "2.4m".
    ///
    /// A literal in plain ASCII is one byte a character (or two for "\r\n", which ends the
    /// digits either way), so its digits are passed over byte by byte: stepping over them as
    /// characters cost 3.3M of the 14M instructions the slack of 3,831 figures took. Other
    /// literals are read by character, where a digit with a mark on it counts as a digit.
    static func scaleSuffix(_ literal: String) -> Substring {
        let utf8 = literal.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return literal.drop { ($0 >= "0" && $0 <= "9") || $0 == "." || $0 == "," }
        }
        let start = utf8.firstIndex { !(($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C) } ?? utf8.endIndex
        return Substring(utf8[start...])
    }

    static let scales: [String: Double] = [
        "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
        "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "hundred": 100,
    ]
}
