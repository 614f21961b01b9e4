/// Flags stated spans of time that do not fit stated dates: a 72-hour deadline from a call on
/// November 21 that "expired on November 29" (72 hours after November 21 is November 24); "on
/// March 9, two days after the March 5 vote"; an eight-year tenure that began in 2021, in an
/// article from 2025.
///
/// Three patterns. A deadline (a length of time with "within", "deadline", "ultimatum", "gave
/// ... to") runs from a date in its sentence, else from the date of the event its sentence
/// names, else from the nearest earlier date in the article, and must end on the date a
/// following sentence says it "expired", "ran out" or "passed". An offset ("three days after",
/// "a week later") must separate the dates it joins. A span of years with a first year (and a
/// last year, or the article's year) must fit the years between.
///
/// Deliberately let pass: a day either way for deadlines counted in hours (time of day, time
/// zones) and for inclusive counting; terms, contracts and sentences that run into the future
/// ("a six-year term that began in 2021"); a span a year off (partial years); dates that cannot
/// be resolved to a day.
public struct SpanArithmetic: ConsistencyCheck {
    public let kind = Finding.Kind.spanArithmetic

    public init() {}

    static let deadlineWords: Set<String> = [
        "within", "deadline", "ultimatum", "timeframe", "window", "grace", "gave", "give", "given", "giving",
        "allowed", "granted",
    ]
    static let expiryWords: Set<String> = [
        "expired", "expire", "expires", "expiring", "lapsed", "lapse", "elapsed", "ran", "run", "passed",
        "ended", "came", "deadline", "ultimatum", "over",
    ]
    static let futureSpanWords: Set<String> = [
        "term", "terms", "contract", "lease", "sentence", "plan", "will", "would", "scheduled", "through",
        "until", "runs", "expires", "mandate", "deal", "agreement", "programme", "program", "loan", "bond",
        "warranty", "licence", "license", "concession", "visa", "moratorium", "ban", "freeze", "pledge",
    ]

    public func findings(in context: CheckContext) -> [Finding] {
        let events = EventDates(context: context)
        var findings: [Finding] = []
        for claim in context.claims {
            switch claim.value {
            case let .duration(q):
                guard q.stated.isFinite, q.stated > 0, !claim.cues.contains(.negated) else { continue }
                if let finding = deadline(claim, q, context: context, events: events) { findings.append(finding) }
                else if let finding = offset(claim, q, context: context, events: events) { findings.append(finding) }
            case let .span(years, from, to):
                if let finding = tenure(claim, years: years, from: from, to: to, context: context) { findings.append(finding) }
            default:
                continue
            }
        }
        return findings
    }

    // MARK: Deadlines

    private func deadline(_ claim: IndexedClaim, _ q: Quantity, context: CheckContext, events: EventDates) -> Finding? {
        // The cheap tests first, and the words near the claim read where they are: every
        // length of time in a story is asked whether it is a deadline, and copying its
        // neighbours into an array for that was a third of what asking cost.
        let days = q.stated / 86_400
        guard days <= 366, !claim.cues.contains(.range) else { return nil }
        guard claim.before.prefix(3).contains(where: Self.deadlineWords.contains)
                || claim.after.prefix(2).contains(where: Self.deadlineWords.contains)
                || claim.after.first == "to" else { return nil }

        // Where it ends: a date in this or one of the next two sentences, said to expire.
        var end: IndexedClaim?
        for offset in 0...2 {
            guard let ref = context.passage(claim.ref, offset: offset) else { break }
            guard context.summary(ref).contains(.expiryVerb) else { continue }
            // The end is a date after a verb of expiry ("expired on June 10"), not any date
            // near the word "deadline".
            let words = context.words(ref)
            let from = offset == 0 ? claim.claim.range.upperBound : 0
            guard let verb = words.first(where: { $0.range.lowerBound >= from && $0.is(.expiryVerb) }) else { continue }
            if let candidate = context.claims(in: ref).first(where: {
                $0.exactDay != nil && $0.claim.range.lowerBound > verb.range.lowerBound
            }) {
                end = candidate
                break
            }
        }
        guard let end, let endDay = end.exactDay else { return nil }

        // Where it starts.
        guard let (start, startDay, how) = startOf(claim, excluding: end, context: context, events: events) else { return nil }
        let expected = startDay.adding(days: Int(saturating: days.rounded()))
        // A day either way: a deadline counted in hours ends at a time of day, one counted in
        // days may or may not include the first.
        let tolerance = 1
        let off = abs(expected.days(until: endDay))
        guard off > tolerance else { return nil }

        let length = context.quote(claim, widened: false)
        let summary = "A \(length) deadline from \(startDay.longDescription) cannot end on \(endDay.longDescription)."
        let spoken = Phrasing.duration(q.stated, like: claim.text)
        var explanation = "\(Phrasing.sentence(spoken)) after \(startDay.longDescription) is \(expected.longDescription), "
        explanation += "not \(endDay.longDescription). "
        explanation += "The deadline (\(Phrasing.quoted(length))) \(how) (\(Phrasing.quoted(context.quote(start, widened: false)))), "
        explanation += "but the text says it ran out on \(endDay.longDescription) (\(Phrasing.quoted(context.quote(end, widened: false)))): "
        explanation += "\(Phrasing.count(startDay.days(until: endDay), "day")) later, not \(spoken)."
        let confidence = how.hasPrefix("runs from the last date") ? 0.7 : 0.85
        return Finding(
            kind: kind, confidence: confidence, summary: summary, explanation: explanation,
            citations: [context.citation(start, widened: false), context.citation(claim, widened: false), context.citation(end, widened: false)]
        )
    }

