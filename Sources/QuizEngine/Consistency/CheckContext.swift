/// Everything the checks read about some articles (usually one story) and their claims.
///
/// Each passage is split into words once (the story plan only read the names in them); for
/// each that holds claims, while its words are at hand, every claim in it gets what the checks
/// ask of it (its topic, the cue words around it, a time stated next to it). The words are kept for the checks that read them again: a context covers one
/// batch of stories (a few hundred articles), so they cost little memory, and splitting those
/// passages a second time was 2% of a compile.
/// Which story each article tells comes from the `StoryPlan`, which counted names over all of
/// them. Checks compare claims only within buckets (same story, same topic), which keeps the
/// whole run close to linear.
///
/// A class, though nothing in it changes after it is built (the caches behind it aside): checks
/// and the closures they group claims with pass it around, and as a struct every capture copied
/// and released a dozen references, 3% of a compile.
public final class CheckContext {
    struct ArticleEntry {
        let article: Article
        let order: Int
        /// Articles that share the same people and places form one story; claims are compared
        /// across articles only within a story.
        let story: Int
        let passageIndex: PassageIndex
    }

    let articles: [ArticleEntry]
    let articleOrder: [String: Int]
    /// All claims that point at a known passage, in reading order.
    let claims: [IndexedClaim]
    /// The claims of each passage, as a range of `claims`, by article and passage position
    /// (nested arrays: a dictionary by `PassageRef` hashed for every claim's neighbours).
    private let claimsByPassage: [[Range<Int>]]
    /// The claims of each article, as a range of `claims`.
    private let claimsByArticle: [Range<Int>]
    /// The articles of each story, by the plan's story numbers.
    private let storyArticles: [Int: [Int]]
    /// Where each article's multi-word names are, read into registries on demand.
    private let nameRuns: [[(passage: Int, range: Range<Int>)]]
    /// For each passage, every vocabulary its words belong to: lets a check skip passages
    /// without the cue it needs ("expired", "first", "echoing") without splitting them again.
    private let summaries: [[Word.Classes]]
    /// Words of the passages checks have asked about.
    private let wordCache: WordCache
    /// Role phrases, read once for the whole run.
    let phrases: PhraseReadings
    /// The table ids of the words the index and the checks compare by id.
    let cueWords: IndexedClaim.CueWords

    convenience init(articles: [Article], claims input: [Claim]) {
        self.init(articles: articles, claimGroups: [input])
    }

    /// One index of every article: the stories of a few articles, checked together (tests, the
    /// fuzzer, a question generator handed bare claims).
    convenience init(articles: [Article], claimGroups input: [[Claim]]) {
        let plan = StoryPlan(articles: articles)
        self.init(plan: plan, members: Array(plan.articles.indices), claimGroups: input)
    }

