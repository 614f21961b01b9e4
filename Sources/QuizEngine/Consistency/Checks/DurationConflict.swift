/// Flags one event given lengths of time that cannot both be right: "a 40-minute call" and "the
/// hour-long call".
///
/// Lengths are intervals ("less than 15 minutes" is anything under 15), widened by the rounding
/// a round figure allows (an "hour-long" call may have run 55 minutes; "12 minutes" means
/// twelve). Two lengths of the same event, in the same story, conflict when the intervals do not
/// meet.
///
/// Deliberately let pass: compatible intervals ("12 minutes" and "less than 15 minutes", "two
/// hours" and "120 minutes"); deadlines and windows ("a 72-hour timeframe") and offsets ("three
/// days later"), which are not lengths of the event; lengths of events marked as different or
/// in the plural ("each call lasted ..."); lengths in sentences that negate them; two lengths
/// in one sentence (usually a comparison).
public struct DurationConflict: ConsistencyCheck {
    public let kind = Finding.Kind.durationConflict

    public init() {}

    static let windowWords: Set<String> = [
        "within", "deadline", "ultimatum", "timeframe", "window", "grace", "after", "later", "before",
        "earlier", "ago", "until", "by", "every", "each", "per", "next", "past", "last", "since",
        "gave", "give", "given", "giving",
    ]

    struct Item {
        let claim: IndexedClaim
        let event: EventMention
        let low: Double
        let high: Double
        let quantity: Quantity
    }

    public func findings(in context: CheckContext) -> [Finding] {
        var items: [Item] = []
        for claim in context.claims {
            guard let event = claim.event, let q = Self.length(of: claim, context: context) else { continue }
            guard !event.plural, !event.distinct, !["deadline", "ultimatum"].contains(event.noun),
                  claim.cues.isDisjoint(with: [.negated, .range, .rate, .modal]) else { continue }
            if claim.before.prefix(2).contains(where: Self.windowWords.contains)
                || claim.after.prefix(2).contains(where: { ["after", "later", "before", "earlier", "ago", "deadline", "ultimatum", "window", "timeframe"].contains($0) }) {
                continue
            }
            let slack = Self.slack(q)
            items.append(Item(claim: claim, event: event, low: q.lower - slack, high: q.upper + slack, quantity: q))
        }
        var findings: [Finding] = []
        for bucket in Buckets.group(items, by: { StoryKey(context.story($0.claim.ref), $0.event.noun) }) where bucket.count > 1 {
            let groups = Buckets.clusters(bucket) { a, b in !(a.high < b.low || b.high < a.low) }
            guard groups.count > 1 else { continue }
            for (i, j) in Buckets.pairs(groups.count) {
                guard let a = groups[i].first(where: { x in groups[j].contains { $0.claim.ref != x.claim.ref } }),
                      let b = groups[j].first(where: { $0.claim.ref != a.claim.ref }) else { continue }
                let (x, y) = a.claim.position < b.claim.position ? (a, b) : (b, a)
                findings.append(finding(x, y, context: context))
            }
        }
        return findings
    }

    /// A duration claim's interval; or a count followed by a unit of time ("lasted two full
    /// days"), which the extractor may read as a plain number.
    static func length(of claim: IndexedClaim, context: CheckContext) -> Quantity? {
        switch claim.value {
        case let .duration(q): return q
        case let .number(q):
            let words = context.words(claim.ref)
            let span = words.indices(covering: claim.claim.range)
            guard let unit = IndexedClaim.timeUnit(
                after: words, end: span.upperBound, table: context.wordTable, cueWords: context.cueWords
            ) else { return nil }
            return q.scaled(by: unit)
        default: return nil
        }
    }

    /// Round lengths are rounded: an hour may be 55 minutes, half an hour 28. Exact odd figures
    /// ("12 minutes", "47 seconds") are taken at their word, give or take half a unit.
    static func slack(_ q: Quantity) -> Double {
        let s = q.stated
        guard s.isFinite, s > 0 else { return 0 }
        let roundHours = s >= 3_600 && s.truncatingRemainder(dividingBy: 1_800) == 0
        let roundMinutes = s >= 600 && s.truncatingRemainder(dividingBy: 300) == 0
        if roundHours || roundMinutes { return 0.1 * s }
        if s >= 86_400 { return 0.05 * s }
        if s >= 3_600 { return 900 }
        if s >= 60 { return 30 }
        return 0.5
    }

    private func finding(_ a: Item, _ b: Item, context: CheckContext) -> Finding {
        let noun = a.event.noun
        let (one, other) = context.sides(a.claim.ref, b.claim.ref)
        let (da, db) = (describe(a.quantity), describe(b.quantity))
        let summary = "The \(noun) lasts \(da) in one place and \(db) in another."
        var explanation = "\(Phrasing.sentence(one)) gives the \(noun) a length of \(da) (\(Phrasing.quoted(context.quote(a.claim, widened: false)))); "
        explanation += "\(other) gives \(db) (\(Phrasing.quoted(context.quote(b.claim, widened: false)))). "
        explanation += "No single length is both \(da) and \(db), even allowing for rounding, so the two cannot describe the same \(noun)."
        let confidence = a.claim.ref.article == b.claim.ref.article ? 0.8 : 0.75
        return Finding(
            kind: kind, confidence: confidence, summary: summary, explanation: explanation,
            citations: [context.citation(a.claim, widened: false), context.citation(b.claim, widened: false)]
        )
    }

    private func describe(_ q: Quantity) -> String {
        Phrasing.quantity(q, Phrasing.duration)
    }
}
