/// A list marker inside a paragraph: "1." "2)" "3.)" "(4)" "a." "b)", possibly after a bullet
/// ("• 9.", "⁃10.").
///
/// Pasted lists often lose their line breaks ("1. The first item 2. The second item"), so the
/// items have to be found inside the paragraph. A marker is only a marker when it has a place in
/// a sequence: the paragraph starts with it, or the markers that follow continue it (1, 2, 3 or
/// a, b, c, same punctuation). So "version 2. The" or "I bought a. The" stay prose, and the
/// period of a marker is never taken for the end of a sentence.
struct ListMarker {
    enum Numbering: Equatable { case number, letter }
    enum Punctuation: Equatable { case period, parenthesis, periodParenthesis, enclosed }

    /// Where a cut before the item goes: the bullet when there is one, else the marker.
    let start: Int
    /// After the marker's punctuation.
    let end: Int
    let value: Int
    let numbering: Numbering
    let punctuation: Punctuation
    /// The marker's period, which must not end a sentence.
    let period: Int?
    /// Whether the marker follows the paragraph start or the end of a clause (". 1." ": 1)"), where
    /// a list can begin. "Section 1. The rules ... Section 2. The" is no list.
    let followsClauseEnd: Bool

    func continues(_ other: ListMarker) -> Bool {
        numbering == other.numbering && punctuation == other.punctuation && value == other.value + 1
    }

    /// The marker whose punctuation ("." or ")") is at `p`, if the bytes around it make one:
    /// white space, a bullet or the paragraph start before it; white space and a capital after it.
    /// `leading` relaxes the last condition for a marker that opens the paragraph ("1. the first").
    static func candidate(_ text: UnsafeBufferPointer<UInt8>, punctuationAt p: Int, leading: Bool = false) -> ListMarker? {
        let n = text.count
        let c = text[p]
        guard p > 0 else { return nil }
        if c == SegmenterBytes.closingParenthesis, text[p - 1] == SegmenterBytes.period { return nil }

        var first = p
        while first > 0, SegmenterBytes.isDigit(text[first - 1]), p - first < 4 { first -= 1 }
        let numbering: Numbering
        let value: Int
        if first < p {
            guard p - first <= 3 else { return nil }
            numbering = .number
            var v = 0
            for i in first..<p { v = v * 10 + Int(text[i] - 0x30) }
            value = v
        } else if SegmenterBytes.isLower(text[p - 1]) {
            first = p - 1
            numbering = .letter
            value = Int(text[first] - UInt8(ascii: "a")) + 1
        } else {
            return nil
        }

        var start = first
        var punctuation: Punctuation
        var end = p + 1
        var period: Int?
        if start > 0, text[start - 1] == SegmenterBytes.openingParenthesis {
            guard c == SegmenterBytes.closingParenthesis else { return nil }
            start -= 1
            punctuation = .enclosed
        } else if c == SegmenterBytes.closingParenthesis {
            punctuation = .parenthesis
        } else {
            period = p
            if p + 1 < n, text[p + 1] == SegmenterBytes.closingParenthesis {
                punctuation = .periodParenthesis
                end = p + 2
            } else {
                punctuation = .period
            }
        }

        // Before: the paragraph start or white space, possibly with a bullet in between.
        if start > 0 {
            if SegmenterBytes.bulletEnds(text, before: start) {
                start -= 3
            } else if text[start - 1] == SegmenterBytes.space, SegmenterBytes.bulletEnds(text, before: start - 1) {
                start -= 4
            }
            guard start == 0 || SegmenterBytes.isSpace(text[start - 1]) else { return nil }
        }
        // After: white space, then (inside a paragraph, or for a letter) the capital of an item.
        guard end < n, SegmenterBytes.isSpace(text[end]) else { return nil }
        if !leading || numbering == .letter {
            guard FollowingWord(text, after: end).kind == .capital else { return nil }
        }
        return ListMarker(
            start: start, end: end, value: value, numbering: numbering, punctuation: punctuation,
            period: period, followsClauseEnd: followsClauseEnd(text, before: start)
        )
    }

