import Foundation
import QuizEngine

/// `factquiz claims` as text: one line per claim, grouped by passage.
struct ClaimTextRenderer {
    func render(_ claims: [Claim], articles: [Article]) -> String {
        var out = ""
        var lastPassage = ""
        for claim in claims {
            let where_ = "\(claim.article) \(claim.passage)"
            if where_ != lastPassage {
                out += "\(where_)\n"
                lastPassage = where_
            }
            let subject = claim.subject.isEmpty ? "" : "  about: \(claim.subject)"
            let time = claim.time.map { "  when: \(ClaimValueText.date($0))" } ?? ""
            let line = "  \(claim.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \"\(claim.text)\"  = \(ClaimValueText.describe(claim.value))\(subject)\(time)"
            out += TerminalSafeText.escape(line, singleLine: true) + "\n"
        }
        if claims.isEmpty { out += "no claims found\n" }
        return out
    }
}

/// A short human reading of a claim's value.
enum ClaimValueText {
    static func describe(_ value: ClaimValue) -> String {
        switch value {
        case let .number(q): quantity(q)
        case let .percentage(q): quantity(q.scaled(by: 100)) + "%"
        case let .money(q, currency): "\(quantity(q)) \(currency)"
        case let .date(d): date(d)
        case let .weekdayDate(w, d): "\(w.name), \(date(d))"
        case let .duration(q): quantity(q) + " s"
        case let .age(q): quantity(q) + " years old"
        case let .year(y): String(y)
        case let .span(years, from, to):
            [years.map { quantity($0) + " years" }, from.map { "from \($0)" }, to.map { "to \($0)" }]
                .compactMap { $0 }.joined(separator: " ")
        case let .quote(q): "“\(q.words)”" + (q.speaker.map { " — \($0)" } ?? " — speaker not named")
        case let .attribution(source): "source: \(source)"
        case let .role(person, role): "\(person): \(role)"
        case let .location(entity, place): "\(entity) in \(place)"
        }
    }

    static func quantity(_ q: Quantity) -> String {
        func number(_ x: Double) -> String {
            if x.isInfinite { return x > 0 ? "∞" : "-∞" }
            if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
            // Twelve significant digits: 0.037 shown as a percentage is "3.7", not the
            // "3.7000000000000006" that binary arithmetic makes of it.
            return String(format: "%.12g", x)
        }
        if q.isExact { return number(q.stated) }
        let open = q.lowerInclusive ? "[" : "("
        let close = q.upperInclusive ? "]" : ")"
        return "\(open)\(number(q.lower)), \(number(q.upper))\(close) (\(q.hedge.rawValue) \(number(q.stated)))"
    }

    static func date(_ d: DateValue) -> String {
        guard let earliest = d.earliest, let latest = d.latest else {
            return [d.year.map(String.init), d.month.map { Month.name(of: $0) }, d.day.map(String.init)]
                .compactMap { $0 }.joined(separator: " ") + " (unresolved)"
        }
        return earliest == latest ? earliest.description : "\(earliest)..\(latest)"
    }
}
