import QuizEngine

/// Finding claims in a sentence made up for a test.
enum ClaimLookup {
    /// Claims of `kind` in `text` read as an article body.
    static func claims(_ kind: ClaimKind, in text: String, published: String? = "2025-12-02") -> [Claim] {
        ArticleFixture.claims(text, published: published).filter { $0.kind == kind }
    }

    /// The only claim of `kind` in `text`, or nil when there is none or several.
    static func single(_ kind: ClaimKind, in text: String, published: String? = "2025-12-02") -> Claim? {
        let found = claims(kind, in: text, published: published)
        return found.count == 1 ? found[0] : nil
    }
}

extension Quantity {
    /// `[lower, upper]` with brackets showing open ends, for comparing in tables.
    var interval: String {
        func number(_ x: Double) -> String {
            if x.isInfinite { return x > 0 ? "inf" : "-inf" }
            return x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
        }
        return (lowerInclusive ? "[" : "(") + number(lower) + ", " + number(upper) + (upperInclusive ? "]" : ")")
    }
}

extension ClaimLookup {
    /// A number as tables write it: "300", "4.7".
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}

extension ClaimLookup {
    /// A claim's value in a few words, for tables: "[0, 900)", "7000000000 USD", "2025-11-29",
    /// "friday 2025-11-29", "2018", "11 years", "from 2013".
    static func describe(_ value: ClaimValue) -> String {
        switch value {
        case let .number(q), let .percentage(q), let .duration(q), let .age(q):
            return q.isExact ? number(q.stated) : q.interval
        case let .money(q, code):
            return (q.isExact ? number(q.stated) : q.interval) + " " + code
        case let .date(d):
            return days(d)
        case let .weekdayDate(weekday, d):
            return "\(weekday.rawValue) \(days(d))"
        case let .year(year):
            return String(year)
        case let .span(years, from, to):
            return [years.map { "\(number($0.stated)) years" }, from.map { "from \($0)" }, to.map { "to \($0)" }]
                .compactMap { $0 }.joined(separator: " ")
        default:
            return "\(value)"
        }
    }

    static func days(_ value: DateValue) -> String {
        guard let earliest = value.earliest, let latest = value.latest else { return "unresolved" }
        return earliest == latest ? earliest.description : "\(earliest)..\(latest)"
    }
}