    /// The date a deadline or offset counts from, and how the explanation says it was found.
    private func startOf(
        _ claim: IndexedClaim, excluding end: IndexedClaim, context: CheckContext, events: EventDates
    ) -> (IndexedClaim, CalendarDate, String)? {
        for other in context.claims(in: claim.ref) where other.position != end.position {
            if let day = other.exactDay {
                if case let .date(d) = other.value, d.anchor == .published { continue }
                return (other, day, "is counted from the date in the same sentence, \(day.longDescription)")
            }
        }
        let words = context.summary(claim.ref).contains(.eventNoun) ? context.words(claim.ref) : []
        for word in words where word.is(.eventNoun) {
            let noun = CheckLexicon.normalize(CheckLexicon.singularize(context.wordTable.text(word.id)))
            if ["deadline", "ultimatum"].contains(noun) { continue }
            if let entry = events.date(of: noun, story: context.story(claim.ref), article: claim.ref.article),
               entry.claim.position != end.position {
                return (entry.claim, entry.date, "runs from the \(noun), dated \(entry.date.longDescription)")
            }
        }
        // The nearest date before it in the article.
        var position = claim.position - 1
        while position >= 0 {
            let other = context.claims[position]
            guard other.ref.article == claim.ref.article else { break }
            if let day = other.exactDay, other.position != end.position {
                if case let .date(d) = other.value, d.anchor == .published { position -= 1; continue }
                return (other, day, "runs from the last date given before it, \(day.longDescription)")
            }
            position -= 1
        }
        return nil
    }

    // MARK: Offsets

    /// "On March 9, two days after the March 5 vote", "three days after the call", "Three days
    /// later, on March 10".
    private func offset(_ claim: IndexedClaim, _ q: Quantity, context: CheckContext, events: EventDates) -> Finding? {
        guard let cue = claim.after.first else { return nil }
        let forward: Bool
        let bare: Bool
        switch cue {
        case "after", "following": (forward, bare) = (true, false)
        case "before", "prior", "ahead": (forward, bare) = (false, false)
        case "later", "afterwards", "afterward": (forward, bare) = (true, true)
        case "earlier": (forward, bare) = (false, true)
        default: return nil
        }
        let unit = q.stated
        guard q.hedge == .exact, q.isExact, unit >= 3_600 else { return nil }
        let days = unit / 86_400
        // Offsets of more than a century are not calendar arithmetic a story asks the reader
        // to do (and would take the date arithmetic out of range).
        guard days <= 36_525 else { return nil }
        let tolerance: Int
        if unit.truncatingRemainder(dividingBy: 86_400) != 0 { tolerance = 1 }
        else if unit >= 86_400 * 28 { tolerance = 3 }
        else if unit.truncatingRemainder(dividingBy: 86_400 * 7) == 0, unit > 86_400 * 7 { tolerance = 1 }
        else { tolerance = 0 }

        let sentence = Array(context.claims(in: claim.ref))
        let span = claim.claim.range
        func isUsable(_ c: IndexedClaim) -> Bool {
            guard c.exactDay != nil, c.claim.range.upperBound <= span.lowerBound || c.claim.range.lowerBound >= span.upperBound else { return false }
            if case let .date(d) = c.value, d.anchor != .none { return false }
            return true
        }
        // The anchor the gap is counted from.
        var anchor: (IndexedClaim, CalendarDate)?
        let words = context.words(claim.ref)
        let cueEnd = words.firstIndex(atOrAfter: span.upperBound) + 1
        if bare {
            var position = claim.position - 1
            while position >= 0, context.claims[position].ref.article == claim.ref.article {
                let other = context.claims[position]
                if other.ref != claim.ref, other.ref.index >= claim.ref.index - 3, isUsable(other) {
                    anchor = (other, other.exactDay!)
                    break
                }
                if other.ref.index < claim.ref.index - 3 { break }
                position -= 1
            }
        } else {
            let limit = cueEnd < words.count ? words[min(words.count - 1, cueEnd + 6)].range.upperBound : span.upperBound
            if let after = sentence.first(where: { isUsable($0) && $0.claim.range.lowerBound >= span.upperBound && $0.claim.range.lowerBound <= limit }) {
                anchor = (after, after.exactDay!)
            } else if cueEnd < words.count {
                for word in words[cueEnd...].prefix(6) where EventMention.isEvent(context.wordTable.text(word.id)) {
                    let noun = CheckLexicon.normalize(CheckLexicon.singularize(context.wordTable.text(word.id)))
                    if let entry = events.date(of: noun, story: context.story(claim.ref), article: claim.ref.article),
                       entry.claim.ref != claim.ref {
                        anchor = (entry.claim, entry.date)
                    }
                    break
                }
            }
        }
        guard let (anchorClaim, anchorDay) = anchor else { return nil }
        // The date the gap lands on: another date in the same sentence, nearest the gap.
        let landings = sentence.filter { isUsable($0) && $0.position != anchorClaim.position }
        guard let landing = landings.min(by: { distance($0, span) < distance($1, span) }), let landingDay = landing.exactDay else { return nil }

        let actual = forward ? anchorDay.days(until: landingDay) : landingDay.days(until: anchorDay)
        let expected = Int(saturating: days.rounded())
        guard abs(actual - expected) > tolerance else { return nil }
        let expectedDay = forward ? anchorDay.adding(days: expected) : anchorDay.adding(days: -expected)
        let length = context.quote(claim, widened: false)
        let direction = forward ? "after" : "before"
        let spoken = Phrasing.duration(unit, like: claim.text)
        let summary = "\(Phrasing.sentence(spoken)) \(direction) \(anchorDay.longDescription) is not \(landingDay.longDescription)."
        var explanation = "\(Phrasing.sentence(spoken)) \(direction) \(anchorDay.longDescription) is \(expectedDay.longDescription), "
        explanation += "not \(landingDay.longDescription): the two dates are \(Phrasing.count(abs(actual), "day")) apart. "
        explanation += "Either one of the dates or the stated gap (\(Phrasing.quoted(length))) is wrong."
        var citations = [context.citation(landing, widened: false), context.citation(claim, widened: false)]
        if anchorClaim.ref != claim.ref { citations.append(context.citation(anchorClaim, widened: false)) }
        return Finding(kind: kind, confidence: bare ? 0.75 : 0.85, summary: summary, explanation: explanation, citations: citations)
    }

