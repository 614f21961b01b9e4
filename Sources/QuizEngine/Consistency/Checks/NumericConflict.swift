/// Flags the same quantity given different values: "80% poverty" in one passage and "the 96%
/// poverty rate" in another, within an article or across articles of the same story.
///
/// Two figures are the same quantity when they are the same kind of value (a count, a
/// percentage, an amount in one currency), their subjects match (same head, one's words within
/// the other's: "poverty" and "poverty rate"), and they refer to the same time (both undated,
/// or dated alike). They conflict when no value fits both, after allowing for hedges ("nearly
/// 7 million" and "6.9 million" agree) and for the rounding the written form allows ("7 million"
/// and "6.9 million" agree; "80%" and "96%" do not).
///
/// Deliberately let pass: the same number about different things ("80% of voters", "80%
/// poverty"); figures dated differently ("in 2018" and "in 2024"); a figure next to words of
/// change or correction ("rose from 20 to 35", "revised", "up from"); proposals, requests,
/// forecasts, caps and averages ("calling for $200 million"); rates against totals ("$300 a
/// month"); two figures in one sentence (ranges and comparisons); negated figures; and, across
/// articles, figures still moving ("the toll reached 41").
public struct NumericConflict: ConsistencyCheck {
    public let kind = Finding.Kind.numericConflict

    public init() {}

    /// Subjects so general that matching them says little: a shared word around the figures
    /// must also tie the two passages together.
    static let genericHeads: Set<String> = [
        "people", "person", "official", "source", "member", "time", "year", "day", "case", "thing",
        "group", "country", "child", "man", "woman", "resident", "worker", "unit", "item", "point",
        "percent", "week", "month", "hour", "minute", "other", "",
    ]

    /// Words too common in news sentences to tie two of them together.
    static let weakContext: Set<String> = [
        "said", "say", "told", "according", "report", "reported", "official", "people", "year", "time", "also",
        "last", "first", "new", "more", "many", "percent", "cent", "million", "billion",
    ]

    /// A figure worth comparing. Its interval (`CheckContext.figure`) is read only once the
    /// figure is known to share its subject with another: most figures of a story share it
    /// with none, and reading every interval up front was half of what this check cost (15.6M
    /// of 29.5M instructions compiling 1,000 articles).
    struct Item {
        let claim: IndexedClaim
        let quantity: Quantity
        let dimension: String
    }

    public func findings(in context: CheckContext) -> [Finding] {
        var items: [Item] = []
        for claim in context.claims {
            let dimension: String
            let quantity: Quantity
            switch claim.value {
            case let .number(q): (dimension, quantity) = ("count", q)
            case let .percentage(q): (dimension, quantity) = ("percent", q)
            case let .money(q, currency): (dimension, quantity) = ("money:" + currency.uppercased(), q)
            default: continue
            }
            guard claim.cues.isDisjoint(with: [.change, .modal, .negated, .range, .rate]) else { continue }
            guard !claim.topic.isEmpty, quantity.stated.isFinite else { continue }
            // A bare year-like integer is a year, not a count.
            if dimension == "count", quantity.isExact, quantity.stated >= 1900, quantity.stated <= 2100,
               !claim.text.contains(",") { continue }
            items.append(Item(claim: claim, quantity: quantity, dimension: dimension))
        }

        var findings: [Finding] = []
        let buckets = Buckets.group(items) { StoryKey(context.story($0.claim.ref), $0.dimension) }
        for bucket in buckets where bucket.count > 1 {
            let topics = Buckets.clusters(bucket, limit: 24) { Self.sameSubject($0.claim, $1.claim) || Self.contextMatch($0.claim, $1.claim) }
            for group in topics where group.count > 1 {
                // Every item is a figure claim, so each has an interval.
                let measured = group.compactMap { item in context.figure(item.claim).map { (item: item, figure: $0) } }
                let values = Buckets.clusters(measured) { $0.figure.agrees(with: $1.figure) }.map { $0.map(\.item) }
                guard values.count > 1 else { continue }
                for (i, j) in Buckets.pairs(values.count) {
                    guard let (a, b) = firstComparablePair(values[i], values[j], context: context) else { continue }
                    findings.append(finding(a, b, context: context))
                }
            }
        }
        return findings
    }

