import QuizEngine
import Testing

/// Sentence boundaries on the constructs of real news text, one table per construct.
@Suite("sentence segmentation of news text")
struct SentenceSegmenterTests {
    @Test("titles before names never end a sentence", arguments: [
        SegmentationCase("Gov. Gavin Newsom signed the bill on Tuesday. Sen. Ted Cruz called it a mistake.",
                         ["Gov. Gavin Newsom signed the bill on Tuesday.", "Sen. Ted Cruz called it a mistake."]),
        SegmentationCase("Rep. Alexandria Ocasio-Cortez, D-N.Y., said the vote was close. Dr. Anthony Fauci agreed.",
                         ["Rep. Alexandria Ocasio-Cortez, D-N.Y., said the vote was close.", "Dr. Anthony Fauci agreed."]),
        SegmentationCase("Mr. Smith met Mrs. Jones and Ms. Lee at noon. Prof. Ada Byron joined them later.",
                         ["Mr. Smith met Mrs. Jones and Ms. Lee at noon.", "Prof. Ada Byron joined them later."]),
        SegmentationCase("Lt. Col. Alexander Vindman testified. Gen. Mark Milley did not.",
                         ["Lt. Col. Alexander Vindman testified.", "Gen. Mark Milley did not."]),
        .whole("Skeptics like Sen. Marco Rubio, who sanctioned Maduro in 2017, cautioned against it."),
        .whole("The match was played in St. Louis, not far from Mt. Hood (Ore.) as the crow flies."),
        .whole("The bill, backed by ex-Gov. Jerry Brown, passed."),
    ])
    func titles(_ c: SegmentationCase) { c.check() }

    @Test("company and name suffixes end a sentence only before a sentence-opening word", arguments: [
        SegmentationCase("Martin Luther King Jr. Day is a federal holiday. It falls in January.",
                         ["Martin Luther King Jr. Day is a federal holiday.", "It falls in January."]),
        SegmentationCase("He quoted Martin Luther King Jr. He then left the stage.",
                         ["He quoted Martin Luther King Jr.", "He then left the stage."]),
        SegmentationCase("The deal was signed by Acme Inc. The shares jumped.",
                         ["The deal was signed by Acme Inc.", "The shares jumped."]),
        .whole("Apple Inc. reported record sales, and Microsoft Corp. and Samsung Co. Ltd. followed."),
        .whole("Acme Corp. Chief Executive Jane Roe resigned."),
        SegmentationCase("They sold apples, oranges, etc. The market closed early.",
                         ["They sold apples, oranges, etc.", "The market closed early."]),
        .whole("They sold apples, oranges, etc. and went home."),
        SegmentationCase("Smith et al. The study was wrong.", ["Smith et al.", "The study was wrong."]),
    ])
    func suffixes(_ c: SegmentationCase) { c.check() }

    @Test("Latin and reference abbreviations stay inside the sentence", arguments: [
        .whole("Some fruits, e.g. apples, were cheap; the rest, i.e. Oranges from Spain, were not."),
        .whole("The case, Roe v. Wade, and the match, Lakers vs. Celtics, were both decided in 1973."),
        .whole("The bill is No. 10 on the list, on p. 55 of Vol. 3, and in Fig. 2."),
        .whole("He lives at No. 10 Downing Street."),
        SegmentationCase("The answer was no. The vote failed.", ["The answer was no.", "The vote failed."]),
        .whole("Costs rose by approx. 5 percent."),
    ])
    func latinAndReference(_ c: SegmentationCase) { c.check() }

    @Test("months and times: dates continue, times end sentences when a new one starts", arguments: [
        SegmentationCase("The riot took place on Jan. 6, 2021. The panel met on Feb. 24 and Aug. 15.",
                         ["The riot took place on Jan. 6, 2021.", "The panel met on Feb. 24 and Aug. 15."]),
        SegmentationCase("Talks resumed in Sept. 2024 and again in Oct. 2025. A deal came on Nov. 29 and Dec. 2.",
                         ["Talks resumed in Sept. 2024 and again in Oct. 2025.", "A deal came on Nov. 29 and Dec. 2."]),
        SegmentationCase("The meeting ended at 5 p.m. The president left soon after.",
                         ["The meeting ended at 5 p.m.", "The president left soon after."]),
        .whole("The vote is set for 10 a.m. Friday in the Senate."),
        .whole("Polls close at 8 p.m. ET in most states."),
        .whole("At 9 a.m. Washington time the markets opened."),
        .whole("Shortly after 11 p.m. Maduro's envoy called back."),
        SegmentationCase("He left the bank at 6 P.M. Mr. Smith then went to the store.",
                         ["He left the bank at 6 P.M.", "Mr. Smith then went to the store."]),
    ])
    func datesAndTimes(_ c: SegmentationCase) { c.check() }

