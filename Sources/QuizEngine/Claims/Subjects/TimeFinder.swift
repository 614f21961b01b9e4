/// Finds when a figure holds, when its sentence says so: "1.7 million percent in 2018", "7
/// million refugees since 2014", "$100 million since January", "protests that have killed 50"
/// after "2025 protests". Figures about different times are not in conflict.
///
/// The time must be a date, year or "since" span introduced by a time word ("in", "since",
/// "during", "on") or used as an attribute ("2024 protests"), in the same clause as the figure:
/// between the same commas, semicolons, dashes or brackets, nearest after the figure first. A
/// time that opens the sentence ("In 2018, ...") holds for the whole sentence.
struct TimeFinder {
    let scan: FigureScan

    func time(for mention: Mention) -> DateValue? {
        switch mention.kind {
        case .number, .percentage, .money, .duration, .age: break
        default: return nil
        }
        let mentions = scan.mentions
        func isCandidate(_ index: Int) -> Bool {
            let candidate = mentions[index]
            guard candidate.isTimeReference, candidate.tokens != mention.tokens else { return false }
            return !candidate.timeOfPreviousFigureOnly || candidate.tokens.lowerBound == mention.tokens.upperBound
        }
        guard mentions.indices.contains(where: isCandidate) else { return nil }
        let clause = clauseBounds(around: mention.tokens)
        if let after = mentions.indices.first(where: {
            isCandidate($0) && mentions[$0].tokens.lowerBound >= mention.tokens.upperBound && mentions[$0].tokens.upperBound <= clause.upperBound
        }) {
            return value(of: mentions[after])
        }
        if let before = mentions.indices.last(where: {
            isCandidate($0) && mentions[$0].tokens.upperBound <= mention.tokens.lowerBound && mentions[$0].tokens.lowerBound >= clause.lowerBound
        }) {
            return value(of: mentions[before])
        }
        // "In 2018, inflation hit 80%." holds up to a semicolon or dash that starts another clause.
        if let opening = mentions.indices.first(where: isCandidate), mentions[opening].tokens.lowerBound <= 1,
           scan.isMark(mentions[opening].tokens.upperBound, ","), mentions[opening].tokens.upperBound <= mention.tokens.lowerBound,
           !(mentions[opening].tokens.upperBound..<mention.tokens.lowerBound).contains(where: isStrongBreak) {
            return value(of: mentions[opening])
        }
        return nil
    }

    private func value(of mention: Mention) -> DateValue? {
        switch mention.value {
        case let .date(value): return value
        case let .year(year): return FigureScan.yearValue(year, anchor: .none)
        case let .span(_, from?, to):
            let end = to.flatMap { CalendarDate(year: $0, month: 12, day: 31) } ?? scan.published
            return DateValue(
                year: from, month: nil, day: nil, precision: .range, earliest: CalendarDate(year: from, month: 1, day: 1), latest: end
            )
        default: return nil
        }
    }

    /// The tokens between the clause marks around `range`.
    private func clauseBounds(around range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, !isClauseMark(start - 1) { start -= 1 }
        var end = range.upperBound
        while end < scan.count, !isClauseMark(end) { end += 1 }
        return start..<end
    }

    /// A semicolon, colon or dash: a break between clauses that a fronted time does not cross.
    private func isStrongBreak(_ index: Int) -> Bool {
        guard let token = scan.token(index), token.kind == .punctuation else { return false }
        return token.scalar == 0x3B || token.scalar == 0x3A || token.scalar == 0x2014 || (token.scalar == 0x2013 && token.spaceBefore)
    }

    private func isClauseMark(_ index: Int) -> Bool {
        guard let token = scan.token(index), token.kind == .punctuation else { return false }
        switch token.scalar {
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x2014, 0x2E, 0x201C, 0x201D, 0x22: return true
        case 0x2013, 0x2D: return token.spaceBefore
        default: return false
        }
    }
}
