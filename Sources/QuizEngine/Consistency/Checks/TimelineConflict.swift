/// Flags stated dates and orderings of events that cannot all hold: "became vice president in
/// 2012, after serving as foreign minister from 2013"; "the strike, which began on March 3 after
/// the vote" when the vote is dated March 5; an event "held on December 12, 2025" told as past
/// in an article published on December 2, 2025.
///
/// Three patterns. Two dates in one sentence joined by an ordering word ("after", "following",
/// "before", "ahead of", "then", "later") must be in that order. A dated event said to come
/// "before" or "after" an event the story dates elsewhere must be on the right side of that date.
/// A date written with its year, after the article's published date, must not be told in the
/// past tense.
///
/// Deliberately let pass: orderings with a stated gap ("two days after", left to the span check,
/// which can say by how much); dates whose year was guessed from the published date; future or
/// planned events ("is scheduled for", "will", "next"); an ordering word that does not stand
/// between the two dates it would relate.
public struct TimelineConflict: ConsistencyCheck {
    public let kind = Finding.Kind.timelineConflict

    public init() {}

    static let afterCues: Set<String> = ["after", "following", "afterwards", "afterward"]
    static let beforeCues: Set<String> = ["before", "ahead", "prior", "preceding", "until", "then", "later", "subsequently", "followed"]
    static let gapUnits: Set<String> = ["days", "weeks", "months", "years", "hours", "day", "week", "month", "year", "hour", "minutes"]
    static let pastVerbs: Set<String> = [
        "held", "took", "happened", "occurred", "met", "spoke", "signed", "announced", "began", "started",
        "ended", "finished", "completed", "died", "won", "lost", "collapsed", "struck", "arrived", "left",
        "opened", "closed", "voted", "approved", "rejected", "was", "were", "had", "did", "launched",
        "released", "published", "killed", "elected", "sworn", "resigned", "fled",
    ]

    public func findings(in context: CheckContext) -> [Finding] {
        let events = EventDates(context: context)
        var findings: [Finding] = []
        var passages: [PassageRef] = []
        for claim in context.claims where passages.last != claim.ref { passages.append(claim.ref) }
        for ref in passages {
            // Most passages hold no dated claim: their claims are no longer copied into an
            // array of their own just to find that out.
            let inPassage = context.claims(in: ref)
            let dated = inPassage.filter { window(of: $0) != nil }
            guard !dated.isEmpty else { continue }
            let summary = context.summary(ref)
            if summary.contains(.ordering) {
                // Copied only for the two orderings that read every claim of the sentence.
                let claims = Array(inPassage)
                let words = context.words(ref)
                if let finding = withinSentence(dated, claims: claims, words: words, context: context) {
                    findings.append(finding)
                    continue
                }
                if summary.contains(.eventNoun),
                   let finding = againstEvent(dated, claims: claims, words: words, context: context, events: events) {
                    findings.append(finding)
                    continue
                }
            }
            guard let published = context.published(ref), !summary.contains(.future), summary.contains(.pastVerb),
                  dated.contains(where: { isAfterPublication($0, published) }) else { continue }
            findings += pastAfterPublication(dated, words: context.words(ref), context: context)
        }
        return findings
    }

    /// Days a claim can mean, for ordering: exact days, months and years with their year written
    /// or inferred; relative dates are left out (they are already placed by their anchor).
    private func window(of claim: IndexedClaim) -> ClosedRange<Int>? {
        switch claim.value {
        case let .date(d) where d.anchor == .none: return IndexedClaim.window(d)
        case let .weekdayDate(_, d) where d.anchor == .none: return IndexedClaim.window(d)
        case let .year(y): return IndexedClaim.yearWindow(y)
        default: return nil
        }
    }

    // MARK: Two dates in one sentence

    private func withinSentence(_ dated: [IndexedClaim], claims: [IndexedClaim], words: [Word], context: CheckContext) -> Finding? {
        guard dated.count >= 2 else { return nil }
        for i in 0..<(dated.count - 1) {
            let (a, b) = (dated[i], dated[i + 1])
            guard let wa = window(of: a), let wb = window(of: b) else { continue }
            let from = words.firstIndex(atOrAfter: a.claim.range.upperBound)
            let to = words.firstIndex(atOrAfter: b.claim.range.lowerBound)
            guard from < to, to - from <= 9 else { continue }
            // The ordering word nearest the second date decides.
            // Ordering words all carry the `.ordering` vocabulary: the sets are asked only for those.
            let table = context.wordTable
            guard let cueIndex = (from..<to).last(where: {
                guard words[$0].is(.ordering) else { return false }
                let text = table.text(words[$0].id)
                return Self.afterCues.contains(text) || Self.beforeCues.contains(text)
            }) else { continue }
            if hasGap(before: cueIndex, words: words, claims: claims) { continue }
            let cue = table.text(words[cueIndex].id)
            let aAfterB = Self.afterCues.contains(cue)
            let violated = aAfterB ? wa.upperBound < wb.lowerBound : wa.lowerBound > wb.upperBound
            guard violated else { continue }
            let (da, db) = (describe(a), describe(b))
            let summary = aAfterB ? "\(Phrasing.sentence(da)) cannot come after \(db)." : "\(Phrasing.sentence(da)) cannot come before \(db)."
            var explanation = "The sentence puts \(Phrasing.quoted(context.quote(a, widened: false))) \(aAfterB ? "after" : "before") "
            explanation += "\(Phrasing.quoted(context.quote(b, widened: false))) (\(Phrasing.quoted(cue))), "
            explanation += "but \(da) is \(aAfterB ? "earlier" : "later") than \(db). The order and the dates cannot both be right."
            return Finding(kind: kind, confidence: 0.8, summary: summary, explanation: explanation,
                           citations: [context.citation(a.ref, range: a.claim.range.lowerBound..<b.claim.range.upperBound)])
        }
        return nil
    }

