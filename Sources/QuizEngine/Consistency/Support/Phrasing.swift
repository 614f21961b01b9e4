/// How explanations write numbers, amounts, lengths of time and dates: the way a person would,
/// not the way a program stores them ("7 million", "$2.4 million", "less than 15 minutes",
/// "November 29, 2025").
enum Phrasing {
    static func number(_ x: Double) -> String {
        if x.isInfinite { return "unlimited" }
        let magnitude = abs(x)
        if magnitude >= 1e9, magnitude < 1e15 { return scaled(x / 1e9) + " billion" }
        if magnitude >= 1e6, magnitude < 1e9 { return scaled(x / 1e6) + " million" }
        if x == x.rounded(), magnitude < 1e15 { return grouped(Int(x)) }
        return decimal(x)
    }

    /// A count with its noun, singular or plural: "1 day", "8 days".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(grouped(n)) \(abs(n) == 1 ? singular : plural ?? singular + "s")"
    }

    static func percent(_ fraction: Double) -> String {
        decimal(fraction * 100) + "%"
    }

    static func money(_ amount: Double, currency: String) -> String {
        let figure = number(amount)
        switch currency.uppercased() {
        case "USD": return "$" + figure
        case "EUR": return "€" + figure
        case "GBP": return "£" + figure
        case "JPY": return "¥" + figure
        default: return figure + " " + currency
        }
    }

    /// A hedged quantity in words: "about 7 million", "less than 15 minutes".
    static func quantity(_ q: Quantity, _ format: (Double) -> String) -> String {
        switch q.hedge {
        case .exact:
            if q.isExact { return format(q.stated) }
            return "between \(format(q.lower)) and \(format(q.upper))"
        case .approximately: return "about " + format(q.stated)
        case .nearly: return "nearly " + format(q.stated)
        case .moreThan: return "more than " + format(q.stated)
        case .atLeast: return "at least " + format(q.stated)
        case .lessThan: return "less than " + format(q.stated)
        case .atMost: return "at most " + format(q.stated)
        }
    }

    /// A length of time in the largest unit that divides it: "72 hours" stays "3 days" only
    /// when asked for days.
    static func duration(_ seconds: Double) -> String {
        if seconds.isInfinite { return "unlimited" }
        let s = seconds
        if s >= 86_400 * 2, s.truncatingRemainder(dividingBy: 86_400) == 0 { return count(Int(saturating: s / 86_400), "day") }
        if s >= 3_600, s.truncatingRemainder(dividingBy: 3_600) == 0 { return count(Int(saturating: s / 3_600), "hour") }
        if s >= 3_600, (s / 3_600 * 2).rounded() == s / 3_600 * 2 { return decimal(s / 3_600) + " hours" }
        if s >= 60, s.truncatingRemainder(dividingBy: 60) == 0 { return count(Int(saturating: s / 60), "minute") }
        if s >= 60 { return decimal(s / 60) + " minutes" }
        return count(Int(saturating: s.rounded()), "second")
    }

    /// A length of time in the unit the text used for it ("72-hour" stays "72 hours").
    static func duration(_ seconds: Double, like text: String) -> String {
        let words = WordScanner.texts(in: text)
        func has(_ unit: String) -> Bool { words.contains { $0.contains(unit) } }
        let units: [(String, Double, String)] = [
            ("week", 604_800, "week"), ("day", 86_400, "day"), ("hour", 3_600, "hour"), ("minute", 60, "minute"),
        ]
        for (key, size, name) in units where has(key) {
            let n = seconds / size
            if n == n.rounded() { return count(Int(n), name) }
            return decimal(n) + " " + name + "s"
        }
        return duration(seconds)
    }

    static func date(_ date: CalendarDate) -> String { date.longDescription }

    /// A date value as a reader would name it: "November 21, 2025", "November 2025", "2024".
    static func date(_ value: DateValue) -> String {
        if let day = value.exactDay { return day.longDescription }
        if let earliest = value.earliest, let latest = value.latest {
            if earliest.year == latest.year, earliest.month == latest.month, earliest.day == 1,
               latest.day == CalendarDate.daysIn(month: latest.month, year: latest.year) {
                return "\(Month.name(of: earliest.month)) \(earliest.year)"
            }
            if earliest.year == latest.year, earliest.month == 1, earliest.day == 1, latest.month == 12, latest.day == 31 {
                return String(earliest.year)
            }
            return "between \(earliest.longDescription) and \(latest.longDescription)"
        }
        if let year = value.year {
            if let month = value.month { return "\(Month.name(of: month)) \(year)" }
            return String(year)
        }
        return "an unknown date"
    }

    /// Words in curly quotes, as explanations quote the articles.
    static func quoted(_ text: String) -> String { "“\(text)”" }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// A subject as it reads after "for" or "about": "the poverty rate", "poverty", "refugees".
    static func subject(_ phrase: String) -> String {
        let words = phrase.split(separator: " ")
        guard let last = words.last.map(String.init) else { return phrase }
        if words.first == "the" || words.first == "a" || words.first == "an" { return phrase }
        let plural = (last.hasSuffix("s") && !last.hasSuffix("ss"))
            || ["people", "children", "men", "women", "police", "staff", "personnel", "cattle", "data"].contains(last)
        if plural || massNouns.contains(last) { return phrase }
        return "the " + phrase
    }

    static let massNouns: Set<String> = [
        "poverty", "unemployment", "inflation", "aid", "funding", "debt", "growth", "support", "disapproval",
        "approval", "turnout", "damage", "rainfall", "revenue", "spending", "investment", "income", "traffic",
        "money", "water", "power", "food", "electricity", "gdp", "hunger", "crime", "violence", "hyperinflation",
        "attendance", "funding", "coverage", "literacy", "emigration", "immigration", "migration", "pay",
    ]

    /// A sentence with its first letter capitalised.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        guard digits.count > 4 else { return (n < 0 ? "-" : "") + digits }
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    private static func scaled(_ x: Double) -> String { decimal(x) }

    /// Up to two decimals, trailing zeros dropped.
    static func decimal(_ x: Double) -> String {
        let rounded = (x * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return grouped(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return String(x) }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
