import QuizEngine
import Testing

@Suite("Number claims")
struct NumberClaimTests {
    struct Case: Sendable, CustomStringConvertible {
        let sentence: String
        let text: String
        let interval: String
        let subject: String
        var description: String { text }
    }

    @Test("counts in digits and words are found with their scale, hedge and subject", arguments: [
        Case(sentence: "He proposed three conditions.", text: "three", interval: "[3, 3]", subject: "conditions"),
        Case(sentence: "Sanctions on more than a hundred high-ranking officials were lifted.", text: "more than a hundred",
             interval: "(100, inf)", subject: "high-ranking officials"),
        Case(sentence: "The hashtag trended with 1.5 million posts.", text: "1.5 million", interval: "[1500000, 1500000]", subject: "posts"),
        Case(sentence: "In Little Havana, 200 gathered at a restaurant.", text: "200", interval: "[200, 200]", subject: "gathered"),
        Case(sentence: "A nation where 5.4 million face acute hunger.", text: "5.4 million", interval: "[5400000, 5400000]",
             subject: "face acute hunger"),
        Case(sentence: "Forces destroyed over 20 vessels.", text: "over 20", interval: "(20, inf)", subject: "vessels"),
        Case(sentence: "The war left 7 million refugees.", text: "7 million", interval: "[7000000, 7000000]", subject: "refugees"),
        Case(sentence: "Nearly 7 million people left.", text: "Nearly 7 million", interval: "[6300000, 7000000]", subject: "people"),
        Case(sentence: "About 500 troops arrived.", text: "About 500", interval: "[450, 550]", subject: "troops"),
        Case(sentence: "At least twenty-one people died.", text: "At least twenty-one", interval: "[21, inf)", subject: "people"),
        Case(sentence: "Up to 40 ships were seen.", text: "Up to 40", interval: "[0, 40]", subject: "ships"),
        Case(sentence: "Fewer than 30 protesters stayed.", text: "Fewer than 30", interval: "[0, 30)", subject: "protesters"),
        Case(sentence: "One hundred and six officials signed.", text: "One hundred and six", interval: "[106, 106]", subject: "officials"),
        Case(sentence: "Between 10 and 15 boats sank.", text: "Between 10 and 15", interval: "[10, 15]", subject: "boats"),
        Case(sentence: "Turnout rose from 20 to 35 voters.", text: "from 20 to 35", interval: "[20, 35]", subject: "voters"),
        Case(sentence: "They counted 2 to 3 million ballots.", text: "2 to 3 million", interval: "[2000000, 3000000]", subject: "ballots"),
        Case(sentence: "Hundreds of protesters marched.", text: "Hundreds", interval: "[200, 999]", subject: "protesters"),
        Case(sentence: "Tens of thousands of people fled.", text: "Tens of thousands", interval: "[20000, 99000]", subject: "people"),
        Case(sentence: "The fund holds half a million bonds.", text: "half a million", interval: "[500000, 500000]", subject: "bonds"),
        Case(sentence: "Some five and a half million fish died.", text: "Some five and a half million", interval: "[4950000, 6050000]",
             subject: "fish"),
        Case(sentence: "Two thirds of voters agreed.", text: "Two thirds", interval: "[0.6666666666666666, 0.6666666666666666]",
             subject: "voters"),
        Case(sentence: "A 50-plus crowd waited.", text: "50-plus", interval: "[50, inf)", subject: "crowd"),
        Case(sentence: "Police detained 2,500 people.", text: "2,500", interval: "[2500, 2500]", subject: "people"),
        Case(sentence: "The firm cut 10k jobs.", text: "10k", interval: "[10000, 10000]", subject: "jobs"),
        Case(sentence: "They bought three dozen eggs.", text: "three dozen", interval: "[36, 36]", subject: "eggs"),
        Case(sentence: "The reading was two hundred point zero three units.", text: "two hundred point zero three",
             interval: "[200.03, 200.03]", subject: "units"),
        Case(sentence: "I can give you 3 hundred and 21 coins.", text: "3 hundred and 21", interval: "[321, 321]", subject: "coins"),
        Case(sentence: "Nearly 3/4 of voters agreed.", text: "Nearly 3/4", interval: "[0.675, 0.75]", subject: "voters"),
        Case(sentence: "The trail runs 2 1/4 miles.", text: "2 1/4", interval: "[2.25, 2.25]", subject: "miles"),
    ])
    func numbers(_ example: Case) throws {
        let claim = try #require(ClaimLookup.single(.number, in: example.sentence))
        #expect(claim.text == example.text)
        guard case let .number(quantity) = claim.value else {
            Issue.record("not a number value: \(claim.value)")
            return
        }
        #expect(quantity.interval == example.interval)
        #expect(claim.subject == example.subject)
    }

    @Test("ordinals, times, codes, list markers and a lone 'one' are not counts", arguments: [
        "It was the 21st century.",
        "The meeting starts at 5 p.m. today.",
        "The meeting starts at 10:30 sharp.",
        "Lockheed sold F-35 fighters and G7 leaders met.",
        "It happened for the second time.",
        "One of the refugees spoke.",
        "1. Judicial immunity guarantees for him.",
        "Watch the COVID-19 briefing.",
        "It is the first half of the match.",
    ])
    func notCounts(_ sentence: String) {
        #expect(ClaimLookup.claims(.number, in: sentence).isEmpty)
    }

    @Test("numbers inside web addresses are left alone")
    func links() {
        #expect(ArticleFixture.claims("Read https://example.com/report?year=2024&share=30%25 now.").isEmpty)
    }
}
