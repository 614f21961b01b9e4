import QuizEngine
import Testing

@Suite("Percentage claims")
struct PercentageClaimTests {
    @Test("percentages become fractions, with their subject", arguments: [
        ("Venezuela suffers 80% poverty.", "80%", "[0.8, 0.8]", "poverty"),
        ("They face the 96% poverty rate.", "96%", "[0.96, 0.96]", "poverty rate"),
        ("It was boycotted by 80% of voters.", "80%", "[0.8, 0.8]", "voters"),
        ("He faces 80% disapproval per Edison Research.", "80%", "[0.8, 0.8]", "disapproval"),
        ("GDP shrunk 75% since 2013.", "75%", "[0.75, 0.75]", "gdp"),
        ("Support reached 96 per cent in May.", "96 per cent", "[0.96, 0.96]", "support"),
        ("Backing is one hundred percent.", "one hundred percent", "[1, 1]", "backing"),
        ("Hyperinflation peaked at 1.7 million percent in 2018.", "1.7 million percent", "[17000, 17000]", "hyperinflation"),
        ("Net income sank 27 % in the quarter.", "27 %", "[0.27, 0.27]", "net income"),
        ("Nearly 40% of homes lost power.", "Nearly 40%", "[0.36, 0.4]", "homes"),
        ("Between 10 and 15 percent of staff left.", "Between 10 and 15 percent", "[0.1, 0.15]", "staff"),
        ("Prices rose 10%-15% this year.", "10%-15%", "[0.1, 0.15]", "prices"),
        ("The rate fell five percentage points.", "five percentage points", "[0.05, 0.05]", "rate"),
        ("A 10-percent rise followed.", "10-percent", "[0.1, 0.1]", "rise"),
        ("Inflation was 3.7% in September.", "3.7%", "[0.037, 0.037]", "inflation"),
    ])
    func percentages(_ sentence: String, _ text: String, _ interval: String, _ subject: String) throws {
        let claim = try #require(ClaimLookup.single(.percentage, in: sentence))
        #expect(claim.text == text)
        guard case let .percentage(quantity) = claim.value else { return #expect(Bool(false)) }
        #expect(quantity.interval == interval)
        #expect(claim.subject == subject)
    }

    @Test("tokenised newswire writes decimals spaced: '6 . 2 %' is 6.2%")
    func spacedDecimal() throws {
        let claims = ClaimExtractor().claims(in: ArticleFixture.sentence("sales rose 6 . 2 % to $ 1.45 billion ."))
        let percentage = try #require(claims.first { $0.kind == .percentage })
        #expect(percentage.text == "6 . 2 %")
        #expect(percentage.value == .percentage(Quantity(stated: 0.062)))
        #expect(percentage.subject == "sales")
        #expect(claims.contains { $0.kind == .money && $0.text == "$ 1.45 billion" })
    }

    @Test("a share named without its figure is a percentage that is only known not to be negative")
    func figureless() throws {
        let claim = try #require(ClaimLookup.single(.percentage, in: "Only a small percent attain the top ranks."))
        #expect(claim.text == "a small percent")
        guard case let .percentage(quantity) = claim.value else { return #expect(Bool(false)) }
        #expect(quantity.interval == "[0, inf)")
        #expect(ClaimLookup.claims(.percentage, in: "How do I calculate a percentage?").isEmpty)
    }

    @Test("percent signs inside web addresses are not percentages")
    func links() {
        #expect(ClaimLookup.claims(.percentage, in: "Go to https://www.test.com/search?q=30%25%2020% now.").isEmpty)
    }
}

@Suite("Money claims")
struct MoneyClaimTests {
    @Test("amounts get their value in the main unit and an ISO currency code", arguments: [
        ("Sanctions froze $7 billion in assets.", "$7 billion", "7000000000", "USD", "assets"),
        ("Families live on $300 monthly minimum wages.", "$300", "300", "USD", "monthly minimum wages"),
        ("The deal was worth 2.4m dollars.", "2.4m dollars", "2400000", "USD", "deal"),
        ("The club paid 100 million euros for him.", "100 million euros", "100000000", "EUR", "club"),
        ("A coffee costs €5 here.", "€5", "5", "EUR", "coffee"),
        ("I would like to buy this item for USD 200.", "USD 200", "200", "USD", ""),
        ("The bid was 470 pence a share.", "470 pence", "4.7", "GBP", "bid"),
        ("The order is C$ 16.4 million.", "C$ 16.4 million", "16400000", "CAD", "order"),
        ("montgomery county sold $ 75 million of bonds .", "$ 75 million", "75000000", "USD", "bonds"),
        ("They raised 125 million australian dollars of bonds.", "125 million australian dollars", "125000000", "AUD", "bonds"),
        ("The client estimates an increase to 120 MEUR.", "120 MEUR", "120000000", "EUR", "increase"),
        ("It only cost thirteen dollars and forty-five cents.", "thirteen dollars and forty-five cents", "13.45", "USD", ""),
        ("He bid more than $ 247 million for it.", "more than $ 247 million", "247000000", "USD", ""),
        ("They paid 10,000 swiss francs.", "10,000 swiss francs", "10000", "CHF", ""),
        ("Aid topped £ 8.10 million in 2014.", "£ 8.10 million", "8100000", "GBP", "aid"),
        ("A 12-cent dividend was paid.", "12-cent", "0.12", "USD", "dividend"),
    ])
    func money(_ sentence: String, _ text: String, _ amount: String, _ currency: String, _ subject: String) throws {
        let claim = try #require(ClaimLookup.single(.money, in: sentence))
        #expect(claim.text == text)
        guard case let .money(quantity, code) = claim.value else { return #expect(Bool(false)) }
        #expect(ClaimLookup.number(quantity.stated) == amount)
        #expect(code == currency)
        if !subject.isEmpty { #expect(claim.subject == subject) }
    }

    @Test("a hedge before the sign makes the amount an interval")
    func hedged() throws {
        let claim = try #require(ClaimLookup.single(.money, in: "U.S. aid topped more than $100 million since January."))
        guard case let .money(quantity, _) = claim.value else { return #expect(Bool(false)) }
        #expect(quantity.interval == "(100000000, inf)")
    }

    @Test("words that look like codes are not money", arguments: [
        "ALL 5 solutions are wrong.", "I tried to call Bob 3 times already.", "All seventeen tests were succesful.",
    ])
    func notMoney(_ sentence: String) {
        #expect(ClaimLookup.claims(.money, in: sentence).isEmpty)
    }
}
