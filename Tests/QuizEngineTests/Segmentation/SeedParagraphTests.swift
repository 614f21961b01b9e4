import Foundation
import QuizEngine
import Testing

/// The seed articles (pasted news, as the project started from) read end to end: each paragraph
/// named by how it starts must split into exactly these sentences.
@Suite("segmentation of the seed articles")
struct SeedParagraphTests {
    struct SeedParagraph: Sendable, CustomTestStringConvertible {
        let seed: String
        let sentences: [String]
        var testDescription: String { "\(seed): \(sentences.first?.prefix(40) ?? "")" }
    }

    static let cibercuba = "001_4dba223d2a29a9c4.txt"
    static let callReport = "000_5c751eb11b941e74.txt"

    static func article(_ seed: String) throws -> Article {
        let url = Repository.root.appendingPathComponent("seeds").appendingPathComponent(seed)
        let bytes = try [UInt8](Data(contentsOf: url))
        let sink = DiagnosticSink()
        return try #require(ArticleReader().read(path: url.path, bytes: bytes, sink: sink))
    }

    /// The sentences of the paragraph whose first sentence is `first`.
    static func paragraph(startingWith first: String, in article: Article) -> [String] {
        guard let start = article.passages.first(where: { $0.sentence == 1 && $0.text == first }) else { return [] }
        return article.passages.filter { $0.paragraph == start.paragraph }.map(\.text)
    }

    @Test("each seed paragraph splits into its sentences", arguments: [
        SeedParagraph(seed: cibercuba, sentences: [
            "1. Judicial immunity guarantees for him, his wife Cilia Flores, and their children.",
        ]),
        SeedParagraph(seed: cibercuba, sentences: [
            "2. Cancellation of the proceedings before the International Criminal Court (ICC) for crimes against humanity.",
        ]),
        SeedParagraph(seed: cibercuba, sentences: [
            "3. Lifting of sanctions against more than a hundred high-ranking Chavista officials, including those accused in the United States of drug trafficking and corruption.",
        ]),
        SeedParagraph(seed: cibercuba, sentences: [
            "Since September, the United States has deployed the aircraft carrier USS Gerald R. Ford, a nuclear submarine, destroyers, and F-35 fighters in the Caribbean as part of Operation Southern Lance.",
            "In this context, U.S. forces have destroyed over 20 vessels allegedly involved in drug trafficking, resulting in more than 80 fatalities.",
        ]),
        SeedParagraph(seed: cibercuba, sentences: [
            "After the breakup, sources cited by Reuters report that the regime attempted to reopen communication channels, but the White House did not respond.",
            "A U.S. official told the outlet that a negotiated exit \"is not ruled out,\" although it would require significant changes in Caracas's position.",
        ]),
        SeedParagraph(seed: cibercuba, sentences: [
            "As part of the plan, Maduro requested that Delcy Rodríguez assume an \"interim government,\" responsible for organizing elections with international supervision.",
            "Under this arrangement, Chavismo would maintain control of the state and military apparatus during the transition period.",
        ]),
        SeedParagraph(seed: callReport, sentences: [
            "Nicolás Maduro’s path to that palace call was one of ascent from the ashes of Hugo Chávez’s revolution, a journey from bus driver to president that mirrored Venezuela’s tragic arc from oil wealth to desperation.",
            "Born in 1962 in Caracas to a union organizer father and schoolteacher mother, Maduro dropped out of high school to drive buses, his early life steeped in the socialist fervor of Chávez’s 1999 rise.",
            "Joining the Bolivarian movement as a youth organizer, he climbed to foreign minister in 2006, then vice president in 2012, succeeding Chávez upon the latter’s 2013 death from cancer.",
            "Maduro’s 2013 election, marred by fraud allegations and opposition boycotts, set the tone for a tenure defined by repression and ruin: Hyperinflation peaking at 1.7 million percent in 2018, mass emigration that emptied neighborhoods, and U.S. sanctions that froze $7 billion in assets.",
            "“Nicolás clung to power like a life raft in a storm he created,” said Venezuelan exile analyst Carlos Pascual, a former U.S. ambassador, his words a gentle reflection on a leader whose 2024 reelection—boycotted by 80% of voters per opposition estimates—ignited the crisis.",
            "Maduro’s family, including wife Cilia Flores and son Nicolás “Nicholas” Maduro Guerra, had become symbols of the regime’s inner circle, their opulence a stark contrast to the 96% poverty rate in a nation once the world’s richest per capita.",
        ]),
        SeedParagraph(seed: callReport, sentences: [
            "Public response, from Venezuelan exiles in Miami to D.C. think tanks, weaves optimism with skepticism, a diaspora pausing holidays to ponder a leader’s potential fall.",
            "In Little Havana, 200 gathered at Versailles restaurant on November 30, toasting “¡Libertad!” with cafecitos, exile leader María Corina Machado tweeting, “Trump’s offer is a crack in the wall—Maduro, take it for your people.”",
            "Machado, barred from 2024 races, sees it as leverage for her coalition.",
            "Online, #MaduroExit trended with 1.5 million posts, refugees sharing escape stories—Sofia’s TikTok from Bogotá garnering 2 million views: “Trump’s call could mean home—schools, safety.",
            "Pray he listens.”",
            "Skeptics like Sen. Marco Rubio, who sanctioned Maduro in 2017, cautioned: “Offers are fine, but action follows—Venezuela’s freedom demands more than words.”",
            "Rubio’s November 29 Senate speech, calling for $200 million in opposition aid, echoed the administration’s carrot-and-stick.",
        ]),
        SeedParagraph(seed: callReport, sentences: [
            "The August 15 call, sandwiched between Maduro’s defiant victory speech and U.S. recognition of González on August 19, offered a private off-ramp amid public bluster.",
            "Trump, fresh from his January inauguration and focused on Latin American stability as part of his “America First” foreign policy, reportedly urged Maduro to flee to a neutral haven like Mexico or Spain, promising no extradition for non-violent crimes in exchange for a peaceful handover.",
            "“You must leave in order to save yourself and your family,” Trump said, according to Axios sources, the conversation brokered through backchannels involving Venezuelan opposition figures and U.S. envoy Steve Witkoff.",
            "Maduro, facing army defections and 80% disapproval per Edison Research, reportedly listened in silence, his response a curt “I’ll consider it” before the line went dead.",
            "For Pascual, who advised the Biden administration on sanctions, the offer reflected Trump’s deal-making instinct: “It’s pragmatic—avoid chaos like Libya’s, get a dictator out quietly.",
            "But Maduro’s pride runs deep; he saw it as weakness.”",
            "The report, based on three sources with direct knowledge, arrives as Maduro clings to power amid 2025 protests that have killed 50 and displaced 500,000, U.S. aid to opposition groups topping $100 million since January.",
        ]),
    ])
    func paragraphs(_ expected: SeedParagraph) throws {
        let article = try Self.article(expected.seed)
        let first = try #require(expected.sentences.first)
        #expect(Self.paragraph(startingWith: first, in: article) == expected.sentences)
    }

