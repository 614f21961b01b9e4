import QuizEngine
import Testing

@Suite("Duration claims")
struct DurationClaimTests {
    @Test("durations are intervals of seconds, with what lasted", arguments: [
        ("The call, lasting 12 minutes, ended.", "12 minutes", "[720, 720]", "call"),
        ("The call lasted less than 15 minutes.", "less than 15 minutes", "[0, 900)", "call"),
        ("He was given a 72-hour timeframe.", "72-hour", "[259200, 259200]", "timeframe"),
        ("The hour-long call was tense.", "hour-long", "[3600, 3600]", "call"),
        ("A two-hour meeting followed.", "two-hour", "[7200, 7200]", "meeting"),
        ("The speech lasted 120 minutes.", "120 minutes", "[7200, 7200]", "speech"),
        ("The talk lasted an hour and a half.", "an hour and a half", "[5400, 5400]", "talk"),
        ("The talk lasted about an hour.", "about an hour", "[3240, 3960]", "talk"),
        ("I'll leave for 3h", "3h", "[10800, 10800]", ""),
        ("I'll leave for half an hour", "half an hour", "[1800, 1800]", ""),
        ("I'll leave for 1 year 1 month 21 days", "1 year 1 month 21 days", "[35942400, 35942400]", ""),
        ("I'll leave for a few minutes", "a few minutes", "[120, 300]", ""),
        ("Can we wait another business day?", "another business day", "[86400, 86400]", ""),
        ("The strike lasted two and a half hours.", "two and a half hours", "[9000, 9000]", "strike"),
        ("The siege lasted between 10 and 15 days.", "between 10 and 15 days", "[864000, 1296000]", "siege"),
        ("It was a 40-minute call.", "40-minute", "[2400, 2400]", "call"),
    ])
    func durations(_ sentence: String, _ text: String, _ interval: String, _ subject: String) throws {
        let claim = try #require(ClaimLookup.single(.duration, in: sentence))
        #expect(claim.text == text)
        guard case let .duration(quantity) = claim.value else { return #expect(Bool(false)) }
        #expect(quantity.interval == interval)
        if !subject.isEmpty { #expect(claim.subject == subject) }
    }

    @Test("rates and relative dates are not durations", arguments: [
        "Workers earn $300 a month.", "The plant runs 24 hours a day.", "He calls once a week.",
        "Two days later, the talks failed.", "It happened three weeks ago.",
    ])
    func notDurations(_ sentence: String) {
        let durations = ClaimLookup.claims(.duration, in: sentence)
        #expect(durations.allSatisfy { !["a month", "a day", "a week", "Two days", "three weeks"].contains($0.text) })
    }
}

@Suite("Age claims")
struct AgeClaimTests {
    @Test("ages are years, about the person", arguments: [
        ("For Maduro, 62, the call was a lifeline.", "62", "[62, 62]", "maduro"),
        ("Nicholas, 34, a regime spokesperson, lives there.", "34", "[34, 34]", "nicholas"),
        ("Families like 35-year-old teacher Sofia Ramirez huddle.", "35-year-old", "[35, 35]", "teacher sofia ramirez"),
        ("Carlos Mendoza, aged 41, is a fisherman.", "aged 41", "[41, 41]", "carlos mendoza"),
        ("When she was five years old, she learned to ride.", "five years old", "[5, 5]", "she"),
        ("The Great Wall of China is more than 500 years old.", "more than 500 years old", "(500, inf)", "great wall of china"),
        ("It happened when the baby was only ten months old.", "ten months old", "[0.8333333333333333, 0.8333333333333333]", "baby"),
        ("The patient is a man of age 87 with hypertension.", "age 87", "[87, 87]", ""),
        ("He is about 40 - 50 years old.", "40 - 50 years old", "[40, 50]", "he"),
        ("Maduro, in his 60s, held on.", "in his 60s", "[60, 69]", "maduro"),
    ])
    func ages(_ sentence: String, _ text: String, _ interval: String, _ subject: String) throws {
        let claim = try #require(ClaimLookup.single(.age, in: sentence))
        #expect(claim.text == text)
        guard case let .age(quantity) = claim.value else { return #expect(Bool(false)) }
        #expect(quantity.interval == interval)
        if !subject.isEmpty { #expect(claim.subject == subject) }
    }

    @Test("a number after a place and a comma that counts something is not an age", arguments: [
        "In Caracas, 62 people were arrested.", "On Friday, 29 boats sailed.", "In 2019, 62% voted.",
    ])
    func notAges(_ sentence: String) {
        #expect(ClaimLookup.claims(.age, in: sentence).isEmpty)
    }
}