    /// An index of some of a plan's articles (`members`, positions in `plan.articles` in
    /// ascending order), usually one story's. Claims in groups (one per article, as the pack
    /// compiler holds them) are not copied into one list: for 10,000 articles each copy of every
    /// claim was 40 MB. Claims of articles that are not members are left out.
    init(plan: StoryPlan, members: [Int], claimGroups input: [[Claim]]) {
        let kept = members.map { plan.articles[$0] }
        var order: [String: Int] = [:]
        for (a, article) in kept.enumerated() { order[article.id] = a }
        let passageIndexes = members.map { plan.passageIndexes[$0] }

        // Where each claim is, grouped by passage in reading order; the claims stay in place.
        typealias Located = ClaimLocation
        var located: [Located] = []
        located.reserveCapacity(input.reduce(0) { $0 + $1.count })
        // Claims come grouped by article and mostly several to a sentence: the last lookups are
        // remembered, which saves most of two string-keyed lookups per claim.
        var last: (article: String, a: Int?, passage: String, p: Int?) = ("", nil, "", nil)
        for (g, group) in input.enumerated() {
            for (i, claim) in group.enumerated() {
                if claim.article != last.article || last.a == nil {
                    last = (claim.article, order[claim.article], "", nil)
                }
                guard let a = last.a else { continue }
                if claim.passage != last.passage || last.p == nil {
                    last.passage = claim.passage
                    last.p = Self.passagePosition(claim.passage, after: last.p, in: kept[a], index: passageIndexes[a])
                }
                guard let p = last.p else { continue }
                let text = kept[a].passages[p].text
                guard claim.range.lowerBound >= 0, claim.range.upperBound <= text.utf8.count else { continue }
                located.append(Located(ref: PassageRef(article: a, index: p), range: claim.range, group: Int32(g), index: Int32(i)))
            }
        }
        located.sort { l, r in
            if l.ref != r.ref { return l.ref < r.ref }
            return (l.range.lowerBound, l.range.upperBound) < (r.range.lowerBound, r.range.upperBound)
        }

        // Every passage of these articles is split here (the plan only looked for names): each
        // with a claim into words, kept for the claims and the checks, every other one only
        // for its vocabularies. Nothing else is split before the cue words are looked up.
        let table = plan.table
        var split = kept.map { [[Word]?](repeating: nil, count: $0.passages.count) }
        var summaries = kept.map { [Word.Classes](repeating: [], count: $0.passages.count) }
        var next = 0
        for (a, article) in kept.enumerated() {
            // Only the text of each passage is read (a passage copied out of the array retained
            // and released every string in it).
            for p in article.passages.indices {
                let text = article.passages[p].text
                let ref = PassageRef(article: a, index: p)
                var summary = Word.Classes()
                if next < located.count, located[next].ref == ref {
                    let words = WordScanner.words(in: text, table: table)
                    for word in words { summary.formUnion(word.classes) }
                    split[a][p] = words
                    while next < located.count, located[next].ref == ref { next += 1 }
                } else {
                    WordScanner.forEachWord(in: text, table: table) { summary.formUnion($0.classes) }
                }
                summaries[a][p] = summary
            }
        }

        var indexed: [IndexedClaim] = []
        indexed.reserveCapacity(located.count)
        var byPassage = kept.map { [Range<Int>](repeating: 0..<0, count: $0.passages.count) }
        let names = plan.names
        // Every word of these passages is in the table now: the cue words any of them is are
        // found there, and those none is get an id no word of theirs has.
        let cueWords = IndexedClaim.CueWords(table: table)
        // Subjects repeat ("call", "poverty rate"): each distinct one is read once in the run.
        let subjects = plan.subjects

        var cursor = 0
        while cursor < located.count {
            let ref = located[cursor].ref
            let start = cursor
            while cursor < located.count, located[cursor].ref == ref { cursor += 1 }
            let text = kept[ref.article].passages[ref.index].text
            let words = split[ref.article][ref.index] ?? []
            let passageClaims = PassageClaims(located: located[start..<cursor], groups: input)
            let base = indexed.count
            for claim in passageClaims {
                let subject = subjects.reading(claim.subject)
                indexed.append(IndexedClaim(
                    claim: claim, ref: ref, position: indexed.count, words: words, text: text,
                    neighbours: passageClaims, subject: subject, names: names, cueWords: cueWords
                ))
            }
            byPassage[ref.article][ref.index] = base..<indexed.count
        }

        var storyArticles: [Int: [Int]] = [:]
        for (a, g) in members.enumerated() { storyArticles[plan.readings[g].story, default: []].append(a) }

        self.articles = kept.enumerated().map { a, article in
            ArticleEntry(article: article, order: a, story: plan.readings[members[a]].story, passageIndex: passageIndexes[a])
        }
        self.articleOrder = order
        self.claims = indexed
        self.claimsByPassage = byPassage
        self.storyArticles = storyArticles
        var ranges = Array(repeating: 0..<0, count: kept.count)
        var position = 0
        for a in 0..<kept.count {
            let start = position
            while position < indexed.count, indexed[position].ref.article == a { position += 1 }
            ranges[a] = start..<position
        }
        self.claimsByArticle = ranges
        self.nameRuns = members.map { plan.readings[$0].nameRuns }
        self.summaries = summaries
        self.wordCache = WordCache(table: table, names: names)
        self.wordCache.words = split
        self.phrases = plan.phrases
        self.cueWords = cueWords
    }

    /// The position of the passage `id` in `article`: as `index` gives it, but first looked
    /// for among the few passages after `previous`, where the next claim's passage almost always
    /// is (claims come in reading order). Comparing a few short ids is cheaper than hashing one
    /// (these look-ups were the other half of that 0.8%). Only when ids are unique in the
    /// article: with duplicates, the index gives the last passage with the id.
    static func passagePosition(_ id: String, after previous: Int?, in article: Article, index: PassageIndex) -> Int? {
        let passages = article.passages
        if index.isUnique {
            let first = (previous ?? -1) + 1
            for p in first..<min(passages.count, first + 8) where passages[p].id == id { return p }
        }
        return index[id]
    }