    @Test("the numbered conditions stay list items of one passage each")
    func conditionsAreListItems() throws {
        let article = try Self.article(Self.cibercuba)
        let items = article.paragraphs.filter { $0.kind == .listItem }
        #expect(items.map(\.marker) == ["1.", "2.", "3."])
        for item in items {
            #expect(article.passages.filter { $0.paragraph == item.index }.count == 1)
        }
    }

    @Test("every passage of both seeds is the exact text at its range in the body", arguments: [cibercuba, callReport])
    func passagesMatchTheirRanges(_ seed: String) throws {
        let article = try Self.article(seed)
        let body = Array(article.body.utf8)
        #expect(!article.passages.isEmpty)
        for passage in article.passages {
            #expect(String(decoding: body[passage.range], as: UTF8.self) == passage.text)
            #expect(passage.text.first?.isWhitespace == false && passage.text.last?.isWhitespace == false)
        }
    }
}

/// A body large enough to be segmented in parallel chunks gives exactly what a small one does.
@Suite("segmentation of a large body")
struct LargeBodyTests {
    @Test("a body of many copies of a seed has each copy's passages, in order, with running ids")
    func manyCopies() throws {
        let url = Repository.root.appendingPathComponent("seeds").appendingPathComponent(SeedParagraphTests.callReport)
        let seed = try String(contentsOf: url, encoding: .utf8)
        let body = String(seed.drop { $0 != "\n" }.dropFirst())
        let copies = (2 << 20) / body.utf8.count + 2
        let one = try #require(ArticleReader().read(SourceFile(path: "one.md", text: "---\ntitle: One\n---\n" + body), sink: DiagnosticSink()))
        let many = try #require(ArticleReader().read(
            SourceFile(path: "many.md", text: "---\ntitle: Many\n---\n" + Array(repeating: body, count: copies).joined(separator: "\n\n")),
            sink: DiagnosticSink()
        ))
        #expect(many.passages.count == one.passages.count * copies)
        #expect(many.passages.map(\.text) == Array(Array(repeating: one.passages.map(\.text), count: copies).joined()))
        let paragraphsPerCopy = one.paragraphs.count
        for (k, passage) in many.passages.enumerated() {
            let original = one.passages[k % one.passages.count]
            let copy = k / one.passages.count
            #expect(passage.id == "p\(original.paragraph + copy * paragraphsPerCopy).s\(original.sentence)")
        }
        let utf8 = Array(many.body.utf8)
        #expect(many.passages.allSatisfy { String(decoding: utf8[$0.range], as: UTF8.self) == $0.text })
    }
}
