/// Flags an age that does not fit a stated birth date and the article's date ("Maduro, 70" with
/// "born in 1962" in a 2025 article), and two ages of one person that cannot both hold at the
/// times they are given for ("Ramirez, 35" and "Ramirez, 38" in the same article).
///
/// A birth year allows two ages at any date (before and after the birthday): someone born in
/// 1962 is 62 or 63 in 2025. A full birth date allows exactly one. An age holds at the time its
/// claim says, else at the article's published date. Two ages of one person may differ by the
/// whole years between their dates, or one more.
///
/// Deliberately let pass: a correct age (either side of the birthday); ages told about the past
/// ("At 29, she fled", "at the age of 12"); people who cannot be told apart (a surname shared by
/// two people in the story, such as a father and son); articles without a published date.
public struct AgeArithmetic: ConsistencyCheck {
    public let kind = Finding.Kind.ageArithmetic

    public init() {}

    struct Age {
        let claim: IndexedClaim
        let person: PersonName
        let years: Quantity
        let at: CalendarDate
    }

    struct Birth {
        let claim: IndexedClaim
        let people: [PersonName]
        let year: Int
        let day: CalendarDate?
    }

    public func findings(in context: CheckContext) -> [Finding] {
        var ages: [Age] = []
        var births: [Birth] = []
        for claim in context.claims {
            switch claim.value {
            case let .age(q):
                guard let person = claim.people.first, q.stated.isFinite, !isHistorical(claim) else { continue }
                // A time that is the birth year written beside the age ("a 71-year-old born in
                // 1957") is not when the age holds.
                var time = claim.time
                if let window = time, context.claims(in: claim.ref).contains(where: { other in
                    IndexedClaim.isBirthClaim(other) && other.exactWindow.map { $0.overlaps(window) } == true
                }) {
                    time = nil
                }
                let at: CalendarDate?
                if let time, time.lowerBound == time.upperBound { at = CalendarDate(dayNumber: time.lowerBound) }
                else if time != nil { continue }
                else { at = context.published(claim.ref) }
                guard let at else { continue }
                ages.append(Age(claim: claim, person: person, years: q, at: at))
            case let .year(y):
                guard !claim.people.isEmpty || IndexedClaim.isBirthClaim(claim) else { continue }
                births.append(Birth(claim: claim, people: claim.people, year: y, day: nil))
            case let .date(d):
                guard !claim.people.isEmpty, let y = d.year, !d.yearInferred else { continue }
                births.append(Birth(claim: claim, people: claim.people, year: y, day: d.exactDay))
            default:
                continue
            }
        }
        guard !ages.isEmpty else { return [] }
        // Births by the name words they mention, so each age looks only at births that name
        // someone who could be the same person.
        var birthsByName: [StoryKey<String>: [Int]] = [:]
        for (i, birth) in births.enumerated() {
            let people = birth.people.isEmpty ? previousNames(birth.claim, context: context) : birth.people
            for token in Set(people.flatMap(\.tokens)) {
                birthsByName[StoryKey(context.story(birth.claim.ref), token), default: []].append(i)
            }
        }
        var findings: [Finding] = []
        var reported = Set<Int>()
        // Ages are keyed by the last word of the name as written, which is that of the full name
        // it resolves to (`NameRegistry.resolve` only picks among names ending in that word):
        // resolving it only to key it built the story's registry of names for every age, 0.9%
        // of a compile, where most ages have no birth and no second age to be compared with.
        for age in ages where !births.isEmpty {
            let key = StoryKey(context.story(age.claim.ref), age.person.last)
            for birth in (birthsByName[key] ?? []).prefix(16).map({ births[$0] }) {
                let people = birth.people.isEmpty ? previousNames(birth.claim, context: context) : birth.people
                guard people.contains(where: { context.samePerson(age.person, in: age.claim.ref, $0, in: birth.claim.ref) }),
                      !namesSomeoneElse(people, than: age.person, at: age.claim.ref, context: context) else { continue }
                let allowed = allowedAges(birth, at: age.at)
                guard !fits(age.years, allowed) else { continue }
                reported.insert(age.claim.position)
                findings.append(birthFinding(age, birth, allowed: allowed, context: context))
                break
            }
        }
        // Two ages of one person.
        let byPerson = Buckets.group(ages.filter { !reported.contains($0.claim.position) }) { age in
            StoryKey(context.story(age.claim.ref), age.person.last)
        }
        for group in byPerson where group.count > 1 {
            var done = false
            for i in 0..<min(group.count, 8) where !done {
                for j in (i + 1)..<min(group.count, 8) {
                    let (a, b) = group[i].at <= group[j].at ? (group[i], group[j]) : (group[j], group[i])
                    guard a.claim.ref != b.claim.ref,
                          context.samePerson(a.person, in: a.claim.ref, b.person, in: b.claim.ref) else { continue }
                    let days = a.at.days(until: b.at)
                    let low = Double(days / 366), high = (Double(days) / 365).rounded(.up)
                    let gapLow = b.years.lower - a.years.upper, gapHigh = b.years.upper - a.years.lower
                    guard gapHigh < low || gapLow > high else { continue }
                    findings.append(twoAgesFinding(a, b, days: days, context: context))
                    done = true
                    break
                }
            }
        }
        return findings
    }