    /// The earliest pair from two groups that may be compared: different sentences, tied
    /// together closely enough, and not a moving figure compared across articles.
    private func firstComparablePair(_ first: [Item], _ second: [Item], context: CheckContext) -> (Item, Item)? {
        for a in first.prefix(6) {
            for b in second.prefix(6) where comparable(a, b, context: context) {
                return a.claim.position < b.claim.position ? (a, b) : (b, a)
            }
        }
        return nil
    }

    /// Subjects worded differently that the sentences tie together: each figure's noun stands
    /// in the other's sentence ("93 per cent of members ... backed the strike" and "members
    /// ... 86% backed a strike").
    ///
    /// Only for percentages (shares of one group), and only when the sentences share at least two
    /// more words: counts worded differently are too often counts of different things.
    static func contextMatch(_ x: IndexedClaim, _ y: IndexedClaim) -> Bool {
        guard case .percentage = x.value, case .percentage = y.value else { return false }
        guard !x.topic.isEmpty, !y.topic.isEmpty, x.ref != y.ref else { return false }
        let (cx, cy) = (Set(x.context.map(CheckLexicon.normalize)), Set(y.context.map(CheckLexicon.normalize)))
        guard cy.contains(x.topic.head), cx.contains(y.topic.head) else { return false }
        return cx.intersection(cy).subtracting([x.topic.head, y.topic.head]).count >= 2
    }

    /// The same subject: the same words, or one's words within the other's when the extra words
    /// also stand in the shorter one's sentence ("poverty" and "poverty rate" agree; "backed"
    /// and "parents backing" do not, unless parents are in the first sentence too).
    static func sameSubject(_ x: IndexedClaim, _ y: IndexedClaim) -> Bool {
        guard x.topic.matches(y.topic) else { return false }
        let (wx, wy) = (Set(x.topic.words), Set(y.topic.words))
        if wx == wy { return true }
        let (small, extra) = wx.count < wy.count ? (x, wy.subtracting(wx)) : (y, wx.subtracting(wy))
        let around = Set(small.context.map(CheckLexicon.normalize)).union(small.localTopic.words)
        return extra.isSubset(of: around)
    }

    /// Figures dated differently are about different times. A dated figure and an undated one
    /// are compared only when the undated one's article appeared within two weeks of the date:
    /// then it most likely speaks of the same moment.
    private func sameTime(_ x: IndexedClaim, _ y: IndexedClaim, context: CheckContext) -> Bool {
        func current(_ claim: IndexedClaim, near window: ClosedRange<Int>) -> Bool {
            guard let published = context.published(claim.ref)?.dayNumber else { return false }
            return published >= window.lowerBound && published <= window.upperBound + 14
        }
        switch (x.time, y.time) {
        case let (a?, b?): return a.overlaps(b)
        case let (a?, nil): return current(y, near: a)
        case let (nil, b?): return current(x, near: b)
        case (nil, nil): return true
        }
    }

