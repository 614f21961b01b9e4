import QuizEngine
import Testing

@Suite("Quotes and their speakers")
struct QuoteClaimTests {
    /// Every direct quotation of the seed feature, by its first words, and who says it.
    static let secretCallSpeakers: [(String, String?)] = [
        ("Nicolás, you have to leave Venezuela in order", "Donald Trump"),
        ("Nicolás clung to power", "Carlos Pascual"),
        ("America First", nil),
        ("You must leave in order", "Donald Trump"),
        ("I’ll consider it", "Nicolás Maduro"),
        ("It’s pragmatic", "Carlos Pascual"),
        ("the man who could end the hunger", nil),
        ("Trump’s call could free us", "Sofia Ramirez"),
        ("Maduro’s outlasted storms", "Carlos Mendoza"),
        ("¡Libertad!", nil),
        ("Trump’s offer is a crack in the wall", "María Corina Machado"),
        ("Trump’s call could mean home", "Sofia Ramirez"),
        ("Offers are fine", "Marco Rubio"),
        ("Nicolás, you have to leave to save", "Donald Trump"),
        ("Quiet pressure for big wins", "Carlos Pascual"),
    ]

    static let cibercubaSpeakers: [(String, String?)] = [
        ("interim government", nil),
        ("is not ruled out", "a U.S. official"),
        ("regime change to seize", nil),
        ("new pressure measures", nil),
        ("an imperialist aggression", "Cuba"),
    ]

    @Test("every quotation of the secret-call feature gets its speaker, and quoted terms none")
    func secretCallSpeakersAreRight() {
        let quotes = PeopleClaimFixtures.seedClaims(.quote, seed: .secretCall)
        #expect(quotes.count == Self.secretCallSpeakers.count)
        for (words, speaker) in Self.secretCallSpeakers {
            let matching = quotes.filter { $0.quoteValue?.words.hasPrefix(words) == true }
            #expect(matching.count == 1, "\(words)")
            #expect(matching.first?.quoteValue?.speaker == speaker, "\(words)")
            #expect(matching.first?.subject == (speaker?.lowercased() ?? ""), "\(words)")
        }
    }

    @Test("every quotation of the CiberCuba report gets its speaker, and quoted terms none")
    func cibercubaSpeakersAreRight() {
        let quotes = PeopleClaimFixtures.seedClaims(.quote, seed: .cibercuba)
        #expect(quotes.count == Self.cibercubaSpeakers.count)
        for (words, speaker) in Self.cibercubaSpeakers {
            let matching = quotes.filter { $0.quoteValue?.words.hasPrefix(words) == true }
            #expect(matching.count == 1, "\(words)")
            #expect(matching.first?.quoteValue?.speaker == speaker, "\(words)")
        }
    }

    @Test("a quotation running over two sentences is one claim holding all its words")
    func multiSentenceQuotation() throws {
        let quotes = PeopleClaimFixtures.seedClaims(.quote, seed: .secretCall)
        let pascual = try #require(quotes.first { $0.quoteValue?.words.hasPrefix("It’s pragmatic") == true })
        #expect(pascual.quoteValue?.words == "It’s pragmatic—avoid chaos like Libya’s, get a dictator out quietly. But Maduro’s pride runs deep; he saw it as weakness.")
        #expect(pascual.text.hasPrefix("It’s pragmatic—avoid chaos"))
        #expect(!quotes.contains { $0.quoteValue?.words.hasPrefix("But Maduro’s pride") == true })
    }

    @Test("the nickname in Nicolás “Nicholas” Maduro Guerra is not a quotation")
    func nicknameIsNotAQuote() {
        let quotes = PeopleClaimFixtures.claims(.quote, in: "Maduro’s family includes his son Nicolás “Nicholas” Maduro Guerra.")
        #expect(quotes.isEmpty)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let body: String
        let words: String
        let speaker: String?
        let verb: String?
        var testDescription: String { body }
    }

