import QuizEngine
import Testing

@Suite("attribution-conflict")
struct AttributionConflictTests {
    @Test("the same words credited to two different people are flagged")
    func quoteTwoSpeakers() throws {
        var f = CheckFixture()
        f.article("a", """
        Senator Marco Rubio told reporters: “Offers are fine, but action follows words.”

        President Donald Trump said: “Offers are fine, but action follows words.”
        """)
        f.claim(.quote, "a", "Offers are fine, but action follows words.", .quote(QuoteValue(words: "Offers are fine, but action follows words.", speaker: "Marco Rubio")))
        f.claim(.quote, "a", "Offers are fine, but action follows words.", .quote(QuoteValue(words: "Offers are fine, but action follows words.", speaker: "Donald Trump")), after: "President Donald Trump said:")
        let finding = try #require(f.check([.attributionConflict]).first)
        #expect(finding.summary == "The same quotation is credited to Marco Rubio in one place and to Donald Trump in another.")
    }

    @Test("a quotation the text says was repeated is not flagged")
    func echoed() {
        var f = CheckFixture()
        f.article("a", """
        Senator Marco Rubio told reporters: “Offers are fine, but action follows words.”

        Echoing Rubio, President Donald Trump said: “Offers are fine, but action follows words.”
        """)
        f.claim(.quote, "a", "Offers are fine, but action follows words.", .quote(QuoteValue(words: "Offers are fine, but action follows words.", speaker: "Marco Rubio")))
        f.claim(.quote, "a", "Offers are fine, but action follows words.", .quote(QuoteValue(words: "Offers are fine, but action follows words.", speaker: "Donald Trump")), after: "Donald Trump said:")
        #expect(f.check([.attributionConflict]).isEmpty)
    }

    @Test("a poll figure credited to two pollsters is flagged; two outlets repeating a figure are not")
    func figures() {
        var f = CheckFixture()
        f.article("a", """
        Maduro faces 80% disapproval in an Edison Research poll.

        A Gallup survey found 80% disapproval of Maduro.

        Reuters reported 50 dead in the protests.

        The Herald reported 50 dead in the protests.
        """)
        f.claim(.percentage, "a", "80%", percent(80), subject: "disapproval")
        f.claim(.attribution, "a", "Edison Research", .attribution(source: "Edison Research"))
        f.claim(.attribution, "a", "Gallup", .attribution(source: "Gallup"))
        f.claim(.percentage, "a", "80%", percent(80), subject: "disapproval", after: "Gallup survey found")
        f.claim(.attribution, "a", "Reuters", .attribution(source: "Reuters"))
        f.claim(.number, "a", "50", count(50), subject: "dead")
        f.claim(.attribution, "a", "The Herald", .attribution(source: "The Herald"))
        f.claim(.number, "a", "50", count(50), subject: "dead", after: "The Herald reported")
        let findings = f.check([.attributionConflict])
        #expect(findings.count == 1)
        #expect(findings.first?.citations.map(\.passage) == ["p1.s1", "p2.s1"])
    }
}

@Suite("role-conflict")
struct RoleConflictTests {
    @Test("incompatible roles for one person are flagged", arguments: [
        ("Senator", "Secretary of State"), ("teacher", "nurse"), ("Republican", "Democratic"),
    ])
    func incompatible(first: String, second: String) {
        var f = CheckFixture()
        f.article("a", """
        \(first) Marco Rubio spoke first at the hearing in Washington.

        Later, \(second) Marco Rubio left the hearing in Washington.
        """)
        f.claim(.role, "a", "\(first) Marco Rubio", .role(person: "Marco Rubio", role: first))
        f.claim(.role, "a", "\(second) Marco Rubio", .role(person: "Marco Rubio", role: second))
        #expect(f.check([.roleConflict]).count == 1)
    }

    @Test("compatible, former and dated roles are not flagged", arguments: [
        ("analyst", "former U.S. ambassador", nil as Int?),
        ("foreign minister", "vice president", 2006),
        ("Senator", "former governor", nil),
    ])
    func compatible(first: String, second: String, year: Int?) {
        var f = CheckFixture()
        let when = year.map { " in \($0)" } ?? ""
        f.article("a", """
        \(first) Carlos Pascual spoke\(when) at the hearing in Washington.

        Later, \(second) Carlos Pascual left the hearing in Washington.
        """)
        f.claim(.role, "a", "\(first) Carlos Pascual", .role(person: "Carlos Pascual", role: first), time: year.map(inYear))
        f.claim(.role, "a", "\(second) Carlos Pascual", .role(person: "Carlos Pascual", role: second))
        #expect(f.check([.roleConflict]).isEmpty)
    }

    @Test("two people sharing a surname are not mixed up")
    func twoRodriguez() {
        var f = CheckFixture()
        f.article("a", """
        Maduro asked that his vice president, Delcy Rodríguez, lead the transition.

        Trump has been backchanneling with Maduro's envoy Jorge Rodríguez.

        Rodríguez, the president of the National Assembly, denied it.
        """)
        f.claim(.role, "a", "vice president, Delcy Rodríguez", .role(person: "Delcy Rodríguez", role: "vice president"))
        f.claim(.role, "a", "envoy Jorge Rodríguez", .role(person: "Jorge Rodríguez", role: "envoy"))
        f.claim(.role, "a", "Rodríguez, the president of the National Assembly", .role(person: "Rodríguez", role: "president of the National Assembly"))
        #expect(f.check([.roleConflict]).isEmpty)
    }
}

@Suite("timeline-conflict")
struct TimelineConflictTests {
    @Test("an ordering word that contradicts the dates around it is flagged")
    func orderingInSentence() throws {
        var f = CheckFixture()
        f.article("a", "Maduro became vice president in 2012, after serving as foreign minister from 2013.\n")
        f.claim(.year, "a", "2012", .year(2012))
        f.claim(.year, "a", "2013", .year(2013))
        let finding = try #require(f.check([.timelineConflict]).first)
        #expect(finding.summary == "2012 cannot come after 2013.")
    }

    @Test("an ordering that fits the dates is not flagged")
    func rightOrder() {
        var f = CheckFixture()
        f.article("a", "He climbed to foreign minister in 2006, then vice president in 2012.\n")
        f.claim(.year, "a", "2006", .year(2006))
        f.claim(.year, "a", "2012", .year(2012))
        #expect(f.check([.timelineConflict]).isEmpty)
    }

    @Test("an event said to follow another that the story dates later is flagged")
    func againstEventDate() {
        var f = CheckFixture()
        f.article("a", """
        The council vote took place on March 5.

        Teachers walked out on March 3, after the vote.
        """)
        f.claim(.date, "a", "March 5", onDay(2025, 3, 5))
        f.claim(.date, "a", "March 3", onDay(2025, 3, 3))
        #expect(f.check([.timelineConflict]).count == 1)
    }

    @Test("a past-tense event dated after publication is flagged; a scheduled one is not")
    func afterPublication() {
        var f = CheckFixture()
        f.article("a", published: "2025-12-02", """
        The summit was held on December 12, 2025 in Geneva.

        The next round is scheduled for December 20, 2025.
        """)
        f.claim(.date, "a", "December 12, 2025", onDay(2025, 12, 12))
        f.claim(.date, "a", "December 20, 2025", onDay(2025, 12, 20))
        let findings = f.check([.timelineConflict])
        #expect(findings.count == 1)
        #expect(findings.first?.citations.first?.passage == "p1.s1")
    }
}