    private func comparable(_ a: Item, _ b: Item, context: CheckContext) -> Bool {
        let (x, y) = (a.claim, b.claim)
        guard x.ref != y.ref, sameTime(x, y, context: context) else { return false }
        if x.ref.article != y.ref.article {
            if x.cues.contains(.evolving) || y.cues.contains(.evolving) { return false }
        }
        // The checker's own reading of the nouns next to each figure must not point at two
        // different things ("80% of voters" against "80% poverty").
        if !Self.sameSubject(x, y) { return Self.contextMatch(x, y) }
        if !x.localTopic.isEmpty, !y.localTopic.isEmpty, x.localTopic.head != y.localTopic.head,
           x.localTopic.overlap(y.localTopic) == 0, !x.topic.matches(y.localTopic), !y.topic.matches(x.localTopic) {
            return false
        }
        // Across articles, the sentences must share something besides the subject ("aid
        // workers ... held in northern Valdoria"): "80 fatalities" in boat strikes and "killed
        // 50" in protests share only the word for death.
        if x.ref.article != y.ref.article {
            let subject = Set(x.topic.words).union(y.topic.words)
            let (cx, cy) = (Set(x.context.map(CheckLexicon.normalize)), Set(y.context.map(CheckLexicon.normalize)))
            if cx.intersection(cy).subtracting(subject).subtracting(Self.weakContext).isEmpty { return false }
        }
        if Self.genericHeads.contains(x.topic.head) || x.topic.words.count < 1 {
            let shared = x.context.contains { word in y.context.contains(word) && !x.topic.words.contains(CheckLexicon.normalize(word)) }
            if !shared { return false }
        }
        return true
    }

    private func finding(_ a: Item, _ b: Item, context: CheckContext) -> Finding {
        let (x, y) = (a.claim, b.claim)
        let subject = x.subjectPhrase.isEmpty ? y.subjectPhrase : x.subjectPhrase
        let (first, second) = (describe(a), describe(b))
        let (one, other) = context.sides(x.ref, y.ref)
        var confidence = 0.85 * context.crossArticleFactor(x.ref, y.ref)
        if x.claim.subject.isEmpty || y.claim.subject.isEmpty { confidence -= 0.05 }
        if x.cues.contains(.evolving) || y.cues.contains(.evolving) { confidence -= 0.15 }
        if Self.genericHeads.contains(x.topic.head) { confidence -= 0.1 }
        if !Self.sameSubject(x, y) { confidence -= 0.1 }
        if x.time != nil || y.time != nil, x.time != y.time { confidence -= 0.05 }

        let named = subject.isEmpty ? "the same thing" : Phrasing.subject(subject)
        let summary = "Two different figures for \(named): \(first) and \(second)."
        var explanation: String
        if case .number = x.value, !subject.isEmpty {
            // Counts read best as "the number of": "puts the number of climbers at 9".
            explanation = "\(Phrasing.sentence(one)) puts the number of \(subject) at \(first) "
                + "(\(Phrasing.quoted(context.quote(x)))); \(other) at \(second) (\(Phrasing.quoted(context.quote(y)))). "
        } else {
            explanation = "\(Phrasing.sentence(one)) gives \(subject.isEmpty ? "it" : named) as \(first) "
                + "(\(Phrasing.quoted(context.quote(x)))); \(other) gives \(second) (\(Phrasing.quoted(context.quote(y)))). "
        }
        explanation += difference(a, b) + " "
        explanation += "Neither passage says the figure changed or refers to a different time, so they cannot both be right."
        return Finding(
            kind: kind, confidence: confidence, summary: summary, explanation: explanation,
            citations: [context.citation(x), context.citation(y)]
        )
    }

    private func describe(_ item: Item) -> String {
        switch item.claim.value {
        case let .percentage(q): return Phrasing.quantity(q, Phrasing.percent)
        case let .money(q, currency): return Phrasing.quantity(q) { Phrasing.money($0, currency: currency) }
        case let .number(q): return Phrasing.quantity(q, Phrasing.number)
        default: return item.claim.text
        }
    }

    /// The arithmetic that decides: how far apart the figures are.
    private func difference(_ a: Item, _ b: Item) -> String {
        let (qa, qb) = (a.quantity, b.quantity)
        if !qa.isExact || !qb.isExact {
            return "No single figure can be both \(describe(a)) and \(describe(b))."
        }
        let gap = abs(qa.stated - qb.stated)
        let amount: String
        switch a.claim.value {
        case .percentage: amount = Phrasing.decimal(gap * 100) + " percentage points"
        case let .money(_, currency): amount = Phrasing.money(gap, currency: currency)
        default: amount = Phrasing.number(gap)
        }
        return "They differ by \(amount), more than rounding can explain."
    }
}