    static let cases: [Case] = [
        Case(body: "“We will not negotiate,” Foreign Minister Yván Gil told reporters.",
             words: "We will not negotiate", speaker: "Yván Gil", verb: "told"),
        Case(body: "\"This is the end of an era,\" said Ana López, a historian at the university.",
             words: "This is the end of an era", speaker: "Ana López", verb: "said"),
        Case(body: "\"This is the end of an era,\" said Dr. Ana López on Monday.",
             words: "This is the end of an era", speaker: "Ana López", verb: "said"),
        Case(body: "“You must leave in order to save yourself,” Donald Trump reportedly said.",
             words: "You must leave in order to save yourself", speaker: "Donald Trump", verb: "reportedly said"),
        Case(body: "Opposition leader Edmundo González spoke first. “We won,” he said.",
             words: "We won", speaker: "Edmundo González", verb: "said"),
        Case(body: "Carlos Pascual, a former ambassador, was asked about the call.\n\n“It was theatre,” Pascual said.",
             words: "It was theatre", speaker: "Carlos Pascual", verb: "said"),
        Case(body: "“Leave now,” Pascual said on Monday. Later, analyst Carlos Pascual repeated it.",
             words: "Leave now", speaker: "Carlos Pascual", verb: "said"),
        Case(body: "Exile leader María Corina Machado tweeting, “Take it for your people.”",
             words: "Take it for your people.", speaker: "María Corina Machado", verb: "tweeting"),
        Case(body: "Sen. Marco Rubio, who sanctioned Maduro in 2017, cautioned: “Offers are fine.”",
             words: "Offers are fine.", speaker: "Marco Rubio", verb: "cautioned"),
        Case(body: "For Carlos Pascual, the message was clear: “Quiet pressure wins.”",
             words: "Quiet pressure wins.", speaker: "Carlos Pascual", verb: nil),
        Case(body: "Opposition leader Edmundo González listened in silence, his answer a curt “I’ll think about it.”",
             words: "I’ll think about it.", speaker: "Edmundo González", verb: nil),
        Case(body: "A senior official told Reuters that the talks were \"effectively dead\" for now.",
             words: "effectively dead", speaker: "a senior official", verb: "told"),
        Case(body: "“We will win,” said exile leader María Corina Machado. “The regime is finished.”",
             words: "The regime is finished.", speaker: "María Corina Machado", verb: nil),
        Case(body: "\"It is over.\"\n\nSen. Marco Rubio said.",
             words: "It is over.", speaker: nil, verb: nil),
        Case(body: "Her children keep asking about “the man who could end the hunger.”",
             words: "the man who could end the hunger.", speaker: nil, verb: nil),
        Case(body: "Venezuelan President Nicolás Maduro called for an “interim government” led by his allies.",
             words: "interim government", speaker: nil, verb: nil),
        Case(body: "Venezuelan President Nicolás Maduro accused Washington of seeking a \"regime change to seize our oil.\"",
             words: "regime change to seize our oil.", speaker: nil, verb: nil),
        Case(body: "President Donald Trump met advisers to assess \"new pressure measures\" on Caracas.",
             words: "new pressure measures", speaker: nil, verb: nil),
        Case(body: "Exile leader María Corina Machado said 'we will not stop until Venezuela is free' at the rally.",
             words: "we will not stop until Venezuela is free", speaker: "María Corina Machado", verb: "said"),
        Case(body: "«Nous restons», said Foreign Minister Yván Gil.",
             words: "Nous restons", speaker: "Yván Gil", verb: "said"),
        Case(body: "“We are ready,” María Corina Machado, 58, told supporters in Caracas.",
             words: "We are ready", speaker: "María Corina Machado", verb: "told"),
        Case(body: "“I will not resign,” Nicolás Maduro said in a televised address, “and I will not negotiate.”",
             words: "and I will not negotiate.", speaker: "Nicolás Maduro", verb: "said"),
        Case(body: "Donald Trump wrote on Truth Social: “Maduro must go.”",
             words: "Maduro must go.", speaker: "Donald Trump", verb: nil),
        Case(body: "Asked whether he would leave, Nicolás Maduro said: “Never.”",
             words: "Never.", speaker: "Nicolás Maduro", verb: "said"),
        Case(body: "Former U.S. envoy Elliott Abrams spoke first.\n\n“It is over,” the envoy said.",
             words: "It is over", speaker: "Elliott Abrams", verb: "said"),
        Case(body: "“It's a disgrace,” said one senator, who asked not to be named.",
             words: "It's a disgrace", speaker: "one senator", verb: "said"),
        Case(body: "“The mountain forgives nothing,” rescue chief Pedro Alvarado said.",
             words: "The mountain forgives nothing", speaker: "Pedro Alvarado", verb: "said"),
        Case(body: "“We dug until dawn,” said guide Martín Sosa.", words: "We dug until dawn", speaker: "Martín Sosa", verb: "said"),
        Case(body: "Ingrid Halvorsen, 58, the founder of the firm, called the purchase “the biggest step in our history.”",
             words: "the biggest step in our history.", speaker: "Ingrid Halvorsen", verb: "called"),
        Case(body: "Ingrid Halvorsen spoke on Monday. She said the deal was “the biggest step in our history.”",
             words: "the biggest step in our history.", speaker: "Ingrid Halvorsen", verb: "said"),
        Case(body: "Apple will invest $500 billion, a plan CEO Tim Cook described as \"a bet on American innovation.\"",
             words: "a bet on American innovation.", speaker: "Tim Cook", verb: "described"),
        Case(body: "The report's author, economist Jane Smith of the University of Chicago, said inflation \"remains sticky.\"",
             words: "remains sticky.", speaker: "Jane Smith", verb: "said"),
        Case(body: "Dani Carvajal headed in a corner.\n\n\"It's a dream,\" Carvajal told TNT Sports after the match.",
             words: "It's a dream", speaker: "Dani Carvajal", verb: "told"),
    ]

