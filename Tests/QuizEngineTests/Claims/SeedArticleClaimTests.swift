import Foundation
import QuizEngine
import Testing

/// The claims the two seed articles (`seeds/`, raw pasted text) must yield, with the published
/// dates of the seed pack: the figures the quiz and the checker are built on.
@Suite("Seed article claims")
struct SeedArticleClaimTests {
    struct Expected: Sendable, CustomStringConvertible {
        let seed: String
        let kind: ClaimKind
        let text: String
        let value: String
        var subject: String = ""
        var time: String?
        /// Which of several claims with the same text (0 is the first).
        var occurrence = 0
        var description: String { "\(seed) \(kind.rawValue) \(text)" }
    }

    static let cibercuba = "001_4dba223d2a29a9c4.txt"
    static let secretCall = "000_5c751eb11b941e74.txt"
    static let published = [cibercuba: "2025-12-02", secretCall: "2025-12-01"]

    /// Each seed's claims, extracted once for all the table's rows.
    static let extracted: [String: [Claim]] = {
        var result: [String: [Claim]] = [:]
        for seed in [cibercuba, secretCall] { result[seed] = try? read(seed) }
        return result
    }()

    static func claims(_ seed: String) throws -> [Claim] {
        try #require(extracted[seed], "seed \(seed) did not read")
    }

    private static func read(_ seed: String) throws -> [Claim] {
        let url = Repository.root.appendingPathComponent("seeds").appendingPathComponent(seed)
        let text = try String(contentsOf: url, encoding: .utf8)
        let reader = ArticleReader(options: .init(published: CalendarDate(iso: published[seed]!)))
        guard let article = reader.read(SourceFile(path: seed, text: text), sink: DiagnosticSink()) else { return [] }
        return ClaimExtractor().claims(in: article)
    }

