/// Flags one event given different dates: the call "held on November 21" in one article and
/// "the August 15 call" in another.
///
/// Two dates belong to the same event when they are in the same story and name the same event
/// noun ("call", "conversation" and "phone call" are one noun) without marking it as one of
/// several. Within one article both mentions must be definite ("the call", "the November 21
/// call"); across articles that is what makes the event the story's own. They conflict when no
/// day fits both (a month and a day in it agree).
///
/// Deliberately let pass: events marked as different ("the second call", "an earlier meeting",
/// "a follow-up call"); events in the plural ("calls"); within one article an indefinite
/// mention ("a call on March 3"), which may introduce a different event; an article that
/// speaks of the event noun in the plural anywhere (then there were several); dates the sentence
/// negates; dates whose year was guessed and that agree in some year.
public struct DateConflict: ConsistencyCheck {
    public let kind = Finding.Kind.dateConflict

    public init() {}

    struct Item {
        let claim: IndexedClaim
        let event: EventMention
        let low: CalendarDate
        let high: CalendarDate
    }

    public func findings(in context: CheckContext) -> [Finding] {
        var items: [Item] = []
        var pluralEvents = Set<String>()  // "article|noun"
        for claim in context.claims {
            guard let event = claim.event else { continue }
            let value: DateValue
            switch claim.value {
            case let .date(d): value = d
            case let .weekdayDate(_, d): value = d
            default: continue
            }
            if event.plural || event.distinct { pluralEvents.insert("\(claim.ref.article)|\(event.noun)") }
            guard !event.plural, !event.distinct, !claim.cues.contains(.negated),
                  !["deadline", "ultimatum"].contains(event.noun),
                  let low = value.earliest, let high = value.latest else { continue }
            items.append(Item(claim: claim, event: event, low: low, high: high))
        }
        var findings: [Finding] = []
        for bucket in Buckets.group(items, by: { StoryKey(context.story($0.claim.ref), $0.event.noun) }) where bucket.count > 1 {
            let groups = Buckets.clusters(bucket) { a, b in !(a.high < b.low || b.high < a.low) }
            guard groups.count > 1 else { continue }
            for (i, j) in Buckets.pairs(groups.count) {
                guard let (a, b) = pair(groups[i], groups[j], plural: pluralEvents) else { continue }
                findings.append(finding(a, b, context: context))
            }
        }
        return findings
    }

    private func pair(_ first: [Item], _ second: [Item], plural: Set<String>) -> (Item, Item)? {
        for a in first.prefix(6) {
            for b in second.prefix(6) where a.claim.ref != b.claim.ref {
                if a.claim.ref.article == b.claim.ref.article {
                    guard a.event.definite, b.event.definite,
                          !plural.contains("\(a.claim.ref.article)|\(a.event.noun)") else { continue }
                } else {
                    // Across articles, at least one names the story's event ("the call", or a
                    // bare "Talks ... opened" in a lead); two indefinite "a call"s may be two calls.
                    guard a.event.definite || a.event.bare || b.event.definite || b.event.bare else { continue }
                }
                // The groups' leaders disagree; these two must too.
                guard a.high < b.low || b.high < a.low else { continue }
                return a.claim.position < b.claim.position ? (a, b) : (b, a)
            }
        }
        return nil
    }

    private func finding(_ a: Item, _ b: Item, context: CheckContext) -> Finding {
        let noun = a.event.noun
        let (one, other) = context.sides(a.claim.ref, b.claim.ref)
        let (da, db) = (describe(a), describe(b))
        let gap = a.high < b.low ? a.high.days(until: b.low) : b.high.days(until: a.low)
        let summary = "The \(noun) is dated \(da) in one place and \(db) in another."
        var explanation = "\(Phrasing.sentence(one)) dates the \(noun) to \(da) (\(Phrasing.quoted(context.quote(a.claim)))); "
        explanation += "\(other) dates it to \(db) (\(Phrasing.quoted(context.quote(b.claim)))). "
        explanation += "Those dates are \(Phrasing.count(gap, "day")) apart, and nothing says there was more than one \(noun), "
        explanation += "so they cannot both be the date of the same \(noun)."
        var confidence = a.claim.ref.article == b.claim.ref.article ? 0.75 : 0.8
        if !(a.event.definite && b.event.definite) { confidence -= 0.1 }
        if !(a.event.definite || a.event.bare) || !(b.event.definite || b.event.bare) { confidence -= 0.05 }
        return Finding(
            kind: kind, confidence: confidence, summary: summary, explanation: explanation,
            citations: [context.citation(a.claim, widened: false), context.citation(b.claim, widened: false)]
        )
    }

    private func describe(_ item: Item) -> String {
        switch item.claim.value {
        case let .date(d): return Phrasing.date(d)
        case let .weekdayDate(_, d): return Phrasing.date(d)
        default: return item.claim.text
        }
    }
}