    /// "At 29, she fled", "at the age of 12", "when he was 20": ages that date an earlier event.
    private func isHistorical(_ claim: IndexedClaim) -> Bool {
        if claim.before.first == "at" || claim.before.contains("age") || claim.before.contains("when") { return true }
        if claim.after.contains("when") { return true }
        return false
    }

    /// The ages someone born then can be on a date: one with a full birth date, two with a year.
    private func allowedAges(_ birth: Birth, at date: CalendarDate) -> ClosedRange<Int> {
        if let day = birth.day {
            var age = date.year - day.year
            if (date.month, date.day) < (day.month, day.day) { age -= 1 }
            return age...age
        }
        let upper = date.year - birth.year
        return (upper - 1)...upper
    }

    private func fits(_ q: Quantity, _ allowed: ClosedRange<Int>) -> Bool {
        let low = Double(allowed.lowerBound), high = Double(allowed.upperBound) + 0.999
        return !(q.upper < low || q.lower > high)
    }

    /// The names in the sentence before a birth date that names nobody ("He was born in 1962").
    private func previousNames(_ claim: IndexedClaim, context: CheckContext) -> [PersonName] {
        guard let previous = context.passage(claim.ref, offset: -1) else { return [] }
        return IndexedClaim.names(
            in: context.words(previous), text: context.passage(previous).text, reader: context.nameReader, born: context.cueWords.born
        )
    }

    /// The birth sentence also names a different person whose name contains the age's name
    /// ("Maduro Guerra" beside "Maduro"): it may be that person's birth.
    private func namesSomeoneElse(_ people: [PersonName], than person: PersonName, at ref: PassageRef, context: CheckContext) -> Bool {
        let resolved = context.resolve(person, in: ref) ?? person
        return people.contains { other in
            other.tokens.count > 1 && other.tokens.contains(person.last) && !other.sameAs(resolved)
                && !(context.resolve(other, in: ref).map { $0.sameAs(resolved) } ?? false)
        }
    }

    private func birthFinding(_ age: Age, _ birth: Birth, allowed: ClosedRange<Int>, context: CheckContext) -> Finding {
        let name = (context.resolve(age.person, in: age.claim.ref) ?? age.person).display
        let stated = Phrasing.quantity(age.years) { Phrasing.decimal($0) }
        let born = birth.day?.longDescription ?? String(birth.year)
        let possible = allowed.lowerBound == allowed.upperBound
            ? "\(allowed.lowerBound)" : "\(allowed.lowerBound) or \(allowed.upperBound)"
        let summary = "Someone born in \(born) is \(possible) on \(age.at.longDescription), not \(stated)."
        var explanation = "\(name) is given as \(stated) (\(Phrasing.quoted(context.quote(age.claim, widened: false)))) "
        explanation += "and as born in \(born) (\(Phrasing.quoted(context.quote(birth.claim, widened: false)))). "
        explanation += "\(age.at.year) − \(birth.year) = \(age.at.year - birth.year), so on \(age.at.longDescription) "
        explanation += birth.day == nil ? "that person is \(possible), depending on the birthday. " : "that person is \(possible). "
        explanation += "The age and the birth date cannot both be right."
        let confidence = age.claim.ref.article == birth.claim.ref.article ? 0.85 : 0.75
        return Finding(
            kind: kind, confidence: confidence, summary: summary, explanation: explanation,
            citations: [context.citation(age.claim, widened: false), context.citation(birth.claim, widened: false)]
        )
    }

    private func twoAgesFinding(_ a: Age, _ b: Age, days: Int, context: CheckContext) -> Finding {
        let name = (context.resolve(a.person, in: a.claim.ref) ?? a.person).display
        let (sa, sb) = (Phrasing.quantity(a.years) { Phrasing.decimal($0) }, Phrasing.quantity(b.years) { Phrasing.decimal($0) })
        let summary = "\(name) is \(sa) in one place and \(sb) in another."
        var explanation = "\(name) is \(sa) (\(Phrasing.quoted(context.quote(a.claim, widened: false)))) "
        explanation += "and \(sb) (\(Phrasing.quoted(context.quote(b.claim, widened: false)))). "
        if days == 0 {
            explanation += "Both ages are given as of \(a.at.longDescription), so they should be the same."
        } else {
            explanation += "The two are given \(Phrasing.count(days, "day")) apart (\(a.at.longDescription) and \(b.at.longDescription)), "
            explanation += "which cannot change someone's age by that much."
        }
        return Finding(
            kind: kind, confidence: a.claim.ref.article == b.claim.ref.article ? 0.8 : 0.7, summary: summary,
            explanation: explanation,
            citations: [context.citation(a.claim, widened: false), context.citation(b.claim, widened: false)]
        )
    }
}
