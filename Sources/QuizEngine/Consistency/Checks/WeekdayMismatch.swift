/// Flags a weekday that does not match its date: "Friday, November 29" in an article published
/// in 2025, when November 29, 2025 was a Saturday.
///
/// The year is the one written with the date; else a year stated in the same sentence; else
/// the one the extractor took from the article's published date. The explanation names the
/// real weekday and the nearest day that does carry the stated weekday.
///
/// When the year is not written, the checker works it out itself: the year that puts the date
/// nearest the article's date, on the side the sentence's tense points to ("expired on Friday,
/// November 29" in an article of December 2 is the November just past; "expect to close on
/// Wednesday, October 1" in an article of June 30 is the October ahead).
///
/// Deliberately let pass: a correct weekday; a date whose year cannot be told (no year written
/// and no published date).
public struct WeekdayMismatch: ConsistencyCheck {
    public let kind = Finding.Kind.weekdayMismatch

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for claim in context.claims {
            guard case let .weekdayDate(weekday, value) = claim.value,
                  let month = value.month, let dayOfMonth = value.day else { continue }
            let published = context.published(claim.ref)
            var year = value.year
            var inferred = value.yearInferred || value.year == nil
            if inferred, let stated = statedYear(near: claim, context: context) {
                year = stated
                inferred = false
            }
            if inferred, let published {
                year = Self.likelyYear(month: month, day: dayOfMonth, published: published, tense: tense(of: claim.ref, context: context)) ?? year
            }
            guard let year, let date = CalendarDate(year: year, month: month, day: dayOfMonth) else { continue }
            guard date.weekday != weekday else { continue }
            findings.append(finding(claim, stated: weekday, date: date, inferred: inferred, published: published, context: context))
        }
        return findings
    }

    enum Tense { case past, future, unknown }

    /// Future when the sentence says "will", "expected", "scheduled", "next"; past when it has a
    /// past verb ("held", "reopened", "expired"); else unknown.
    private func tense(of ref: PassageRef, context: CheckContext) -> Tense {
        let summary = context.summary(ref)
        if summary.contains(.futureTense) { return .future }
        if summary.contains(.pastVerb) { return .past }
        let table = context.wordTable
        let pastForm = context.words(ref).contains { word in
            let text = table.text(word.id)
            return text.utf8.count > 4 && text.hasSuffix("ed") && !word.isCapitalized && !word.is(.function)
        }
        return pastForm ? .past : .unknown
    }

    /// The year a date without one most likely means: the nearest to the article's date on the
    /// side the sentence's tense points to (a day of slack), else simply the nearest.
    static func likelyYear(month: Int, day: Int, published: CalendarDate, tense: Tense) -> Int? {
        var candidates: [(year: Int, distance: Int)] = []
        for year in (published.year - 1)...(published.year + 1) {
            guard let date = CalendarDate(year: year, month: month, day: day) else { continue }
            candidates.append((year, published.days(until: date)))
        }
        let side: [(year: Int, distance: Int)]
        switch tense {
        case .past: side = candidates.filter { $0.distance <= 1 }
        case .future: side = candidates.filter { $0.distance >= -1 }
        case .unknown: side = candidates
        }
        return (side.isEmpty ? candidates : side).min(by: { abs($0.distance) < abs($1.distance) })?.year
    }

    /// A year written elsewhere in the sentence ("on Friday, November 29, as in 2019, ...").
    private func statedYear(near claim: IndexedClaim, context: CheckContext) -> Int? {
        for other in context.claims(in: claim.ref) where other.position != claim.position {
            switch other.value {
            case let .year(y): return y
            case let .date(d) where d.year != nil && !d.yearInferred && d.anchor == .none: return d.year
            default: continue
            }
        }
        return nil
    }

    private func finding(
        _ claim: IndexedClaim, stated: Weekday, date: CalendarDate, inferred: Bool, published: CalendarDate?,
        context: CheckContext
    ) -> Finding {
        let tense = published.map { date <= $0 } ?? true ? "was" : "is"
        let actual = date.weekday
        // Both texts are gathered as pieces and joined once (`AssembledText`): appended to a
        // growing string one at a time, their pieces were a third of writing a finding.
        let long = date.longDescription
        let summary = AssembledText("\(long) \(tense) a \(actual.name), not a \(stated.name).").string
        let nearest = nearestDay(stated, to: date)
        var pieces = [
            "The passage calls ", Phrasing.date(date).replacingYear(inferred), " a ", stated.name, ". ",
            long, " ", tense, " a ", actual.name,
            "; the nearest ", stated.name, " ", tense, " ", nearest.longDescription, ". ",
        ]
        if inferred, let published {
            pieces += ["The year is not written, so it is taken from the article's date, ", published.longDescription, ". "]
        }
        pieces.append("Either the weekday or the date is wrong.")
        let explanation = AssembledText(pieces: pieces).string
        return Finding(
            kind: kind, confidence: inferred ? 0.85 : 0.95, summary: summary, explanation: explanation,
            citations: [context.citation(claim, widened: false)]
        )
    }

    /// The day closest to `date` that falls on `weekday` (the earlier one on a tie).
    private func nearestDay(_ weekday: Weekday, to date: CalendarDate) -> CalendarDate {
        let target = Weekday.allCases.firstIndex(of: weekday)!
        let actual = Weekday.allCases.firstIndex(of: date.weekday)!
        var forward = (target - actual + 7) % 7
        let backward = (actual - target + 7) % 7
        if backward <= forward { forward = -backward }
        return date.adding(days: forward)
    }
}

private extension String {
    /// "November 29, 2025" read as the passage wrote it: without the year when it was inferred.
    func replacingYear(_ inferred: Bool) -> String {
        guard inferred, let comma = lastIndex(of: ",") else { return self }
        return String(self[..<comma])
    }
}