    // MARK: Reading

    /// The run's table of words, for splitting text other than passages (quotations).
    var wordTable: PassageWordTable { wordCache.table }

    /// The person a name in the text stands for, read once per spelling in this run.
    func personName(_ raw: String) -> PersonName? { wordCache.names.name(raw) }

    /// The run's reader of names, for code that reads several.
    var nameReader: PersonNameReader { wordCache.names }

    /// The people named in a story: its multi-word names and the people its claims name. Built
    /// the first time a check asks, so stories nobody compares people in cost nothing.
    func registry(_ story: Int) -> NameRegistry {
        if let known = wordCache.registries[story] { return known }
        var registry = NameRegistry()
        for a in storyArticles[story, default: []] {
            let passages = articles[a].article.passages
            for run in nameRuns[a] {
                let text = passages[run.passage].text
                let utf8 = text.utf8
                let lower = utf8.index(utf8.startIndex, offsetBy: run.range.lowerBound)
                let upper = utf8.index(utf8.startIndex, offsetBy: run.range.upperBound)
                if let name = wordCache.names.name(String(Substring(utf8[lower..<upper]))), name.tokens.count >= 2 { registry.add(name) }
            }
        }
        for a in storyArticles[story, default: []] {
            for claim in claims[claimsByArticle[a]] {
                for person in claim.people where person.tokens.count >= 2 { registry.add(person) }
            }
        }
        wordCache.registries[story] = registry
        return registry
    }

    /// A quotation's words and speaker as the checks compare them, read once per claim: the
    /// quote pairs, and every spot-the-inconsistency question weighing a quote as a
    /// distractor, ask for the same few again and again.
    func quoteReading(_ claim: IndexedClaim) -> QuoteReading? {
        guard case let .quote(value) = claim.value else { return nil }
        if let known = wordCache.quoteReadings[claim.position] { return known }
        let reading = QuoteReading(
            wording: QuoteWording(value.words, table: wordCache.table),
            speaker: value.speaker.flatMap { wordCache.names.name($0) }
        )
        wordCache.quoteReadings[claim.position] = reading
        return reading
    }

    /// A figure claim's interval, read once for the checks that compare figures (counts,
    /// percentages and sums of money; nil for any other claim).
    func figure(_ claim: IndexedClaim) -> FigureInterval? {
        let quantity: Quantity
        switch claim.value {
        case let .number(q), let .percentage(q), let .money(q, _): quantity = q
        default: return nil
        }
        if let known = wordCache.figures[claim.position] { return known }
        let figure = FigureInterval(quantity, text: claim.text, percent: claim.kind == .percentage, table: wordCache.table)
        wordCache.figures[claim.position] = figure
        return figure
    }

    /// Quotations that share wording, found once for the checks that compare quotations.
    var quotePairs: QuotePairs {
        if let pairs = wordCache.quotePairs { return pairs }
        let pairs = QuotePairs(context: self)
        wordCache.quotePairs = pairs
        return pairs
    }

    /// The vocabularies of a passage's words (all of them, unioned).
    func summary(_ ref: PassageRef) -> Word.Classes {
        summaries[ref.article].isEmpty ? [] : summaries[ref.article][ref.index]
    }

    func article(_ ref: PassageRef) -> Article { articles[ref.article].article }
    func passage(_ ref: PassageRef) -> Passage { articles[ref.article].article.passages[ref.index] }
    func published(_ ref: PassageRef) -> CalendarDate? { articles[ref.article].article.metadata.published }
    func story(_ ref: PassageRef) -> Int { articles[ref.article].story }

    /// The words of a passage. They are split again on first use and kept for the other checks
    /// (only passages some check asks about are kept, not the whole text).
    func words(_ ref: PassageRef) -> [Word] {
        if let cached = wordCache.words[ref.article][ref.index] { return cached }
        let words = WordScanner.words(in: passage(ref).text, table: wordCache.table)
        wordCache.words[ref.article][ref.index] = words
        return words
    }

    /// A passage `offset` sentences away in the same article, if there is one.
    func passage(_ ref: PassageRef, offset: Int) -> PassageRef? {
        let index = ref.index + offset
        guard index >= 0, index < articles[ref.article].article.passages.count else { return nil }
        return PassageRef(article: ref.article, index: index)
    }

