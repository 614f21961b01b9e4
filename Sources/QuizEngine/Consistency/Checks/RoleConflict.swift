/// Flags one person given roles or titles that cannot hold together: "Sen. Marco Rubio" and
/// "Secretary of State Marco Rubio"; "his wife, Cilia Flores" and "his sister, Cilia Flores";
/// "teacher Sofia Ramirez" and "nurse Sofia Ramirez"; a Florida senator who is also a Texas one.
///
/// Roles are compared within families whose members one person does not hold at once (elected
/// offices, cabinet posts, company officers, family relations to the same person, full-time
/// trades, parties, military ranks, diplomatic postings), for mentions that resolve to the same
/// person in the same story.
///
/// Deliberately let pass: roles that combine ("analyst" and "former ambassador", "founder" and
/// "chief executive", "speaker" and "representative"); roles marked as past, future or partial
/// ("former", "ex-", "acting", "-elect", "then"); roles dated differently ("foreign minister in
/// 2006, then vice president in 2012"); family roles relative to different people ("Maduro's
/// son" and "Flores's nephew"); people who cannot be told apart (two Rodríguezes in the story).
public struct RoleConflict: ConsistencyCheck {
    public let kind = Finding.Kind.roleConflict

    public init() {}

    struct Item {
        let claim: IndexedClaim
        let person: PersonName
        let sense: RoleSense
        let role: String
    }

    public func findings(in context: CheckContext) -> [Finding] {
        var items: [Item] = []
        for claim in context.claims {
            guard case let .role(_, role) = claim.value, let person = claim.people.first else { continue }
            // Role phrases repeat ("spokesperson", "union leader"): each is read once a run.
            guard let sense = context.phrases.role(role), !sense.qualified else { continue }
            // A qualifier just outside the extracted role ("who was formerly", "the then").
            if claim.before.prefix(2).contains(where: RoleSense.qualifiers.contains) { continue }
            guard let resolved = context.resolve(person, in: claim.ref) else { continue }
            items.append(Item(claim: claim, person: resolved, sense: sense, role: role))
        }
        var findings: [Finding] = []
        let buckets = Buckets.group(items) { StoryKey(context.story($0.claim.ref), $0.person.last) }
        for bucket in buckets where bucket.count > 1 {
            var reported = Set<String>()
            for i in 0..<min(bucket.count, 10) {
                for j in (i + 1)..<min(bucket.count, 10) {
                    let (a, b) = (bucket[i], bucket[j])
                    guard a.claim.ref != b.claim.ref, a.person.sameAs(b.person),
                          a.sense.conflicts(with: b.sense) else { continue }
                    if a.claim.time != nil || b.claim.time != nil {
                        guard let ta = a.claim.time, let tb = b.claim.time, ta.overlaps(tb) else { continue }
                    }
                    let key = [a.sense.value, b.sense.value].sorted().joined(separator: "|") + (a.sense.places.first ?? "") + (b.sense.places.first ?? "")
                    guard reported.insert(key).inserted else { continue }
                    findings.append(finding(a, b, context: context))
                }
            }
        }
        return findings
    }

    private func finding(_ a: Item, _ b: Item, context: CheckContext) -> Finding {
        let name = a.person.tokens.count >= b.person.tokens.count ? a.person.display : b.person.display
        let (ra, rb) = (describe(a), describe(b))
        let (one, other) = context.sides(a.claim.ref, b.claim.ref)
        let summary = "\(name) is \(ra) in one place and \(rb) in another."
        var explanation = "\(Phrasing.sentence(one)) calls \(name) \(ra) (\(Phrasing.quoted(context.quote(a.claim, widened: false)))); "
        explanation += "\(other) calls them \(rb) (\(Phrasing.quoted(context.quote(b.claim, widened: false)))). "
        explanation += reason(a.sense, b.sense)
        let confidence: Double
        switch a.sense.family {
        case .office, .cabinet, .party, .diplomatic: confidence = 0.8
        case .family: confidence = a.sense.relativeTo != nil && b.sense.relativeTo != nil ? 0.8 : 0.7
        default: confidence = 0.7
        }
        return Finding(
            kind: kind, confidence: confidence * context.crossArticleFactor(a.claim.ref, b.claim.ref),
            summary: summary, explanation: explanation,
            citations: [context.citation(a.claim, widened: false), context.citation(b.claim, widened: false)]
        )
    }

    /// "a senator", "the sister of Maduro", "a Republican".
    private func describe(_ item: Item) -> String {
        var role = item.role
        while let first = role.first, first == " " { role.removeFirst() }
        let lower = role.lowercased()
        if lower.hasPrefix("his ") || lower.hasPrefix("her ") || lower.hasPrefix("their ") || lower.hasPrefix("the ") { return role }
        let vowel = lower.first.map { "aeiou".contains($0) } ?? false
        return (vowel ? "an " : "a ") + role
    }

    private func reason(_ a: RoleSense, _ b: RoleSense) -> String {
        switch a.family {
        case .family:
            return "Nothing says these are two different relatives, and one person cannot be both to the same family member."
        case .party:
            return "A politician belongs to one party at a time, and nothing says they switched."
        case .office, .cabinet, .corporate, .diplomatic, .rank:
            if a.value == b.value {
                return "The same post cannot be held for two different places at once, and nothing says they moved."
            }
            return "Nothing says they changed jobs, and one person does not hold both posts at once."
        case .occupation:
            return "Nothing says they changed jobs; two different full-time trades for one person at the same time is a warning sign."
        }
    }
}
