/// A day in the proleptic Gregorian calendar, without time or time zone.
///
/// News text talks in days ("November 21", "Friday, November 29"), and the checks need exact
/// calendar arithmetic on them: which weekday a date fell on, how many days lie between two
/// dates. Foundation's `Calendar` would do, but needs a locale and time zone to get right and is
/// slow to construct; day arithmetic is a few lines of integer maths.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date, or nil ("February 30").
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `dayNumber` days after 1970-01-01 (negative before it).
    public init(dayNumber: Int) {
        // Civil-from-days: count in 400-year eras (146,097 days each), with years starting on
        // March 1 so that the leap day falls at the end of the year.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (the front-matter and command-line form).
    ///
    /// Read on the bytes: splitting into substrings and converting each was 0.3% of compiling
    /// 1,000 articles, for one date each. What it accepts is what that did: three fields of 4, 2
    /// and 2 characters between `-`s, each an optional `+` and ASCII digits (what `Int("…")`
    /// reads), so ten ASCII bytes in all.
    public init?(iso: String) {
        guard let (y, m, d) = Self.isoFields(iso) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    private static func isoFields(_ text: String) -> (Int, Int, Int)? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = field(bytes[0..<4]), let month = field(bytes[5..<7]), let day = field(bytes[8..<10])
        else { return nil }
        return (year, month, day)
    }

    /// An optional `+` and at least one ASCII digit, as `Int` reads them.
    private static func field(_ bytes: ArraySlice<UInt8>) -> Int? {
        var digits = bytes[...]
        if digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((dayNumber % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday.allCases[index]
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// `YYYY-MM-DD`.
    ///
    /// The pack writer writes every article's date twice (the file and the fingerprint), and
    /// padding each field as a string and interpolating them cost 2,600 instructions a date.
    /// A year of four digits or fewer (all but the far past and future) is written digit by
    /// digit into the string's own storage, ten bytes, which stay inside the string value;
    /// other years go the padded way.
    public var description: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return paddedDescription
        }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func digits(_ value: Int, endingAt end: Int, count: Int) {
                var rest = value
                var i = end
                while i > end - count {
                    i -= 1
                    buffer[i] = UInt8(truncatingIfNeeded: rest % 10) + UInt8(ascii: "0")
                    rest /= 10
                }
            }
            digits(year, endingAt: 4, count: 4)
            buffer[4] = UInt8(ascii: "-")
            digits(month, endingAt: 7, count: 2)
            buffer[7] = UInt8(ascii: "-")
            digits(day, endingAt: 10, count: 2)
            return 10
        }
    }

    /// `description` by padding each field as a string: any year, a sign and all.
    var paddedDescription: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// "November 29, 2025": how explanations name a date.
    public var longDescription: String { "\(Month.name(of: month)) \(day), \(year)" }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a date as YYYY-MM-DD, got \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