    @Test("speakers are found before, after and around quotations, and not invented", arguments: cases)
    func speakerCases(_ example: Case) throws {
        // Cases of several sentences go through the segmenter; one sentence stays whole.
        let quotes = example.body.contains("\n") || example.body.contains(". “") || example.body.contains(". \"")
            ? PeopleClaimFixtures.claims(.quote, in: example.body)
            : PeopleClaimFixtures.claims(.quote, inOneSentence: example.body)
        let quote = try #require(quotes.first { $0.quoteValue?.words == example.words }, "\(quotes.map(\.text))")
        #expect(quote.quoteValue?.speaker == example.speaker)
        #expect(quote.quoteValue?.verb == example.verb)
        #expect(quote.text == example.words)
    }

    @Test("a surname shared by two people in the article is left as written")
    func ambiguousShortFormStaysAsWritten() throws {
        let body = "Nicolás Maduro and his son Nicolás Maduro Guerra spoke. “We will win,” Nicolás said."
        let quote = try #require(PeopleClaimFixtures.claims(.quote, in: body).first)
        #expect(quote.quoteValue?.speaker == "Nicolás")
    }

    static let noQuotations = [
        "Maduro’s allies say the ’90s were different and Chávez’ legacy endures.",
        "The call lasted 12 minutes and ended without an agreement.",
        "It’s the regime’s last card, and Washington’s patience is thin.",
        "Rock ’n’ roll played at the rally while the crowd’s chants grew louder.",
    ]

    @Test("apostrophes and sentences without quotation marks give no quote", arguments: noQuotations)
    func noQuoteClaims(_ body: String) {
        #expect(PeopleClaimFixtures.claims(.quote, in: body).isEmpty)
    }

    @Test("a single-quoted phrase with no one speaking is not a quotation")
    func singleQuotedTermIsNotAQuote() {
        #expect(PeopleClaimFixtures.claims(.quote, in: "Critics call the plan a 'soft landing' for the regime.").isEmpty)
    }

    @Test("a date right after the speech verb says when the words were said")
    func quoteTime() throws {
        let sunday = DateValue.day(CalendarDate(year: 2025, month: 9, day: 21)!, anchor: .published)
        let text = "“The government will not negotiate under threat,” Defence Minister Jonas Weber said on Sunday."
        let quote = try #require(PeopleClaimFixtures.recognize(.quote, in: text, after: [("Sunday", .date, .date(sunday))]).first)
        #expect(quote.quoteValue?.speaker == "Jonas Weber")
        #expect(quote.time == sunday)
        let undated = try #require(PeopleClaimFixtures.recognize(.quote, in: text, after: []).first)
        #expect(undated.time == nil)
    }
}
