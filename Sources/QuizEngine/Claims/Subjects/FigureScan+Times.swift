/// Finds when a figure holds, when its sentence says so: "1.7 million percent in 2018", "7
/// million refugees since 2014", "$100 million since January", "protests that have killed 50"
/// after "2025 protests". Figures about different times are not in conflict.
///
/// The time must be a date, year or "since" span introduced by a time word ("in", "since",
/// "during", "on") or used as an attribute ("2024 protests"), in the same clause as the figure:
/// between the same commas, semicolons, dashes or brackets, nearest after the figure first. A
/// time that opens the sentence ("In 2018, ...") holds for the whole sentence.
///
/// Methods of the scan, not a finder holding a copy of it: copying a scan retains its seven
/// arrays and references, and two copies per figure claim were 0.6% of a compile.
extension FigureScan {
    /// When the figure of `kind` on tokens `figure` holds: a mention's kind and tokens, for the
    /// reason `subjectRange(of:form:span:depth:)` gives.
    func time(of kind: ClaimKind, spanning figure: Range<Int>) -> DateValue? {
        switch kind {
        case .number, .percentage, .money, .duration, .age: break
        default: return nil
        }
        func isCandidate(_ index: Int) -> Bool {
            let candidate = mentions[index]
            guard candidate.isTimeReference, candidate.tokens != figure else { return false }
            return !candidate.timeOfPreviousFigureOnly || candidate.tokens.lowerBound == figure.upperBound
        }
        let clause = clauseBounds(around: figure)
        // The nearest time after the figure in its clause, else the nearest before.
        var at = figure.upperBound
        while at < clause.upperBound {
            if let position = mentionIndex(covering: at) {
                if isCandidate(position) { return value(of: mentions[position]) }
                at = max(at + 1, mentions[position].tokens.upperBound)
            } else {
                at += 1
            }
        }
        at = figure.lowerBound - 1
        while at >= clause.lowerBound {
            if let position = mentionIndex(covering: at) {
                if isCandidate(position) { return value(of: mentions[position]) }
                at = min(at - 1, mentions[position].tokens.lowerBound - 1)
            } else {
                at -= 1
            }
        }
        // "In 2018, inflation hit 80%." holds up to a semicolon or dash that starts another clause.
        if let opening = mentions.indices.prefix(2).first(where: isCandidate), mentions[opening].tokens.lowerBound <= 1,
           isMark(mentions[opening].tokens.upperBound, ","), mentions[opening].tokens.upperBound <= figure.lowerBound,
           figure.lowerBound - mentions[opening].tokens.upperBound < 200,
           !(mentions[opening].tokens.upperBound..<figure.lowerBound).contains(where: isStrongBreak) {
            return value(of: mentions[opening])
        }
        return nil
    }

    private func value(of mention: Mention) -> DateValue? {
        switch mention.value {
        case let .date(value): return value
        case let .year(year): return FigureScan.yearValue(year, anchor: .none)
        case let .span(_, from?, to):
            let end = to.flatMap { CalendarDate(year: $0, month: 12, day: 31) } ?? published
            return DateValue(
                year: from, month: nil, day: nil, precision: .range, earliest: CalendarDate(year: from, month: 1, day: 1), latest: end
            )
        default: return nil
        }
    }

    /// The tokens between the clause marks around `range`.
    private func clauseBounds(around range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < 60, !isClauseMark(start - 1) { start -= 1 }
        var end = range.upperBound
        while end < count, end - range.upperBound < 60, !isClauseMark(end) { end += 1 }
        return start..<end
    }

    /// A semicolon, colon or dash: a break between clauses that a fronted time does not cross.
    private func isStrongBreak(_ index: Int) -> Bool {
        guard let token = token(index), token.kind == .punctuation else { return false }
        return token.scalar == 0x3B || token.scalar == 0x3A || token.scalar == 0x2014 || (token.scalar == 0x2013 && token.spaceBefore)
    }

    private func isClauseMark(_ index: Int) -> Bool {
        guard let token = token(index), token.kind == .punctuation else { return false }
        switch token.scalar {
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x2014, 0x2E, 0x201C, 0x201D, 0x22: return true
        case 0x2013, 0x2D: return token.spaceBefore
        default: return false
        }
    }
}
