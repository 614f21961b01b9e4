/// Finds passages that cannot all be true, within one article and across articles about the
/// same story.
///
/// The checker indexes the claims once (`CheckContext`: by passage, by story, with the cue
/// words around each claim) and runs each check of the registry over that index. Findings come
/// back in reading order (by the first passage they cite), one per kind and set of passages,
/// each citing the deciding span of every passage involved.
public struct ConsistencyChecker: Sendable {
    /// Every check, one per `Finding.Kind`. A test holds this list to the kinds.
    public static let registry: [any ConsistencyCheck] = [
        NumericConflict(),
        QuoteDrift(),
        WeekdayMismatch(),
        DateConflict(),
        DurationConflict(),
        SpanArithmetic(),
        AgeArithmetic(),
        TotalMismatch(),
        AttributionConflict(),
        RoleConflict(),
        LocationConflict(),
        TimelineConflict(),
    ]

    public let checks: [any ConsistencyCheck]
    /// How many articles (whole stories) are indexed at once; see `StoryPlan.batches`.
    var articlesPerIndex = StoryPlan.articlesPerBatch

    public init(checks: [any ConsistencyCheck] = ConsistencyChecker.registry) {
        self.checks = checks
    }

    /// Only the checks for some kinds of finding.
    public init(kinds: Set<Finding.Kind>) {
        self.checks = ConsistencyChecker.registry.filter { kinds.contains($0.kind) }
    }

    /// All findings at or above `minConfidence`, in a deterministic order.
    ///
    /// Claims that point at passages not in `articles` are ignored: a finding must be able to
    /// quote every passage it cites.
    /// Findings in reading order. Stories are indexed and checked a batch at a time (see
    /// `StoryPlan.batches`); the findings are those one index of everything would give.
    public func check(articles: [Article], claims: [Claim], minConfidence: Double = 0) -> [Finding] {
        var byArticle: [String: [Claim]] = [:]
        for claim in claims { byArticle[claim.article, default: []].append(claim) }
        return check(articles: articles, minConfidence: minConfidence) { byArticle[$0.id] ?? [] }
    }

    /// As above, with each article's claims asked for (from `claimsOf`, usually
    /// `ClaimExtractor.claims(in:)`) only while its batch of stories is checked: the claims of
    /// thousands of articles are then never all held at once.
    public func check(articles: [Article], minConfidence: Double = 0, claims claimsOf: (Article) -> [Claim]) -> [Finding] {
        let plan = StoryPlan(articles: articles)
        var findings: [Finding] = []
        for batch in plan.batches(articles: articlesPerIndex) {
            let groups = batch.map { claimsOf(plan.articles[$0]) }
            findings += check(CheckContext(plan: plan, members: batch, claimGroups: groups), minConfidence: minConfidence)
        }
        return plan.inReadingOrder(findings)
    }

    /// All findings over an index built by the caller.
    func check(_ context: CheckContext, minConfidence: Double = 0) -> [Finding] {
        var best: [FindingKey: Finding] = [:]
        for check in checks {
            for finding in check.findings(in: context) where finding.confidence >= minConfidence && !finding.citations.isEmpty {
                let (sorted, key) = context.inReadingOrder(finding)
                if let existing = best[key], existing.confidence >= sorted.confidence { continue }
                best[key] = sorted
            }
        }
        return Finding.inReadingOrder(Array(best.values), position: context.position(of:))
    }
}

/// What makes two findings the same: their kind and the passages they cite, by position (a
/// passage without one, by its ids). Positions are equal exactly when the ids are, and are
/// hashed without joining the ids into a string for every citation.
private struct FindingKey: Hashable {
    let kind: Finding.Kind
    let places: [PassageRef]
    let unplaced: [String]
}

extension CheckContext {
    /// A passage's position for sorting, from a citation.
    func position(of citation: Citation) -> PassageRef {
        guard let a = articleOrder[citation.article], let p = articles[a].passageIndex[citation.passage] else {
            return PassageRef(article: .max, index: .max)
        }
        return PassageRef(article: a, index: p)
    }

    /// The finding with its citations in reading order (one per passage), and what makes it the
    /// same as another.
    ///
    /// Each citation's passage is looked up once, before sorting (looked up in every
    /// comparison, it was two dictionary look-ups by string per citation each time), and
    /// citations of a passage already cited are told by position, not by a set of their ids
    /// joined into strings. The sort sees the same comparisons, so the order is the same.
    fileprivate func inReadingOrder(_ finding: Finding) -> (Finding, FindingKey) {
        let placed = finding.citations.map { (place: position(of: $0), citation: $0) }
        var citations: [Citation] = []
        var places: [PassageRef] = []
        var unplaced: [String] = []
        for (place, citation) in placed.sorted(by: { $0.place < $1.place }) {
            if place.article == .max {
                let ids = citation.article + "\u{1}" + citation.passage
                if unplaced.contains(ids) { continue }
                unplaced.append(ids)
            } else {
                if places.contains(place) { continue }
                places.append(place)
            }
            citations.append(citation)
        }
        // Two decimals: confidences are judgements, not measurements, and rounded figures keep
        // the JSON output stable and readable.
        let sorted = Finding(
            kind: finding.kind, confidence: (finding.confidence * 100).rounded() / 100, summary: finding.summary,
            explanation: finding.explanation, citations: citations
        )
        return (sorted, FindingKey(kind: finding.kind, places: places, unplaced: unplaced))
    }
}

extension Finding {
    /// Findings in reading order: by the passages cited, then kind, then wording, so that equal
    /// inputs always list findings the same way.
    static func inReadingOrder(_ findings: [Finding], position: (Citation) -> PassageRef) -> [Finding] {
        inReadingOrder(findings, of: { $0 }, position: position)
    }

    /// Things that carry a finding, in the reading order of their findings.
    ///
    /// Each finding's passages are looked up once, before sorting: looked up in every
    /// comparison (two dictionary lookups by string per citation) they were 5% of compiling a
    /// small pack.
    ///
    /// The sort moves numbers, not items: sorting the keyed items themselves copied and
    /// destroyed a finding (five strings and a citation array) at every step of the sort's
    /// insertion runs, 13.5M of a 1,000-article compile's 1,464M instructions for 8,500
    /// comparisons. The stable sort sees the same comparisons either way, so the order is the
    /// same.
    static func inReadingOrder<T>(_ items: [T], of finding: (T) -> Finding, position: (Citation) -> PassageRef) -> [T] {
        let keys = items.map { item in ReadingOrderKey(finding(item), position: position) }
        let order = keys.indices.sorted { keys[$0].precedes(keys[$1]) }
        return order.map { items[$0] }
    }
}

/// What findings are sorted by: the passages cited, then kind, then wording.
private struct ReadingOrderKey {
    let places: [PassageRef]
    let kind: Int
    let summary: String
    let explanation: String

    init(_ finding: Finding, position: (Citation) -> PassageRef) {
        places = finding.citations.map(position)
        kind = finding.kind.order
        summary = finding.summary
        explanation = finding.explanation
    }

    func precedes(_ other: ReadingOrderKey) -> Bool {
        for (x, y) in zip(places, other.places) where x != y { return x < y }
        if places.count != other.places.count { return places.count < other.places.count }
        if kind != other.kind { return kind < other.kind }
        if summary != other.summary { return summary < other.summary }
        return explanation < other.explanation
    }
}

private extension Finding.Kind {
    /// Position in `allCases`: kinds sort in the order they are declared.
    var order: Int { Finding.Kind.allCases.firstIndex(of: self)! }
}
