import Testing
@testable import QuizEngine

/// A counted date ("two days ago", "a year and six months later") is only read when a unit of
/// time and a word ending the count ("ago", "from now") follow, which the scan finds from the
/// token classes; the classes must agree with the lexicon, or counted dates would be lost.
@Suite("Counted dates' unit shortcut")
struct CountedDateShortcutTests {
    static let sentences = [
        "Two days ago, 1,234.5 people left; three weeks later 40% came back.",
        "A year and six months earlier, a few days after that, several decades ago.",
        "It happened 3 days before yesterday, two weeks from now, 10 years on.",
        "São Paulo’s “two days” ago — ten yrs ago, 5 hrs later, 12 minutes earlier.",
        "In 2019, 3.5 million; on the 27th; 13.5.2015; no units here at all.",
        "Ñandú 北京 dozens of years, a couple of months later, fortnight ago",
        "Long ago, before now.", "In 2019 and today, 5 of them; later, 7.", "Two days, then ago.",
        "", "   ", "days", "2 days", "ago", "a", "5",
    ]

    static var all: [String] {
        let seeds = PeopleClaimFixtures.Seed.allCases.map(PeopleClaimFixtures.seedArticle)
        return sentences + SentenceReuseTests.awkward + seeds.flatMap { $0.passages.map(\.text) }
    }

    @Test("every lexicon unit of time is classed as a unit")
    func unitsAreClassed() {
        let tables = GrammarTables.shared
        var units = 0
        for (index, lexeme) in tables.entries.enumerated() where lexeme.unitSeconds != nil {
            #expect(tables.classes[index].contains(.unit), "\(lexeme)")
            units += 1
        }
        #expect(units > 10)
    }

    @Test("the scan's last unit and count ending are the last tokens the lexicon reads so")
    func lastUnit() {
        for text in Self.all {
            let scan = FigureScan(tokens: SentenceTokens(text), published: CalendarDate(year: 2025, month: 12, day: 2), earlierClaims: [])
            let plain = scan.tokens.indices.last { scan.lexeme($0)?.unitSeconds != nil } ?? -1
            #expect(Int(scan.lastUnit) == plain, "\(text)")
            // Sentences with nothing a figure starts with skip the pass that finds them (and
            // leave every token's `next` at 0): no grammar runs there.
            let linked = scan.info.first.map { $0.next != 0 } ?? false
            let ending = scan.tokens.indices.last { scan.lexeme($0)?.relative?.endsCount == true } ?? -1
            #expect(Int(scan.lastCountEnd) == (linked ? ending : -1), "\(text)")
        }
    }

    @Test("counted dates are still found")
    func countedDates() {
        let counted = [
            "Two days ago it rained.", "It ended three weeks later.", "A year and six months earlier it began.",
            "The deal closes two weeks from now.", "It ended two days before yesterday.", "The vote comes three days hence.",
            "Five days before, it began.", "Ten days after, it ended.", "It opens three weeks from tomorrow.",
            "It opens two days after today.", "A few days later it ended.", "1 month 21 days ago it began.",
        ]
        for text in counted {
            let scan = FigureScan(tokens: SentenceTokens(text), published: CalendarDate(year: 2025, month: 12, day: 2), earlierClaims: [])
            #expect(scan.mentions.contains { $0.kind == .date }, "\(text)")
        }
    }

    /// `calendarDate` looks for a time word only before a number, which is all a date in
    /// figures needs it for.
    @Test("short numeric dates count only after a time word")
    func cuedNumericDates() {
        let published = CalendarDate(year: 2025, month: 12, day: 2)
        for (text, isDate) in [
            ("The talks run until 4-22.", true), ("They met on 4.22.", true), ("The score was 4-22.", false),
            ("It rose 4.22 points.", false), ("It ends on 13.5.2015 anyway.", true),
        ] {
            let scan = FigureScan(tokens: SentenceTokens(text), published: published, earlierClaims: [])
            #expect(scan.mentions.contains { $0.kind == .date } == isDate, "\(text)")
        }
    }

    /// `dayOfMonthAlone` reads a day only after "the" or "on", or with a unit ("month") after it.
    @Test("a day of the month alone is still found")
    func dayAlone() {
        let published = CalendarDate(year: 2025, month: 12, day: 2)
        for (text, isDate) in [
            ("It starts on the 27th.", true), ("It starts on 27th.", true), ("It starts the twenty second.", true),
            ("He came 27th.", false),
        ] {
            let scan = FigureScan(tokens: SentenceTokens(text), published: published, earlierClaims: [])
            #expect(scan.mentions.contains { $0.kind == .date } == isDate, "\(text)")
        }
        // The day and its month as one date, not "this month" alone.
        for (text, range) in [
            ("It starts 5th of this month.", 2..<7), ("It starts 5th next month.", 2..<6),
            ("Pay is due 15 of next month.", 3..<7), ("It opens twenty-second of this month.", 2..<8),
        ] {
            let scan = FigureScan(tokens: SentenceTokens(text), published: published, earlierClaims: [])
            #expect(scan.mentions.contains { $0.kind == .date && $0.tokens == range }, "\(text)")
        }
    }
}
