import Testing
@testable import QuizEngine

/// The faster paths of claim extraction against what they replaced, on the seed articles and
/// on made-up text full of the awkward cases (accents, apostrophes, initials, possessives).
@Suite("Claim extraction's fast paths")
struct SentenceReuseTests {
    static let awkward = [
        "Maduro’s envoy met U.S. officials in D.C. at 5 p.m. on Friday.",
        "Gerald R. Ford and María Corina Machado's aides — “Nicholas” said — met in São Paulo.",
        "ÁLVARO URIBE, 72, told EFE: \"We don't know.\" The O'Neills' 35-year-old son agreed.",
        "It cost $7bn, or 1,234.5 euros (12,2016), per UNHCR data; see https://example.com/a?q=30%25.",
        "Ñandú Éclair l’Hôpital ÉTATS-UNIS Δelta 北京 I’ll we’re it's",
        "A1b2 9x 3D F-35s G7 COVID-19 mid-2024 U.S.-backed Mar-a-Lago 1.5 13.5.2015 x'y 's ’s",
        "", "   ", "’s", "a", "Z.", "CIA-FBI", "Sen. Marco Rubio", "21st-century", "Maduro’", "Maduro's.",
    ]

    static var sentences: [String] {
        let seeds = PeopleClaimFixtures.Seed.allCases.map(PeopleClaimFixtures.seedArticle)
        return awkward + seeds.flatMap { $0.passages.map(\.text) }
    }

    @Test("every word's lexicon key is the hash of its stem, and capitals are flagged")
    func proseKeys() {
        let tokenizer = ProseTokenizer()
        for sentence in Self.sentences {
            var text = sentence
            text.withUTF8 { bytes in
                for token in tokenizer.tokens(in: bytes) where token.kind != .punctuation {
                    #expect(token.key == WordHash.of(bytes, token.start..<token.stemEnd), "\(sentence)")
                    let first = ProseTokenizer.decode(bytes, at: token.start).0
                    #expect(token.isCapitalized == ProseTokenizer.isUppercase(first), "\(sentence)")
                }
            }
        }
    }

    @Test("sentences tokenized and scanned into reused buffers come out as on fresh ones")
    func reusedBuffers() {
        var buffers = SentenceBuffers()
        for text in Self.sentences + Self.sentences.reversed() {
            let fresh = SentenceTokens(text)
            let reused = SentenceTokens(text, buffers: &buffers)
            #expect(reused.tokens == fresh.tokens && reused.bytes == fresh.bytes, "\(text)")
            let freshScan = FigureScan(tokens: fresh, published: CalendarDate(year: 2025, month: 12, day: 2), earlierClaims: [])
            let reusedScan = FigureScan(
                tokens: reused, published: CalendarDate(year: 2025, month: 12, day: 2), earlierClaims: [],
                tables: .shared, buffers: &buffers
            )
            #expect(reusedScan.mentions.map(\.kind) == freshScan.mentions.map(\.kind), "\(text)")
            #expect(reusedScan.mentions.map(\.tokens) == freshScan.mentions.map(\.tokens), "\(text)")
            #expect(reusedScan.info.map(\.classes) == freshScan.info.map(\.classes), "\(text)")
            buffers = SentenceBuffers()
            buffers.tokens = reused.tokens
            buffers.bytes = reused.bytes
            buffers.info = reusedScan.info
            buffers.mentions = reusedScan.mentions
        }
    }

    @Test("a scan moved on from sentence to sentence finds what a fresh scan of each finds")
    func rescannedScan() {
        let published = CalendarDate(year: 2025, month: 12, day: 2)
        var buffers = SentenceBuffers()
        var moved: FigureScan?
        let earlier = [Claim(kind: .number, article: "a", passage: "p1.s1", range: 0..<1, text: "7", value: .year(7))]
        for (n, text) in (Self.sentences + Self.sentences.reversed()).enumerated() {
            let fresh = FigureScan(tokens: SentenceTokens(text), published: published, earlierClaims: earlier)
            if var scan = moved {
                moved = nil
                scan.handOver(to: &buffers)
                let tokens = SentenceTokens(text, buffers: &buffers)
                scan.rescan(tokens: tokens, earlierClaims: n % 2 == 0 ? earlier : [], buffers: &buffers)
                moved = scan
            } else {
                moved = FigureScan(
                    tokens: SentenceTokens(text, buffers: &buffers), published: published, earlierClaims: earlier,
                    tables: .shared, buffers: &buffers
                )
            }
            guard let scan = moved else { continue }
            #expect(scan.tokens.tokens == fresh.tokens.tokens && scan.bytes == fresh.bytes, "\(text)")
            #expect(scan.mentions.map(\.kind) == fresh.mentions.map(\.kind), "\(text)")
            #expect(scan.mentions.map(\.tokens) == fresh.mentions.map(\.tokens), "\(text)")
            #expect(scan.info.map(\.classes) == fresh.info.map(\.classes), "\(text)")
            #expect(scan.info.map(\.mention) == fresh.info.map(\.mention), "\(text)")
            #expect(scan.isFuture == fresh.isFuture && scan.lastUnit == fresh.lastUnit, "\(text)")
            #expect(scan.lastCountEnd == fresh.lastCountEnd, "\(text)")
            for kind in ClaimKind.allCases { #expect(scan.found(kind) == fresh.found(kind), "\(kind) in \(text)") }
            #expect(scan.earlierClaims.count == (n % 2 == 0 ? 1 : 0), "\(text)")
        }
    }

    @Test("a name's text is its words' stems joined by spaces")
    func nameText() {
        let article = PeopleClaimFixtures.article(Self.awkward.joined(separator: " "))
        let analysis = ArticleAnalysis(article: article.metadata, passages: article.passages + PeopleClaimFixtures.seedArticle(.secretCall).passages)
        var names = 0
        for passage in analysis.passages {
            for mention in passage.names {
                let words = passage.nameWords(mention).map { passage.stem($0) }.joined(separator: " ")
                #expect(passage.nameText(mention) == words)
                names += 1
            }
        }
        #expect(names > 20)
    }
}
