/// A claim that can carry a generated question, with the sentence it stands in.
///
/// Small and flat: the claim, the article's home (shared by all its candidates) and the
/// sentence's position in the article. A pack of 10,000 articles has 80,000 candidates; as
/// objects each was an allocation to make, a pointer to follow whenever they were ordered, and
/// a deallocation at the end (1% of the compile's time together). The generators order
/// positions in the list (`CandidateOrder`), so candidates are never copied around.
struct ClaimCandidate {
    /// An article and its position in the list the candidates were collected from.
    final class Home {
        let article: Article
        let position: Int

        init(_ article: Article, position: Int) {
            self.article = article
            self.position = position
        }
    }

    let claim: Claim
    let home: Home
    /// The position of the claim's sentence in the article's passages.
    let passageIndex: Int

    var article: Article { home.article }
    var passage: Passage { home.article.passages[passageIndex] }

    init(claim: Claim, home: Home, passageIndex: Int) {
        self.claim = claim
        self.home = home
        self.passageIndex = passageIndex
    }

    /// The skill a question about this claim trains.
    var skill: Skill {
        switch claim.kind {
        case .number, .percentage, .money, .age: .numbers
        case .date, .weekdayDate, .duration, .year, .span: .datesAndTimelines
        case .quote: .quotes
        case .attribution: .sourcing
        default: .peopleAndPlaces
        }
    }

    var difficulty: Difficulty {
        switch claim.kind {
        case .number, .percentage, .money, .age: .easy
        case .date, .duration, .year, .span, .attribution: .medium
        default: .hard
        }
    }

    /// "paragraph 3": where the passage is, once the article has been named.
    var whereabouts: String { "paragraph " + String(passage.paragraph) }

    static func describe(_ metadata: ArticleMetadata) -> String {
        let title = "“\(shortTitle(metadata.title))”"
        return metadata.outlet.map { "\($0)’s \(title)" } ?? title
    }

    static func shortTitle(_ title: String) -> String {
        // Counted on bytes first: nearly every title is short, and splitting it by `Character`
        // to count its words was 20,000 instructions a title.
        if StatementWriter.spaceSeparatedWords(title).count <= 9 { return title }
        return title.split(separator: " ").prefix(8).joined(separator: " ") + "…"
    }

    /// How a statement names the article as its source: the outlet, else the short title.
    static func sourceName(_ metadata: ArticleMetadata) -> String {
        metadata.outlet ?? "the article “\(shortTitle(metadata.title))”"
    }

    /// Candidates of the given kinds whose sentence can stand alone as a statement.
    static func collect(
        articles: [Article], claims: [[Claim]], kinds: ClaimKindSet, writer: StatementWriter
    ) -> [ClaimCandidate] {
        zip(articles, claims).enumerated().flatMap { position, pair in
            collect(Home(pair.0, position: position), claims: pair.1, kinds: kinds, writer: writer)
        }
    }

    /// The candidates of one article: the first claim of the kinds asked for in each sentence
    /// that can stand alone and suits it.
    static func collect(_ home: Home, claims: [Claim], kinds: ClaimKindSet, writer: StatementWriter) -> [ClaimCandidate] {
        let passages = home.article.passages
        // At most one candidate per sentence: room for them all, allocated once.
        var result: [ClaimCandidate] = []
        result.reserveCapacity(passages.count)
        // By passage position (sets and dictionaries keyed by passage id hashed a string for
        // every claim): whether one already has a candidate, else whether it can stand alone,
        // judged once however many claims it holds.
        enum Sentence { case notJudged, usable, unusable, used }
        var sentences = [Sentence](repeating: .notJudged, count: passages.count)
        var cursor = 0
        for claim in claims where kinds.contains(claim.kind) {
            guard let p = Self.index(of: claim.passage, in: passages, from: &cursor), sentences[p] != .used else { continue }
            let passage = passages[p]
            if sentences[p] == .notJudged { sentences[p] = writer.isUsableSentence(passage) ? .usable : .unusable }
            guard sentences[p] == .usable, writer.suits(claim, in: passage) else { continue }
            sentences[p] = .used
            result.append(ClaimCandidate(claim: claim, home: home, passageIndex: p))
        }
        return result
    }

    /// The position of the passage with id `id` (ids are unique within an article). Claims come
    /// in text order, several to a sentence, so the passage of the claim before (`cursor`) is
    /// tried first.
    private static func index(of id: String, in passages: [Passage], from cursor: inout Int) -> Int? {
        if cursor < passages.count, passages[cursor].id == id { return cursor }
        guard let found = passages.firstIndex(where: { $0.id == id }) else { return nil }
        cursor = found
        return found
    }

    /// The passage text with `change` applied.
    func sentence(with change: DetailAlteration.Change?) -> String {
        guard let change else { return passage.text }
        return passage.text.replacingUTF8(change.range, with: change.replacement)
    }

    var citation: Citation { Citation(article: article.id, passage: passage.id, quote: claim.text) }
}

/// What the true/false and fact-check generators both start from, built once per pack: the
/// statement writer, the table of figures already used, the claims worth asking about and
/// what ordering them reads. Each used to build its own, which cost a quarter of compiling a
/// large pack.
struct ClaimQuestionMaterial {
    let writer: StatementWriter
    let alteration: DetailAlteration
    let candidates: [ClaimCandidate]
    let order: CandidateOrder

    init(articles: [Article], claims: [[Claim]], kinds: ClaimKindSet) {
        let writer = StatementWriter(articles: articles)
        self.init(
            writer: writer, alteration: DetailAlteration(claims: claims.joined()),
            candidates: ClaimCandidate.collect(articles: articles, claims: claims, kinds: kinds, writer: writer)
        )
    }

    /// From parts gathered as claims were read (see `QuestionGeneration`).
    init(writer: StatementWriter, alteration: DetailAlteration, candidates: [ClaimCandidate]) {
        self.writer = writer
        self.alteration = alteration
        self.candidates = candidates
        order = CandidateOrder(candidates)
    }
}