    private func distance(_ claim: IndexedClaim, _ span: Range<Int>) -> Int {
        claim.claim.range.lowerBound >= span.upperBound ? claim.claim.range.lowerBound - span.upperBound : span.lowerBound - claim.claim.range.upperBound
    }

    // MARK: Spans of years

    static let startVerbs: Set<String> = ["began", "begun", "started", "starting", "took", "joined", "elected", "appointed", "named", "founded", "opened", "launched"]

    /// A year in the same sentence that says when the span began: "began in 2014", "since 2014".
    private func startYear(near claim: IndexedClaim, context: CheckContext) -> Int? {
        for other in context.claims(in: claim.ref) where other.claim.range.lowerBound > claim.claim.range.lowerBound {
            guard case let .year(year) = other.value else { continue }
            let before = other.before
            if before.first == "since" || before.first == "from" { return year }
            if before.first == "in", before.dropFirst().prefix(2).contains(where: Self.startVerbs.contains) { return year }
        }
        return nil
    }

    private func tenure(_ claim: IndexedClaim, years: Quantity?, from stated: Int?, to: Int?, context: CheckContext) -> Finding? {
        // "whose 15-year tenure ... began in 2014": the first year may be a claim of its own.
        let from = stated ?? startYear(near: claim, context: context)
        guard let years, years.stated.isFinite, years.stated >= 1, let from else { return nil }
        let stated = years.stated
        if let to {
            let elapsed = Double(to - from)
            guard abs(elapsed - stated) > 1, years.isExact else { return nil }
            let summary = "From \(from) to \(to) is \(to - from) years, not \(Phrasing.decimal(stated))."
            let explanation = "The passage gives a span of \(Phrasing.decimal(stated)) years (\(Phrasing.quoted(claim.text))) "
                + "running from \(from) to \(to). \(to) − \(from) = \(to - from), so the length and the years cannot both be right."
            return Finding(kind: kind, confidence: 0.85, summary: summary, explanation: explanation, citations: [context.citation(claim, widened: false)])
        }
        guard !context.summary(claim.ref).contains(.futureSpan), let published = context.published(claim.ref) else { return nil }
        let elapsed = published.year - from
        guard elapsed >= 0, stated > Double(elapsed) + 1, years.lower > Double(elapsed) + 1 else { return nil }
        let summary = "A \(Phrasing.decimal(stated))-year span that began in \(from) cannot have run that long by \(published.year)."
        var explanation = "The passage speaks of \(Phrasing.quoted(claim.text)), beginning in \(from). "
        explanation += "The article is from \(published.longDescription), and \(published.year) − \(from) = \(elapsed): "
        explanation += "at most \(Phrasing.count(elapsed + 1, "year")) can have passed, not \(Phrasing.decimal(stated))."
        return Finding(kind: kind, confidence: 0.8, summary: summary, explanation: explanation, citations: [context.citation(claim, widened: false)])
    }
}