    func claims(in ref: PassageRef) -> ArraySlice<IndexedClaim> {
        guard ref.article >= 0, ref.article < claimsByPassage.count, ref.index >= 0, ref.index < claimsByPassage[ref.article].count else { return [] }
        return claims[claimsByPassage[ref.article][ref.index]]
    }

    func claims(of kinds: Set<ClaimKind>) -> [IndexedClaim] {
        claims.filter { kinds.contains($0.claim.kind) }
    }

    /// Whether two mentions name the same person, resolving surnames within the story.
    ///
    /// Two full names are compared as written, whatever the story's registry holds
    /// (`NameRegistry.sameFullNames`): most people compared (speakers, people with roles or
    /// ages) are named in full, and answering those without the registry leaves stories where
    /// no bare surname is compared without one.
    func samePerson(_ a: PersonName, in refA: PassageRef, _ b: PersonName, in refB: PassageRef) -> Bool {
        let storyA = story(refA), storyB = story(refB)
        guard storyA == storyB else { return false }
        if let same = NameRegistry.sameFullNames(a, b) { return same }
        return registry(storyA).samePerson(a, b)
    }

    /// The full form of a person's name within the story, when it can be told.
    ///
    /// A full name is its own full form (as `NameRegistry.resolve` has it), told without the
    /// story's registry: only bare surnames need the story's names read.
    func resolve(_ name: PersonName, in ref: PassageRef) -> PersonName? {
        guard name.isSingle else { return name }
        return registry(story(ref)).resolve(name)
    }

    /// A citation of a claim: its passage, with the claim's words (and the words next to it
    /// that say what it is about) as the deciding span.
    func citation(_ claim: IndexedClaim, widened: Bool = true) -> Citation {
        citation(claim.ref, range: widened ? claim.readingRange : claim.claim.range)
    }

    /// The words a citation of a claim quotes, for explanations.
    func quote(_ claim: IndexedClaim, widened: Bool = true) -> String {
        citation(claim, widened: widened).quote
    }

    /// A citation of a span of a passage. The quote is cut from the passage text itself, so it
    /// is an exact substring of it, byte for byte, as the pack loader checks; a span that cuts
    /// through a character (decoded with a replacement character) cites the whole passage.
    ///
    /// The bytes are cut and compared in place: comparing the quote with the span through the
    /// two strings' UTF-8 views went a byte at a time through their indices, 5,000 instructions
    /// a citation (0.3% of a compile).
    func citation(_ ref: PassageRef, range: Range<Int>) -> Citation {
        let passage = self.passage(ref)
        var text = passage.text
        let cut: String? = text.withUTF8 { utf8 in
            let lower = max(0, min(range.lowerBound, utf8.count)), upper = max(lower, min(range.upperBound, utf8.count))
            let bytes = UnsafeBufferPointer(rebasing: utf8[lower..<upper])
            var quote = String(decoding: bytes, as: UTF8.self)
            let intact = quote.withUTF8 { $0.elementsEqual(bytes) }
            return quote.isEmpty || !intact ? nil : quote
        }
        return Citation(article: articles[ref.article].article.id, passage: passage.id, quote: cut ?? passage.text)
    }

    /// A citation of a whole passage.
    func citation(_ ref: PassageRef) -> Citation {
        let passage = self.passage(ref)
        return Citation(article: articles[ref.article].article.id, passage: passage.id, quote: passage.text)
    }
}

/// What a run works out once and several checks read: split passages, pairs of quotations.
/// A class because checks fill it as they read; one run (one `CheckContext`) owns it, on one
/// thread.
final class WordCache {
    /// By article and passage position.
    var words: [[[Word]?]] = []
    var quotePairs: QuotePairs?
    var quoteReadings: [Int: QuoteReading] = [:]
    var figures: [Int: FigureInterval] = [:]
    var registries: [Int: NameRegistry] = [:]
    let table: PassageWordTable
    let names: PersonNameReader

    init(table: PassageWordTable, names: PersonNameReader) {
        self.table = table
        self.names = names
    }
}

/// A quotation read for comparison: its words and who said it.
struct QuoteReading {
    let wording: QuoteWording
    let speaker: PersonName?
}

/// Where a passage is: article position in the input and passage position in the article.
struct PassageRef: Hashable, Comparable, Sendable {
    let article: Int
    let index: Int

    static func < (l: PassageRef, r: PassageRef) -> Bool {
        (l.article, l.index) < (r.article, r.index)
    }
}
