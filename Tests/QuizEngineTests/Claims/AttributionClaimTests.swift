import QuizEngine
import Testing

@Suite("Attributions: where reported information comes from")
struct AttributionClaimTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let body: String
        let text: String
        let sources: [String]
        var testDescription: String { body }
    }

    static let cases: [Case] = [
        Case(body: "“You must leave,” Trump said, according to Axios sources, during the call.",
             text: "according to Axios sources", sources: ["Axios"]),
        Case(body: "Reuters reported that the call lasted 12 minutes.", text: "Reuters reported", sources: ["Reuters"]),
        Case(body: "Maduro faced 80% disapproval per Edison Research last month.",
             text: "per Edison Research", sources: ["Edison Research"]),
        Case(body: "One of 7 million refugees since 2014 per UNHCR data, she left.", text: "per UNHCR data", sources: ["UNHCR"]),
        Case(body: "His reelection was boycotted by 80% of voters per opposition estimates.",
             text: "per opposition estimates", sources: ["opposition estimates"]),
        Case(body: "Sources consulted by Reuters assert that Trump rejected nearly all the conditions.",
             text: "Sources consulted by Reuters assert", sources: ["Reuters"]),
        Case(body: "After the breakup, sources cited by Reuters report that the regime attempted to reopen channels.",
             text: "sources cited by Reuters report", sources: ["Reuters"]),
        Case(body: "According to the Miami Herald, the goal of the call was to avoid a confrontation.",
             text: "According to the Miami Herald", sources: ["Miami Herald"]),
        Case(body: "A U.S. official told the outlet that a negotiated exit \"is not ruled out.\"",
             text: "A U.S. official told", sources: ["a U.S. official"]),
        Case(body: "The call, lasting 12 minutes and verified by sources close to both leaders in a November 29 Axios report, ended badly.",
             text: "verified by sources close to both leaders in a November 29 Axios report", sources: ["Axios"]),
        Case(body: "New revelations from Reuters and the Miami Herald confirm that Maduro requested amnesty.",
             text: "New revelations from Reuters and the Miami Herald confirm", sources: ["Reuters", "Miami Herald"]),
        Case(body: "The call lasted 12 minutes, Bloomberg reported.", text: "Bloomberg reported", sources: ["Bloomberg"]),
        Case(body: "According to people familiar with the talks, the offer expired.",
             text: "According to people familiar with the talks", sources: ["people familiar with the talks"]),
        Case(body: "Officials said the deal was off.", text: "Officials said", sources: ["officials"]),
        Case(body: "The storm dropped 180 millimetres of rain, according to the weather institute IPMA.",
             text: "according to the weather institute IPMA", sources: ["IPMA"]),
        Case(body: "Damage is estimated at €310 million, the regional authority said.",
             text: "the regional authority said", sources: ["regional authority"]),
        Case(body: "The poll, carried out by YouGov, found that 62% of parents back the teachers.",
             text: "carried out by YouGov", sources: ["YouGov"]),
        Case(body: "The European Commission said it would finish its review.", text: "The European Commission said", sources: ["European Commission"]),
        Case(body: "Shares rose 3% in New York, per data from LSEG.", text: "per data from LSEG", sources: ["LSEG"]),
        Case(body: "Revenue was $95 billion, according to a filing with the Securities and Exchange Commission.",
             text: "according to a filing with the Securities and Exchange Commission", sources: ["Securities and Exchange Commission"]),
    ]

    @Test("sources are recognised and normalised", arguments: cases)
    func attributionCases(_ example: Case) {
        let claims = PeopleClaimFixtures.claims(.attribution, in: example.body)
        #expect(claims.compactMap(\.attributionSource) == example.sources)
        #expect(claims.allSatisfy { $0.text == example.text })
    }

    @Test("“the cited sources” points back to the sources named before it")
    func anaphoricSourcesResolve() {
        let body = """
        New revelations from Reuters and the Miami Herald confirm that Maduro requested amnesty.

        According to the cited sources, the Venezuelan leader proposed three conditions.
        """
        let claims = PeopleClaimFixtures.claims(.attribution, in: body).filter { $0.passage == "p2.s1" }
        #expect(claims.compactMap(\.attributionSource) == ["Reuters", "Miami Herald"])
    }

    @Test("the subject is what is attributed: the reported clause's key words")
    func subjectIsTheReportedContent() throws {
        let claim = try #require(PeopleClaimFixtures.claims(.attribution, in: "Sources consulted by Reuters assert that Trump rejected nearly all the conditions.").first)
        #expect(claim.subject == "trump rejected conditions")
        let figure = try #require(PeopleClaimFixtures.claims(.attribution, in: "Maduro, facing army defections and 80% disapproval per Edison Research, listened.").first)
        #expect(figure.subject == "disapproval")
    }

    @Test("the same report credited to different sources gets the same subject")
    func sameReportSameSubject() throws {
        let axios = try #require(PeopleClaimFixtures.claims(.attribution, in: "The call lasted 12 minutes, according to Axios.").first)
        let reuters = try #require(PeopleClaimFixtures.claims(.attribution, in: "Reuters reported that the call lasted 12 minutes.").first)
        #expect(axios.attributionSource == "Axios")
        #expect(reuters.attributionSource == "Reuters")
        #expect(axios.subject == reuters.subject)
        // The reported content is a figure, so the subject is the figure's: what lasted 12 minutes.
        #expect(axios.subject == "call")
    }

    static let seedAttributions: [(PeopleClaimFixtures.Seed, String, [String])] = [
        (.secretCall, "verified by sources close to both leaders in a November 29 Axios report", ["Axios"]),
        (.secretCall, "per opposition estimates", ["opposition estimates"]),
        (.secretCall, "according to Axios sources", ["Axios"]),
        (.secretCall, "per Edison Research", ["Edison Research"]),
        (.secretCall, "per UNHCR data", ["UNHCR"]),
        (.cibercuba, "New leaks reveal", ["new leaks"]),
        (.cibercuba, "New revelations from Reuters and the Miami Herald confirm", ["Reuters", "Miami Herald"]),
        (.cibercuba, "According to the cited sources", ["Reuters", "Miami Herald"]),
        (.cibercuba, "Sources consulted by Reuters assert", ["Reuters"]),
        (.cibercuba, "According to the Miami Herald", ["Miami Herald"]),
        (.cibercuba, "sources cited by Reuters report", ["Reuters"]),
        (.cibercuba, "A U.S. official told", ["a U.S. official"]),
    ]

    @Test("every attribution in the seed articles, and nothing else")
    func seedAttributionsAreAllFound() {
        for seed in PeopleClaimFixtures.Seed.allCases {
            let claims = PeopleClaimFixtures.seedClaims(.attribution, seed: seed)
            let expected = Self.seedAttributions.filter { $0.0 == seed }
            #expect(claims.count == expected.reduce(0) { $0 + $1.2.count }, "\(seed)")
            for (_, text, sources) in expected {
                #expect(claims.filter { $0.text == text }.compactMap(\.attributionSource) == sources, "\(text)")
            }
        }
    }

    static let noAttribution = [
        "The country was once the world's richest per capita.",
        "Poverty reached 96 per cent, and wages were $3 per day.",
        "Trump said the talks had failed.",
        "The report, long and detailed, was read aloud.",
        "Maduro denied having requested amnesty.",
        "Analysts interpreted the closure as the end of the ultimatum.",
        "The bill, drafted by Senator Marco Rubio, passed.",
    ]

    @Test("figures divided per unit, people speaking and reports mentioned are not attributions", arguments: noAttribution)
    func noAttributionClaims(_ body: String) {
        #expect(PeopleClaimFixtures.claims(.attribution, in: body).isEmpty)
    }

    @Test("a source vouching for a figure takes the figure's subject, and a date inside it is its time")
    func figureSubjectAndTime() throws {
        let text = "The call, lasting 12 minutes and verified by sources in a November 29 Axios report, ended."
        let minutes = Quantity(stated: 720)
        let november29 = DateValue.day(CalendarDate(year: 2025, month: 11, day: 29)!, yearInferred: true)
        let claim = try #require(PeopleClaimFixtures.recognize(.attribution, in: text, after: [
            ("12 minutes", .duration, .duration(minutes)), ("November 29", .date, .date(november29)),
        ]).first)
        #expect(claim.attributionSource == "Axios")
        #expect(claim.time == november29)
        // The duration claim came without a subject here, so the key words stand in.
        #expect(claim.subject == "call lasting")
    }

    @Test("the subject of the figure a source vouches for is the attribution's subject")
    func figureSubjectWins() throws {
        let text = "Maduro faced 80% disapproval per Edison Research."
        let figure = (words: "80% disapproval", kind: ClaimKind.percentage, value: ClaimValue.percentage(Quantity(stated: 0.8)))
        let metadata = ArticleMetadata(id: "test", title: "Test")
        let passage = Passage(paragraph: 1, sentence: 1, text: text, range: 0..<text.utf8.count)
        let start = text.utf8.distance(from: text.startIndex, to: text.range(of: figure.words)!.lowerBound)
        let claim = Claim(kind: .percentage, article: "test", passage: passage.id, range: start..<(start + figure.words.utf8.count),
                          text: figure.words, value: figure.value, subject: "disapproval rating")
        let context = SentenceContext(article: metadata, passage: passage, previous: nil, next: nil, earlierClaims: [], claimsInSentence: [claim])
        let recognizer = try #require(ClaimExtractor.recognizers.first { $0.kinds.contains(.attribution) })
        let attribution = try #require(recognizer.claims(in: context).first)
        #expect(attribution.subject == "disapproval rating")
    }
}