    @Test("initials and initialisms", arguments: [
        SegmentationCase("J. K. Rowling wrote the books. Jonas E. Smith read them.",
                         ["J. K. Rowling wrote the books.", "Jonas E. Smith read them."]),
        SegmentationCase("Franklin D. Roosevelt was president. George W. Bush was too.",
                         ["Franklin D. Roosevelt was president.", "George W. Bush was too."]),
        .whole("The aircraft carrier USS Gerald R. Ford sailed into the Caribbean."),
        SegmentationCase("We make a good team, you and I. Did you see Albert I. Jones yesterday?",
                         ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"]),
        SegmentationCase("They wanted vitamin C. It was sold out.", ["They wanted vitamin C.", "It was sold out."]),
        .whole("The U.K. Prime Minister and the U.N. Secretary-General met in Washington, D.C. on Monday."),
        SegmentationCase("The U.N. Security Council met in Washington, D.C. The vote was unanimous.",
                         ["The U.N. Security Council met in Washington, D.C.", "The vote was unanimous."]),
        .whole("Exiles from Miami to D.C. think tanks weighed in."),
        .whole("The company's Ph.D. students left."),
    ])
    func initials(_ c: SegmentationCase) { c.check() }

    @Test("a sentence-final abbreviation ends the sentence before an ordinary opening word", arguments: [
        SegmentationCase("I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
        .whole("I work for the U.S. Government in Virginia."),
        .whole("U.S. forces have destroyed over 20 vessels in the U.S.-led operation."),
        SegmentationCase("The aid came from the U.S. It arrived in October.", ["The aid came from the U.S.", "It arrived in October."]),
        SegmentationCase("Sanctions were imposed by the U.S. “We will not stop,” an official said.",
                         ["Sanctions were imposed by the U.S.", "“We will not stop,” an official said."]),
        .whole("Rubio, R-Fla., and Padilla, D-Calif., disagreed."),
        SegmentationCase("The senator from Calif. Who else would vote no?", ["The senator from Calif.", "Who else would vote no?"]),
    ])
    func sentenceFinalAbbreviations(_ c: SegmentationCase) { c.check() }

    @Test("decimals, thousands separators, money and percentages", arguments: [
        SegmentationCase("The company reported revenue of $1.45 billion. Shares rose 3.2% in early trading.",
                         ["The company reported revenue of $1.45 billion.", "Shares rose 3.2% in early trading."]),
        SegmentationCase("The index closed at 1,500.25 on Friday. Analysts had expected 1,480.",
                         ["The index closed at 1,500.25 on Friday.", "Analysts had expected 1,480."]),
        .whole("Hyperinflation peaked at 1.7 million percent in 2018, and 5.4 million face acute hunger."),
        SegmentationCase("Prices rose in 2019. 2020 was worse.", ["Prices rose in 2019.", "2020 was worse."]),
        SegmentationCase("Poverty reached 80%. Nobody disputes it.", ["Poverty reached 80%.", "Nobody disputes it."]),
        SegmentationCase("It cost €2.5 million. $300 a month is the minimum wage.",
                         ["It cost €2.5 million.", "$300 a month is the minimum wage."]),
    ])
    func numbers(_ c: SegmentationCase) { c.check() }

    @Test("ellipses", arguments: [
        SegmentationCase("He paused… Then he left.", ["He paused…", "Then he left."]),
        SegmentationCase("I never meant that.... She left the store.", ["I never meant that....", "She left the store."]),
        .whole("“We will… we must win,” he said."),
        .whole("The report said the offer was ... generous by any standard."),
        .whole("“Bohr [...] used the analogy of parallel stairways [...]” (Smith 55)."),
    ])
    func ellipses(_ c: SegmentationCase) { c.check() }

    @Test("punctuation inside closing quotes", arguments: [
        SegmentationCase("“We will win,” said Maduro. The crowd cheered.", ["“We will win,” said Maduro.", "The crowd cheered."]),
        SegmentationCase("He said, “We will win.” Then he left.", ["He said, “We will win.”", "Then he left."]),
        SegmentationCase("He said, \"We will win.\" Then he left.", ["He said, \"We will win.\"", "Then he left."]),
        SegmentationCase("She called it ‘a disgrace.’ Others agreed.", ["She called it ‘a disgrace.’", "Others agreed."]),
        SegmentationCase("“Why now?” Maduro asked. Nobody answered.", ["“Why now?” Maduro asked.", "Nobody answered."]),
        SegmentationCase("“Why now?” she asked. Nobody answered.", ["“Why now?” she asked.", "Nobody answered."]),
        .whole("Exiles toasted “¡Libertad!” with cafecitos in Little Havana."),
        SegmentationCase("“It’s pragmatic. But his pride runs deep.” The report followed.",
                         ["“It’s pragmatic.", "But his pride runs deep.”", "The report followed."]),
        .whole("Her children ask about “the man who could end the hunger.”"),
    ])
    func quotes(_ c: SegmentationCase) { c.check() }

    @Test("em dashes and parentheses", arguments: [
        SegmentationCase("The offer—once secret—was leaked. Nobody denied it.", ["The offer—once secret—was leaked.", "Nobody denied it."]),
        .whole("Maduro’s grip—once ironclad—began to slip amid defections—and worse."),
        .whole("He teaches science (he worked as an engineer for 5 years.) at the university."),
        SegmentationCase("(The offer was rejected.) Trump then called again.", ["(The offer was rejected.)", "Trump then called again."]),
        .whole("The court (ICC) heard the case (see above) in The Hague."),
    ])
    func dashesAndParentheses(_ c: SegmentationCase) { c.check() }

    @Test("numbered, lettered and bulleted lists run together in one paragraph", arguments: [
        SegmentationCase("The conditions were: 1. Amnesty for the family. 2. Lifting of sanctions. 3. Elections.",
                         ["The conditions were:", "1. Amnesty for the family.", "2. Lifting of sanctions.", "3. Elections."]),
        SegmentationCase("1) The first item 2) The second item", ["1) The first item", "2) The second item"]),
        SegmentationCase("a. The first item b. The second item", ["a. The first item", "b. The second item"]),
        SegmentationCase("• Amnesty for the family • Lifting of sanctions", ["• Amnesty for the family", "• Lifting of sanctions"]),
        .whole("1. Judicial immunity guarantees for him, his wife Cilia Flores, and their children."),
        .whole("The demands: 1) amnesty, 2) elections."),
        SegmentationCase("Section 1. The rules apply.", ["Section 1.", "The rules apply."]),
    ])
    func lists(_ c: SegmentationCase) { c.check() }

    @Test("URLs and e-mail addresses", arguments: [
        SegmentationCase("Visit www.example.com. The site has more.", ["Visit www.example.com.", "The site has more."]),
        SegmentationCase("Write to jane.doe@example.org. She replies quickly.", ["Write to jane.doe@example.org.", "She replies quickly."]),
        SegmentationCase("See https://example.com/a.b?c=d. It explains everything.", ["See https://example.com/a.b?c=d.", "It explains everything."]),
        .whole("The photo credit reads @nicolasmaduro - whitehouse.gov in the caption."),
    ])
    func urls(_ c: SegmentationCase) { c.check() }

    @Test("question and exclamation marks", arguments: [
        SegmentationCase("What is your name? My name is Jonas.", ["What is your name?", "My name is Jonas."]),
        SegmentationCase("Hello?! Is that you?", ["Hello?!", "Is that you?"]),
        .whole("She works at Yahoo! in the accounting department."),
        SegmentationCase("Is it over? 50 people were killed.", ["Is it over?", "50 people were killed."]),
    ])
    func questionAndExclamation(_ c: SegmentationCase) { c.check() }

    @Test("sentences are trimmed and non-ASCII capitals start sentences", arguments: [
        SegmentationCase("  First one.   Second one.  ", ["First one.", "Second one."]),
        SegmentationCase("First line\nstill the same sentence. Next.", ["First line\nstill the same sentence.", "Next."]),
        SegmentationCase("Maduro se fue. Él no volvió.", ["Maduro se fue.", "Él no volvió."]),
        SegmentationCase("A title without a period", ["A title without a period"]),
        SegmentationCase(" \n ", []),
        SegmentationCase("", []),
    ])
    func trimmingAndScripts(_ c: SegmentationCase) { c.check() }

    @Test("byte ranges point into the buffer and are trimmed of white space")
    func byteRanges() {
        var text = "  Hello “world”. Next — one!  "
        let ranges = text.withUTF8 { SentenceSegmenter().sentences(in: $0) }
        let utf8 = Array(text.utf8)
        let pieces = ranges.map { String(decoding: utf8[$0], as: UTF8.self) }
        #expect(pieces == ["Hello “world”.", "Next — one!"])
        #expect(ranges.first?.lowerBound == 2)
        #expect(ranges.last?.upperBound == utf8.count - 2)
    }
}
