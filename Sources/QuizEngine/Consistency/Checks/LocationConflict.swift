/// Flags one person or event placed in incompatible places at the same time: Sofia Ramirez
/// huddling in Caracas while she "fled to Colombia in 2023" and posts "from Bogotá"; talks
/// "held at the Palais des Nations in Geneva" that "began ... in Vienna".
///
/// Places are compared through the gazetteer: two places conflict only when both are known and
/// neither contains the other (Bogotá and Colombia agree; Caracas and Bogotá do not). A person's
/// places must hold at the same time: a place with a time (a move "in 2023" holds from then on)
/// is compared with an undated one only if its time takes in the undated one's article date;
/// two undated places are both taken as the present. An event is in one place, whatever the
/// dates, unless the text says it moved.
///
/// Deliberately let pass: places the gazetteer does not know (a venue, a village), which may lie
/// inside the other; a place that contains the other ("in Geneva" and "in Switzerland");
/// birthplaces; places at different times ("moved to Santiago in 2020" and "grew up in
/// Mendoza", "will travel to Paris next week"); events the text says moved or will resume
/// elsewhere; people the story cannot tell apart.
public struct LocationConflict: ConsistencyCheck {
    public let kind = Finding.Kind.locationConflict

    public init() {}

    static let moveWords: Set<String> = [
        "moved", "relocated", "transferred", "shifted", "resume", "resumed", "resumes", "continue", "continued",
        "next", "later", "then", "travel", "travelled", "traveled", "flew", "returned", "will", "would",
    ]

    struct Item {
        let claim: IndexedClaim
        let entity: String
        let person: PersonName?
        let place: String
        let chain: [String]
    }

    public func findings(in context: CheckContext) -> [Finding] {
        var items: [Item] = []
        for claim in context.claims {
            guard case let .location(entity, place) = claim.value else { continue }
            if claim.text.range(of: "born") != nil || claim.before.contains("born") { continue }
            guard let chain = Self.chain(of: place) else { continue }
            let person = context.personName(entity).flatMap { context.resolve($0, in: claim.ref) }
            let key: String
            if let person {
                key = "person|" + person.last
            } else {
                let topic = Topic(entity)
                guard !topic.isEmpty else { continue }
                key = "event|" + topic.head
            }
            items.append(Item(claim: claim, entity: key, person: person, place: place, chain: chain))
        }
        var findings: [Finding] = []
        for bucket in Buckets.group(items, by: { StoryKey(context.story($0.claim.ref), $0.entity) }) where bucket.count > 1 {
            let groups = Buckets.clusters(bucket) { a, b in a.chain.contains(b.chain[0]) || b.chain.contains(a.chain[0]) }
            guard groups.count > 1 else { continue }
            var reported = 0
            for (i, j) in Buckets.pairs(groups.count) where reported < 3 {
                guard let (a, b) = pair(groups[i], groups[j], context: context) else { continue }
                findings.append(finding(a, b, context: context))
                reported += 1
            }
        }
        return findings
    }

    /// The place's gazetteer chain: the whole name, else the most specific known name inside it
    /// ("a Caracas high-rise", "the company's headquarters in Oslo").
    static func chain(of place: String) -> [String]? {
        if let chain = Gazetteer.chain(of: place) { return chain }
        let words = WordScanner.texts(in: place).map(PersonName.fold)
        for size in [3, 2, 1] where words.count >= size {
            for start in 0...(words.count - size) {
                if let chain = Gazetteer.chain(of: words[start..<(start + size)].joined(separator: " ")) { return chain }
            }
        }
        return nil
    }

    private func pair(_ first: [Item], _ second: [Item], context: CheckContext) -> (Item, Item)? {
        for a in first.prefix(6) {
            for b in second.prefix(6) where a.claim.ref != b.claim.ref {
                guard Gazetteer.related(a.chain[0], b.chain[0]) == false else { continue }
                if a.person != nil {
                    guard let ap = a.person, let bp = b.person, ap.sameAs(bp), sameTime(a.claim, b.claim, context: context) else { continue }
                } else if moved(a.claim, context: context) || moved(b.claim, context: context) {
                    continue
                }
                return a.claim.position < b.claim.position ? (a, b) : (b, a)
            }
        }
        return nil
    }

    /// Both places hold at one moment: overlapping times, or an undated place (the present of
    /// its article) inside the other's time.
    private func sameTime(_ x: IndexedClaim, _ y: IndexedClaim, context: CheckContext) -> Bool {
        func present(_ claim: IndexedClaim) -> Int? { context.published(claim.ref)?.dayNumber }
        switch (x.time, y.time) {
        case let (a?, b?): return a.overlaps(b)
        case let (a?, nil): return present(y).map { a.contains($0) } ?? false
        case let (nil, b?): return present(x).map { b.contains($0) } ?? false
        case (nil, nil): return true
        }
    }

    private func moved(_ claim: IndexedClaim, context: CheckContext) -> Bool {
        let table = context.wordTable
        return context.words(claim.ref).contains { Self.moveWords.contains(table.text($0.id)) }
    }

    private func finding(_ a: Item, _ b: Item, context: CheckContext) -> Finding {
        let who = a.person?.display ?? "The \(a.entity.split(separator: "|").last.map(String.init) ?? "event")"
        let (pa, pb) = (displayPlace(a), displayPlace(b))
        let summary = "\(Phrasing.sentence(who)) is placed in \(pa) and in \(pb) at the same time."
        var explanation = "\(Phrasing.sentence(context.sides(a.claim.ref, b.claim.ref).0)) puts \(who) in \(pa) "
        explanation += "(\(Phrasing.quoted(context.quote(a.claim, widened: false)))); "
        explanation += "\(context.sides(a.claim.ref, b.claim.ref).1) in \(pb) (\(Phrasing.quoted(context.quote(b.claim, widened: false)))). "
        explanation += geography(a, b) + " "
        explanation += a.person != nil
            ? (a.claim.time ?? b.claim.time) != nil
                ? "Nothing says they came back, and nobody is in two places at once."
                : "Nothing says they moved in between, and nobody is in two places at once."
            : "Nothing says it moved, so it cannot have taken place in both."
        var confidence = a.person == nil ? 0.8 : 0.75
        if a.claim.time == nil && b.claim.time == nil, a.person != nil { confidence -= 0.05 }
        if a.claim.ref.article != b.claim.ref.article, context.published(a.claim.ref) != context.published(b.claim.ref) {
            confidence -= 0.1
        }
        return Finding(
            kind: kind, confidence: confidence, summary: summary, explanation: explanation,
            citations: [context.citation(a.claim, widened: false), context.citation(b.claim, widened: false)]
        )
    }

    private func displayPlace(_ item: Item) -> String { Gazetteer.displayName(item.chain[0]) }

    /// The deciding geography: "Caracas is in Venezuela, Colombia is not."
    private func geography(_ a: Item, _ b: Item) -> String {
        let (na, nb) = (Gazetteer.displayName(a.chain[0]), Gazetteer.displayName(b.chain[0]))
        let countryA = a.chain.last.map(Gazetteer.displayName), countryB = b.chain.last.map(Gazetteer.displayName)
        if let ca = countryA, let cb = countryB, ca != cb {
            switch (ca == na, cb == nb) {
            case (true, true): return "\(na) and \(nb) are different countries."
            case (false, true): return "\(na) is in \(ca), not in \(nb)."
            case (true, false): return "\(nb) is in \(cb), not in \(na)."
            case (false, false): return "\(na) is in \(ca); \(nb) is in \(cb)."
            }
        }
        return "\(na) and \(nb) are different places."
    }
}
