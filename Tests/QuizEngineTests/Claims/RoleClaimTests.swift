import QuizEngine
import Testing

@Suite("People with roles and titles")
struct RoleClaimTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let body: String
        let text: String
        let person: String
        let role: String
        var testDescription: String { body }
    }

    static let cases: [Case] = [
        Case(body: "Skeptics like Sen. Marco Rubio spoke.", text: "Sen. Marco Rubio", person: "Marco Rubio", role: "senator"),
        Case(body: "The talks involved U.S. envoy Steve Witkoff.", text: "U.S. envoy Steve Witkoff", person: "Steve Witkoff", role: "U.S. envoy"),
        Case(body: "It sparked protests, with opposition leader Edmundo González claiming victory.",
             text: "opposition leader Edmundo González", person: "Edmundo González", role: "opposition leader"),
        Case(body: "He allowed a transition led by his vice president, Delcy Rodríguez.",
             text: "vice president, Delcy Rodríguez", person: "Delcy Rodríguez", role: "vice president"),
        Case(body: "The haze hung as Venezuelan President Nicolás Maduro paced the halls.",
             text: "Venezuelan President Nicolás Maduro", person: "Nicolás Maduro", role: "Venezuelan president"),
        Case(body: "Trump was backchanneling with Maduro’s envoy Jorge Rodríguez in October.",
             text: "Maduro’s envoy Jorge Rodríguez", person: "Jorge Rodríguez", role: "Maduro’s envoy"),
        Case(body: "Families like 35-year-old teacher Sofia Ramirez huddle in kitchens.",
             text: "teacher Sofia Ramirez", person: "Sofia Ramirez", role: "teacher"),
        Case(body: "His son Nicolás “Nicholas” Maduro Guerra was seen. Nicholas, 34, a regime spokesperson, lives well.",
             text: "Nicholas, 34, a regime spokesperson", person: "Nicolás Maduro Guerra", role: "regime spokesperson"),
        Case(body: "For Carlos Mendoza, 41, a fisherman in Puerto La Cruz, it is a dream.",
             text: "Carlos Mendoza, 41, a fisherman", person: "Carlos Mendoza", role: "fisherman"),
        Case(body: "The quote came from Carlos Pascual, a former U.S. ambassador, on Monday.",
             text: "Carlos Pascual, a former U.S. ambassador", person: "Carlos Pascual", role: "former U.S. ambassador"),
        Case(body: "Maduro’s family, including wife Cilia Flores, lives well.", text: "wife Cilia Flores", person: "Cilia Flores", role: "wife"),
        Case(body: "The statement came from Venezuelan exile analyst Carlos Pascual.",
             text: "Venezuelan exile analyst Carlos Pascual", person: "Carlos Pascual", role: "Venezuelan exile analyst"),
        Case(body: "María Corina Machado, 58, is the leader of the opposition.",
             text: "María Corina Machado, 58, is the leader", person: "María Corina Machado", role: "leader"),
        Case(body: "Delcy Rodríguez, vice president of Venezuela, did not reply.",
             text: "Delcy Rodríguez, vice president of Venezuela", person: "Delcy Rodríguez", role: "vice president of Venezuela"),
        Case(body: "Foreign Minister Yván Gil spoke to reporters.", text: "Foreign Minister Yván Gil", person: "Yván Gil", role: "foreign minister"),
        Case(body: "Civil protection commander Rui Sousa said the water rose.",
             text: "Civil protection commander Rui Sousa", person: "Rui Sousa", role: "civil protection commander"),
        Case(body: "Ingrid Halvorsen, the founder and chief executive of Halvorsen Robotics, spoke.",
             text: "Ingrid Halvorsen, the founder and chief executive of Halvorsen Robotics", person: "Ingrid Halvorsen",
             role: "founder and chief executive of Halvorsen Robotics"),
        Case(body: "Sam Okafor, Brightline's chief executive, gets a bonus.",
             text: "Sam Okafor, Brightline's chief executive", person: "Sam Okafor", role: "Brightline's chief executive"),
        Case(body: "Lena Fischer, a former ambassador to Spain, has mediated before.",
             text: "Lena Fischer, a former ambassador to Spain", person: "Lena Fischer", role: "former ambassador to Spain"),
        Case(body: "The plan was presented by CEO Tim Cook on Monday.", text: "CEO Tim Cook", person: "Tim Cook", role: "CEO"),
        Case(body: "White House spokeswoman Karoline Leavitt told reporters.",
             text: "White House spokeswoman Karoline Leavitt", person: "Karoline Leavitt", role: "White House spokeswoman"),
    ]

    @Test("roles before, after and around names", arguments: cases)
    func roleCases(_ example: Case) throws {
        let claims = PeopleClaimFixtures.claims(.role, inOneSentence: example.body)
        let claim = try #require(claims.first { $0.text == example.text }, "\(claims.map(\.text))")
        #expect(claim.roleValue?.person == example.person)
        #expect(claim.roleValue?.role == example.role)
        #expect(claim.subject == example.person.lowercased())
    }

    static let seedRoles: [(PeopleClaimFixtures.Seed, String, String)] = [
        (.secretCall, "Nicolás Maduro", "Venezuelan president"),
        (.secretCall, "Edmundo González", "opposition leader"),
        (.secretCall, "Donald Trump", "president"),
        (.secretCall, "Carlos Pascual", "Venezuelan exile analyst"),
        (.secretCall, "Carlos Pascual", "former U.S. ambassador"),
        (.secretCall, "Cilia Flores", "wife"),
        (.secretCall, "Nicolás Maduro Guerra", "son"),
        (.secretCall, "Steve Witkoff", "U.S. envoy"),
        (.secretCall, "Sofia Ramirez", "teacher"),
        (.secretCall, "Nicolás Maduro Guerra", "regime spokesperson"),
        (.secretCall, "Carlos Mendoza", "fisherman"),
        (.secretCall, "María Corina Machado", "exile leader"),
        (.secretCall, "Jorge Rodríguez", "Maduro’s envoy"),
        (.secretCall, "Marco Rubio", "senator"),
        (.cibercuba, "Nicolás Maduro", "Venezuelan president"),
        (.cibercuba, "Delcy Rodríguez", "vice president"),
        (.cibercuba, "Cilia Flores", "wife"),
    ]

    @Test("the roles of the seed articles' people")
    func seedRoles() {
        for seed in PeopleClaimFixtures.Seed.allCases {
            let found = PeopleClaimFixtures.seedClaims(.role, seed: seed).compactMap(\.roleValue).map { "\($0.person): \($0.role)" }
            let expected = Self.seedRoles.filter { $0.0 == seed }.map { "\($0.1): \($0.2)" }
            for role in expected { #expect(found.contains(role), "\(seed): \(role)") }
            let extra = Set(found).subtracting(expected)
            #expect(extra.isEmpty, "\(seed): \(extra)")
        }
    }

    static let noRoles = [
        "The call was a clandestine bid by Trump to broker Maduro’s exit.",
        "Since September, the aircraft carrier USS Gerald R. Ford has been deployed.",
        "Maduro, 62, whose 11-year rule has left Venezuela in ruins, listened.",
        "Machado, barred from 2024 races, sees it as leverage.",
        "Trump, fresh from his January inauguration, urged Maduro to flee.",
        "The president and the minister met in Caracas.",
        "“The ambassador Carlos Pascual is wrong,” a reader wrote.",
    ]

    @Test("verbs, ships, ages and unnamed officials give no role", arguments: noRoles)
    func noRoleClaims(_ body: String) {
        #expect(PeopleClaimFixtures.claims(.role, in: body).isEmpty)
    }

    @Test("a year written right after a role dates it")
    func roleTime() throws {
        let role = try #require(PeopleClaimFixtures.recognize(
            .role, in: "Maria Lopes became union president in 2019, after years as treasurer.", after: [("2019", .year, .year(2019))]
        ).first)
        #expect(role.roleValue?.role == "union president")
        #expect(role.time == PeopleClaimFixtures.year(2019))
    }
}