    /// Only white space and closing quotes or brackets between `position` and the paragraph start
    /// or a ".", "!", "?", "…", ":" or ";".
    private static func followsClauseEnd(_ text: UnsafeBufferPointer<UInt8>, before position: Int) -> Bool {
        var i = position
        while i > 0, SegmenterBytes.isSpace(text[i - 1]) { i -= 1 }
        while i > 0 {
            let c = text[i - 1]
            if c == SegmenterBytes.doubleQuote || c == SegmenterBytes.apostrophe || c == SegmenterBytes.closingParenthesis
                || c == UInt8(ascii: "]") {
                i -= 1
            } else if i >= 3, text[i - 3] == 0xE2, text[i - 2] == 0x80, c == 0x9D || c == 0x99 {
                i -= 3
            } else {
                break
            }
        }
        guard i > 0 else { return true }
        let c = text[i - 1]
        return c == SegmenterBytes.period || c == SegmenterBytes.exclamation || c == SegmenterBytes.question
            || c == UInt8(ascii: ":") || c == UInt8(ascii: ";") || (i >= 3 && SegmenterBytes.isEllipsisCharacter(text, at: i - 3))
    }

    /// The marker that opens a paragraph, after an optional bullet ("1. Judicial immunity ...",
    /// "• 9. The first item", "a. The first item").
    static func leading(in text: UnsafeBufferPointer<UInt8>) -> ListMarker? {
        let n = text.count
        var i = 0
        if n > 0, SegmenterBytes.bulletLength(text, at: 0) > 0 {
            i = 3
            while i < n, text[i] == SegmenterBytes.space { i += 1 }
        }
        if i < n, text[i] == SegmenterBytes.openingParenthesis { i += 1 }
        var p = i
        while p < n, p - i <= 3, SegmenterBytes.isAlphanumeric(text[p]) { p += 1 }
        guard p > i, p < n, text[p] == SegmenterBytes.period || text[p] == SegmenterBytes.closingParenthesis else { return nil }
        guard let marker = candidate(text, punctuationAt: p, leading: true), marker.start == 0 else { return nil }
        return marker
    }

    /// The markers of `candidates` (in text order) that belong to a list: each run of markers
    /// continuing one another, if it starts the paragraph, or starts at 1 (or a) after the end of
    /// a clause and has at least two items. One pass: each open list waits for its next value, so
    /// a paragraph of a million markers costs a million steps.
    static func confirmed(_ candidates: [ListMarker], firstIsLeading: Bool) -> [ListMarker] {
        struct Expectation: Hashable {
            let numbering: Numbering
            let punctuation: Punctuation
            let value: Int
        }
        var chainOf = [Int](repeating: -1, count: candidates.count)
        var chainLengths: [Int] = []
        var chainOpensParagraph: [Bool] = []
        var waiting: [Expectation: Int] = [:]
        for (index, marker) in candidates.enumerated() {
            let expectation = Expectation(numbering: marker.numbering, punctuation: marker.punctuation, value: marker.value)
            let chain: Int
            if let open = waiting.removeValue(forKey: expectation) {
                chain = open
            } else {
                let opensParagraph = firstIsLeading && index == 0
                guard opensParagraph || (marker.value == 1 && marker.followsClauseEnd) else { continue }
                chain = chainLengths.count
                chainLengths.append(0)
                chainOpensParagraph.append(opensParagraph)
            }
            chainOf[index] = chain
            chainLengths[chain] += 1
            let next = Expectation(numbering: marker.numbering, punctuation: marker.punctuation, value: marker.value + 1)
            if waiting[next] == nil { waiting[next] = chain }
        }
        return candidates.indices.compactMap { index in
            let chain = chainOf[index]
            guard chain >= 0, chainLengths[chain] >= 2 || chainOpensParagraph[chain] else { return nil }
            return candidates[index]
        }
    }
}