    /// "two days after": a stated gap, which the span check reports with its arithmetic.
    private func hasGap(before cue: Int, words: [Word], claims: [IndexedClaim]) -> Bool {
        guard cue > 0 else { return false }
        let previous = words[cue - 1].range
        return claims.contains { c in
            if case .duration = c.value { return c.claim.range.upperBound >= previous.lowerBound - 1 && c.claim.range.lowerBound <= previous.upperBound }
            return false
        } || words[cue - 1].is(.gapUnit)
    }

    // MARK: A dated event against an event dated elsewhere

    private func againstEvent(
        _ dated: [IndexedClaim], claims: [IndexedClaim], words: [Word], context: CheckContext, events: EventDates
    ) -> Finding? {
        // Every cue below ("after", "since", "before", "ahead", ...) is an ordering word: words
        // without that vocabulary are passed over before any string is compared.
        let table = context.wordTable
        for (index, word) in words.enumerated() where word.is(.ordering) {
            let cue = table.text(word.id)
            let after = Self.afterCues.contains(cue) || cue == "since"
            let before = ["before", "ahead", "prior", "preceding"].contains(cue)
            guard after || before, !hasGap(before: index, words: words, claims: claims) else { continue }
            // The event the cue points at: within three words ("after the vote", "ahead of
            // Sunday's summit").
            var target: String?
            for k in (index + 1)..<min(words.count, index + 5) {
                if words[k].is(.eventNoun) { target = CheckLexicon.normalize(CheckLexicon.singularize(table.text(words[k].id))); break }
                if words[k].afterPause { break }
            }
            guard let noun = target, !["deadline", "ultimatum"].contains(noun) else { continue }
            guard let entry = events.date(of: noun, story: context.story(dated[0].ref), article: dated[0].ref.article),
                  entry.claim.ref != dated[0].ref else { continue }
            // The sentence's own date: the dated claim nearest the cue, not inside the target phrase.
            let cueOffset = word.range.lowerBound
            guard let own = dated.min(by: { abs($0.claim.range.lowerBound - cueOffset) < abs($1.claim.range.lowerBound - cueOffset) }),
                  let ownWindow = window(of: own), own.event?.noun != noun else { continue }
            let eventDay = entry.date.dayNumber
            let violated = after ? ownWindow.upperBound < eventDay : ownWindow.lowerBound > eventDay
            guard violated else { continue }
            let summary = "Something dated \(describe(own)) cannot come \(after ? "after" : "before") the \(noun) of \(entry.date.longDescription)."
            var explanation = "This passage dates its event to \(describe(own)) (\(Phrasing.quoted(context.quote(own, widened: false)))) "
            explanation += "and says it came \(after ? "after" : "before") the \(noun) (\(Phrasing.quoted(cue))). "
            explanation += "But the \(noun) is dated \(entry.date.longDescription) (\(Phrasing.quoted(context.quote(entry.claim, widened: false)))), "
            explanation += "which is \(after ? "later" : "earlier"). The order and the dates cannot both be right."
            return Finding(kind: kind, confidence: 0.7, summary: summary, explanation: explanation,
                           citations: [context.citation(own, widened: false), context.citation(entry.claim, widened: false)])
        }
        return nil
    }

    // MARK: Past events after publication

    private func isAfterPublication(_ claim: IndexedClaim, _ published: CalendarDate) -> Bool {
        let value: DateValue
        switch claim.value {
        case let .date(d): value = d
        case let .weekdayDate(_, d): value = d
        default: return false
        }
        guard let day = value.exactDay, !value.yearInferred, value.year != nil else { return false }
        return published.days(until: day) > 1
    }

    private func pastAfterPublication(_ dated: [IndexedClaim], words: [Word], context: CheckContext) -> [Finding] {
        guard let published = context.published(dated[0].ref) else { return [] }
        var findings: [Finding] = []
        for claim in dated {
            let value: DateValue
            switch claim.value {
            case let .date(d): value = d
            case let .weekdayDate(_, d): value = d
            default: continue
            }
            guard let day = value.exactDay, !value.yearInferred, value.year != nil, published.days(until: day) > 1 else { continue }
            // A past verb in the clause before the date ("held an emergency debate on the floods
            // on February 19") or just after it.
            let start = words.firstIndex(atOrAfter: claim.claim.range.lowerBound)
            var clause = Array(claim.after)
            var k = start - 1
            while k >= 0, k >= start - 10 {
                clause.append(context.wordTable.text(words[k].id))
                if words[k].startsClause { break }
                k -= 1
            }
            guard clause.contains(where: Self.pastVerbs.contains) else { continue }
            let gap = published.days(until: day)
            let summary = "An article from \(published.longDescription) tells of \(day.longDescription) as already past."
            var explanation = "The article was published on \(published.longDescription), but it describes \(Phrasing.quoted(context.quote(claim, widened: false))) "
            explanation += "in the past tense, \(Phrasing.count(gap, "day")) after it was published. Either the date or the publication date is wrong."
            findings.append(Finding(kind: kind, confidence: 0.7, summary: summary, explanation: explanation,
                                    citations: [context.citation(claim, widened: false)]))
        }
        return findings
    }

    private func describe(_ claim: IndexedClaim) -> String {
        switch claim.value {
        case let .date(d): return Phrasing.date(d)
        case let .weekdayDate(_, d): return Phrasing.date(d)
        case let .year(y): return String(y)
        default: return claim.text
        }
    }
}
