import QuizEngine
import Testing

@Suite("Locations: people and events placed somewhere")
struct LocationClaimTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let body: String
        let entity: String
        let place: String
        var testDescription: String { body }
    }

    static let cases: [Case] = [
        Case(body: "In a secure line from Mar-a-Lago, where President Donald Trump sat with advisors, a voice spoke.",
             entity: "Donald Trump", place: "Mar-a-Lago"),
        Case(body: "The stakes unfold in Caracas neighborhoods where families like 35-year-old teacher Sofia Ramirez huddle in kitchens.",
             entity: "Sofia Ramirez", place: "Caracas"),
        Case(body: "Teacher Sofia Ramirez, who fled to Colombia in 2023, watches from afar.", entity: "Sofia Ramirez", place: "Colombia"),
        Case(body: "Teacher Sofia Ramirez posted it. Refugees shared stories—Sofia’s TikTok from Bogotá garnered views.",
             entity: "Sofia Ramirez", place: "Bogotá"),
        Case(body: "In Little Havana, 200 gathered at Versailles restaurant on November 30.", entity: "200 gathered", place: "Versailles restaurant"),
        Case(body: "His son Nicolás “Nicholas” Maduro Guerra is 34. Nicholas, 34, a regime spokesperson, lives in a Caracas high-rise.",
             entity: "Nicolás Maduro Guerra", place: "Caracas"),
        Case(body: "For Carlos Mendoza, 41, a fisherman in Puerto La Cruz, the call is a dream.", entity: "Carlos Mendoza", place: "Puerto La Cruz"),
        Case(body: "Trump called a National Security Council meeting at the White House to assess options.",
             entity: "National Security Council meeting", place: "White House"),
        Case(body: "Born in 1962 in Caracas to a union organizer father, Nicolás Maduro drove buses.", entity: "Nicolás Maduro", place: "Caracas"),
        Case(body: "Opposition leader Edmundo González, 76, lives in exile in Madrid.", entity: "Edmundo González", place: "Madrid"),
        Case(body: "Negotiations over the hostages began on September 18 in Vienna.", entity: "talks", place: "Vienna"),
        Case(body: "In Paris, where the summit was held, President Emmanuel Macron welcomed 60 leaders.", entity: "summit", place: "Paris"),
        Case(body: "The talks, held at the Palais des Nations in Geneva, resumed.", entity: "talks", place: "Palais des Nations"),
        Case(body: "The talks, held at the Palais des Nations in Geneva, resumed.", entity: "talks", place: "Geneva"),
        Case(body: "Tomás Rivera, now recovering at home in Santiago, spoke.", entity: "Tomás Rivera", place: "Santiago"),
        Case(body: "Climber Tomás Rivera is recovering in a hospital in Mendoza.", entity: "Tomás Rivera", place: "Mendoza"),
        Case(body: "Marta Pires, 67, who was born in Régua in 1957, watched.", entity: "Marta Pires", place: "Régua"),
        Case(body: "Ingrid Halvorsen, speaking from the company's headquarters in Oslo, said no jobs would go.",
             entity: "Ingrid Halvorsen", place: "Oslo"),
    ]

    @Test("people and events are placed, with their full names", arguments: cases)
    func locationCases(_ example: Case) throws {
        let claims = PeopleClaimFixtures.claims(.location, in: example.body)
        let claim = try #require(claims.first { $0.locationValue?.place == example.place }, "\(claims.map(\.text))")
        #expect(claim.locationValue?.entity == example.entity)
        #expect(claim.subject == example.entity.lowercased())
    }

    @Test("the seed feature places Trump, Maduro, Sofia Ramirez, Nicholas, Mendoza and the gathering")
    func seedLocations() {
        let found = Set(PeopleClaimFixtures.seedClaims(.location, seed: .secretCall).compactMap(\.locationValue).map { "\($0.entity) @ \($0.place)" })
        #expect(found == [
            "Donald Trump @ Mar-a-Lago", "Nicolás Maduro @ Caracas", "Sofia Ramirez @ Caracas", "Sofia Ramirez @ Colombia",
            "Nicolás Maduro Guerra @ Caracas", "Carlos Mendoza @ Puerto La Cruz", "200 gathered @ Versailles restaurant",
            "Sofia Ramirez @ Bogotá",
        ])
        let cibercuba = PeopleClaimFixtures.seedClaims(.location, seed: .cibercuba).compactMap(\.locationValue)
        #expect(cibercuba.map { "\($0.entity) @ \($0.place)" } == ["National Security Council meeting @ White House"])
    }

    @Test("a move holds from its date to the article's date, so the old place no longer holds")
    func moveTimeRunsToPublication() throws {
        let published = CalendarDate(year: 2025, month: 12, day: 1)
        let claims = PeopleClaimFixtures.recognize(.location, in: "Teacher Sofia Ramirez, who fled to Colombia in 2023, watches from afar.",
                                                   after: [("2023", .year, .year(2023))], published: published)
        let claim = try #require(claims.first)
        #expect(claim.locationValue?.place == "Colombia")
        #expect(claim.time?.precision == .range)
        #expect(claim.time?.earliest == CalendarDate(year: 2023, month: 1, day: 1))
        #expect(claim.time?.latest == published)
    }

    @Test("a stay or gathering takes the date the sentence gives")
    func stayTakesTheDate() throws {
        let november30 = DateValue.day(CalendarDate(year: 2025, month: 11, day: 30)!)
        let claims = PeopleClaimFixtures.recognize(.location, in: "In Little Havana, 200 gathered at Versailles restaurant on November 30, toasting freedom.",
                                                   after: [("November 30", .date, .date(november30))])
        let claim = try #require(claims.first)
        #expect(claim.time == november30)
    }

    @Test("without a date in the sentence a location has no time")
    func noDateNoTime() {
        let claims = PeopleClaimFixtures.recognize(.location, in: "Nicholas, 34, a regime spokesperson, lives in a Caracas high-rise.", after: [])
        #expect(claims.first?.time == nil)
    }

    static let noLocations = [
        "Families huddle in candlelit kitchens amid blackouts.",
        "Maduro refused to leave Venezuela.",
        "The call was made in October.",
        "Exiles in Miami weave optimism with skepticism.",
        "Trump ordered the closure of Venezuelan airspace.",
        "Teacher Sofia Ramirez fled from Caracas.",
        "The talks collapsed after rebels opened fire in Serra.",
        "Aid workers held in northern Valdoria were freed.",
    ]

    @Test("places that no named person or event is put in give no location", arguments: noLocations)
    func noLocationClaims(_ body: String) {
        #expect(PeopleClaimFixtures.claims(.location, in: body).isEmpty)
    }

    @Test("the gazetteer knows which places lie within which")
    func gazetteerContainment() {
        #expect(PlaceGazetteer.isWithin("Bogotá", "Colombia"))
        #expect(PlaceGazetteer.isWithin("Little Havana", "United States"))
        #expect(PlaceGazetteer.areCompatible("Colombia", "Bogotá"))
        #expect(!PlaceGazetteer.areCompatible("Caracas", "Colombia"))
        #expect(!PlaceGazetteer.areCompatible("Mar-a-Lago", "Miraflores Palace"))
        #expect(PlaceGazetteer.container(of: "Puerto La Cruz") == "Venezuela")
    }
}
