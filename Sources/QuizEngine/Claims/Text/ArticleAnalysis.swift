/// What the people, quote, source and place recognizers need to know about a whole article,
/// worked out once before its sentences are read: every sentence tokenized, quotation marks
/// paired across sentences, names found and resolved to the article's people.
///
/// Built by `ClaimExtractor` once per article and shared by every `SentenceContext`, so a
/// sentence is tokenized once however many recognizers read it, and "Pascual" can resolve to
/// "Carlos Pascual" even when the full name comes later.
final class ArticleAnalysis: Sendable {
    /// Kept here, shared, rather than in each `SentenceContext`: copying and destroying its six
    /// strings for every sentence cost 400 instructions a sentence.
    let article: ArticleMetadata
    let passages: [PassageAnalysis]
    /// Passage ids ("p3.s2"), index for index.
    let ids: [String]
    let people: PersonDirectory
    let quotations: [Quotation]
    /// For each passage, the indices in `quotations` of those opening in it: a range, since the
    /// scanner sorts quotations by where they open. An array of index arrays cost two
    /// allocations and an array of arrays to make and free for every article.
    let quotationsOpening: [Range<Int>]

    init(article: ArticleMetadata, passages: [Passage], tokenizer: ProseTokenizer = ProseTokenizer()) {
        self.article = article
        let analyses = passages.map { passage in
            PassageAnalysis(string: passage.text, tokens: tokenizer.tokens(in: passage.text), paragraph: passage.paragraph)
        }
        let quotations = QuotationScanner().quotations(in: analyses)
        // Made only for an article with quotations: an array of range arrays, one per passage,
        // was made and freed for every article. The passages' `quoted` are only ever assigned
        // (`fill`): appending to them in place made every access to them checked at run time.
        var quoted = quotations.isEmpty ? [] : [[Range<Int>]](repeating: [], count: analyses.count)
        for quotation in quotations {
            for p in quotation.open.passage...quotation.lastPassage {
                let words = quotation.words(inPassage: p, tokenCount: analyses[p].count)
                if !words.isEmpty { quoted[p].append(words) }
            }
        }
        var names: [[NameMention]] = []
        names.reserveCapacity(analyses.count)
        for (p, passage) in analyses.enumerated() {
            if !quoted.isEmpty { Self.fill(passage, quoted: quoted[p]) }
            var found = NameFinder(passage: passage).mentions()
            for m in found.indices where passage.isInsideQuote(found[m].run.lowerBound) {
                found[m].isQuoted = true
            }
            names.append(found)
        }
        self.people = PersonDirectory(resolving: &names, in: analyses)
        for (p, passage) in analyses.enumerated() { Self.fill(passage, names: names[p]) }
        self.passages = analyses
        self.ids = passages.map(\.id)
        self.quotations = quotations
        self.quotationsOpening = Self.openingRanges(of: quotations, passageCount: analyses.count)
    }

    /// For each of `passageCount` passages, the range of `quotations` (sorted by where they
    /// open, as `QuotationScanner` returns them) opening in it.
    static func openingRanges(of quotations: [Quotation], passageCount: Int) -> [Range<Int>] {
        // Written through the new array's buffer: assigning each range with the array's
        // subscript cost 90 instructions a passage.
        [Range<Int>](unsafeUninitializedCapacity: passageCount) { ranges, count in
            var index = 0
            for p in 0..<passageCount {
                let start = index
                while index < quotations.count, quotations[index].open.passage == p { index += 1 }
                (ranges.baseAddress! + p).initialize(to: start..<index)
            }
            count = passageCount
        }
    }

    /// The fullest name of a resolved person; anything else as written, with the adjective of
    /// origin an organisation's name starts with ("European Commission", "U.S. Treasury").
    func displayName(_ mention: NameMention, in passage: PassageAnalysis) -> String {
        if let person = mention.person { return people[person].name }
        if mention.kind == .organization || mention.kind == .place, mention.titleTokens.upperBound > mention.run.lowerBound,
           mention.titleTokens.allSatisfy({ passage.tokens[$0].is(.demonym) || passage.tokens[$0].flags.contains(.dotted) }) {
            return passage.text(tokens: mention.run.lowerBound..<mention.name.upperBound)
        }
        return passage.nameText(mention)
    }
}