    @Test("each seed figure is found with its normalised value, subject and time", arguments: [
        Expected(seed: cibercuba, kind: .date, text: "November 21", value: "2025-11-21", subject: "telephone conversation"),
        Expected(seed: cibercuba, kind: .duration, text: "less than 15 minutes", value: "[0, 900)", subject: "telephone conversation"),
        Expected(seed: cibercuba, kind: .number, text: "three", value: "3", subject: "main conditions"),
        Expected(seed: cibercuba, kind: .number, text: "more than a hundred", value: "(100, inf)", subject: "high-ranking chavista officials"),
        Expected(seed: cibercuba, kind: .duration, text: "72-hour", value: "259200", subject: "timeframe"),
        Expected(seed: cibercuba, kind: .weekdayDate, text: "Friday, November 29", value: "friday 2025-11-29", subject: "deadline"),
        Expected(seed: cibercuba, kind: .date, text: "November 29", value: "2025-11-29", subject: "deadline"),
        Expected(seed: cibercuba, kind: .date, text: "The following day", value: "2025-11-30"),
        Expected(seed: cibercuba, kind: .date, text: "Days earlier", value: "2025-11-20..2025-11-28"),
        Expected(seed: cibercuba, kind: .date, text: "September", value: "2025-09-01..2025-09-30"),
        Expected(seed: cibercuba, kind: .number, text: "over 20", value: "(20, inf)", subject: "vessels"),
        Expected(seed: cibercuba, kind: .number, text: "more than 80", value: "(80, inf)", subject: "fatalities"),
        Expected(seed: cibercuba, kind: .date, text: "this Monday", value: "2025-12-01", subject: "television appearance"),
        Expected(seed: secretCall, kind: .date, text: "August 15, 2024", value: "2024-08-15"),
        Expected(seed: secretCall, kind: .duration, text: "12 minutes", value: "720", subject: "call"),
        Expected(seed: secretCall, kind: .date, text: "November 29", value: "2025-11-29", subject: "axios report"),
        Expected(seed: secretCall, kind: .age, text: "62", value: "62", subject: "maduro"),
        Expected(seed: secretCall, kind: .span, text: "11-year", value: "11 years", subject: "rule"),
        Expected(seed: secretCall, kind: .number, text: "7 million", value: "7000000", subject: "refugees"),
        Expected(seed: secretCall, kind: .percentage, text: "80%", value: "0.8", subject: "poverty"),
        Expected(seed: secretCall, kind: .percentage, text: "75%", value: "0.75", subject: "gdp"),
        Expected(seed: secretCall, kind: .span, text: "since 2013", value: "from 2013", subject: "gdp"),
        Expected(seed: secretCall, kind: .year, text: "1962", value: "1962", subject: "born"),
        Expected(seed: secretCall, kind: .percentage, text: "1.7 million percent", value: "17000", subject: "hyperinflation",
                 time: "2018-01-01..2018-12-31"),
        Expected(seed: secretCall, kind: .money, text: "$7 billion", value: "7000000000 USD", subject: "assets"),
        Expected(seed: secretCall, kind: .percentage, text: "80%", value: "0.8", subject: "voters", occurrence: 1),
        Expected(seed: secretCall, kind: .percentage, text: "96%", value: "0.96", subject: "poverty rate"),
        Expected(seed: secretCall, kind: .date, text: "August 15", value: "2024-08-15", subject: "call"),
        Expected(seed: secretCall, kind: .date, text: "August 19", value: "2024-08-19", subject: "u.s. recognition of gonzález"),
        Expected(seed: secretCall, kind: .date, text: "January", value: "2025-01-01..2025-01-31", subject: "inauguration"),
        Expected(seed: secretCall, kind: .percentage, text: "80%", value: "0.8", subject: "disapproval", occurrence: 2),
        Expected(seed: secretCall, kind: .number, text: "50", value: "50", subject: "killed", time: "2025-01-01..2025-12-31"),
        Expected(seed: secretCall, kind: .number, text: "500,000", value: "500000", subject: "displaced", time: "2025-01-01..2025-12-31"),
        Expected(seed: secretCall, kind: .money, text: "$100 million", value: "100000000 USD", subject: "u.s. aid",
                 time: "2025-01-01..2025-01-31"),
        Expected(seed: secretCall, kind: .age, text: "35-year-old", value: "35", subject: "teacher sofia ramirez"),
        Expected(seed: secretCall, kind: .number, text: "7 million", value: "7000000", subject: "refugees",
                 time: "2014-01-01..2025-12-01", occurrence: 1),
        Expected(seed: secretCall, kind: .number, text: "5.4 million", value: "5400000", subject: "face acute hunger"),
        Expected(seed: secretCall, kind: .money, text: "$300", value: "300 USD", subject: "monthly minimum wages"),
        Expected(seed: secretCall, kind: .age, text: "34", value: "34", subject: "nicholas"),
        Expected(seed: secretCall, kind: .age, text: "41", value: "41", subject: "carlos mendoza"),
        Expected(seed: secretCall, kind: .number, text: "200", value: "200", subject: "gathered"),
        Expected(seed: secretCall, kind: .date, text: "November 30", value: "2025-11-30"),
        Expected(seed: secretCall, kind: .number, text: "1.5 million", value: "1500000", subject: "posts"),
        Expected(seed: secretCall, kind: .number, text: "2 million", value: "2000000", subject: "views"),
        Expected(seed: secretCall, kind: .money, text: "$200 million", value: "200000000 USD", subject: "opposition aid"),
        Expected(seed: secretCall, kind: .money, text: "$500 million", value: "500000000 USD", subject: "aid"),
        Expected(seed: secretCall, kind: .date, text: "October", value: "2025-10-01..2025-10-31"),
        Expected(seed: secretCall, kind: .duration, text: "12-minute", value: "720"),
    ])
    func seedClaim(_ expected: Expected) throws {
        let matching = try Self.claims(expected.seed).filter { $0.kind == expected.kind && $0.text == expected.text }
        try #require(matching.count > expected.occurrence, "no \(expected.kind.rawValue) claim \"\(expected.text)\"")
        let claim = matching[expected.occurrence]
        #expect(ClaimLookup.describe(claim.value) == expected.value)
        if !expected.subject.isEmpty { #expect(claim.subject == expected.subject) }
        if let time = expected.time { #expect(claim.time.map(ClaimLookup.days) == time) }
    }

    @Test("the list of three conditions and the numbered items are not counts")
    func listMarkers() throws {
        let numbers = try Self.claims(Self.cibercuba).filter { $0.kind == .number }
        #expect(!numbers.contains { ["1", "2", "3"].contains($0.text) })
    }

    @Test("the text after the trailer and the photo credit yield no claims")
    func boilerplate() throws {
        let claims = try Self.claims(Self.cibercuba)
        #expect(!claims.contains { $0.text.contains("©") })
    }
}
