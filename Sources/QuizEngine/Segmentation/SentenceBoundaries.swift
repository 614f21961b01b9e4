#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the sentence boundaries of one paragraph.
///
/// A scan meets each run of end punctuation followed by white space (the candidates), list
/// markers, and bullets that repeat the paragraph's opening bullet. Each candidate is decided from
/// the punctuation itself, the word before it and the word after it (see
/// `boundary(after:sentenceStart:)`). When the paragraph has list markers, the markers that form
/// a sequence (see `ListMarker`) start items and their periods end nothing; since that needs the
/// whole paragraph, such paragraphs are scanned first and decided after.
struct SentenceBoundaries {
    let text: UnsafeBufferPointer<UInt8>

    func sentences() -> [Range<Int>] {
        let leading = ListMarker.leading(in: text)
        let leadingBullet = text.count > 0 && SegmenterBytes.bulletLength(text, at: 0) > 0 ? (text[1], text[2]) : nil
        if leading == nil, leadingBullet == nil, let sentences = sentencesOfProse() { return sentences }
        return sentencesWithLists(leading: leading, leadingBullet: leadingBullet)
    }

    /// What the scan meets, in text order.
    enum Event {
        /// End punctuation followed by white space.
        case run(TerminatorRun)
        case marker(ListMarker)
        /// The paragraph's opening bullet again, after white space.
        case bullet(Int)
    }

    /// The common case, a paragraph without list markers, in one pass: each candidate is decided
    /// as the scan meets it. Nil as soon as a list marker turns up (the caller then takes the
    /// three passes).
    private func sentencesOfProse() -> [Range<Int>]? {
        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(text.count / 128 + 2)
        var sentenceStart = 0
        var hasMarker = false
        scan(from: 0, leadingBullet: nil) { event in
            guard case let .run(run) = event else {
                hasMarker = true
                return false
            }
            if let position = boundary(after: run, sentenceStart: sentenceStart), position > sentenceStart {
                if let range = trimmed(sentenceStart..<position) { sentences.append(range) }
                sentenceStart = position
            }
            return true
        }
        if hasMarker { return nil }
        if let range = trimmed(sentenceStart..<text.count) { sentences.append(range) }
        return sentences
    }

    /// Collect candidates, markers and bullets; keep the markers that form lists; then decide the
    /// candidates in order, cutting before each list item.
    private func sentencesWithLists(leading: ListMarker?, leadingBullet: (UInt8, UInt8)?) -> [Range<Int>] {
        let n = text.count
        var runs: [TerminatorRun] = []
        var markers: [ListMarker] = leading.map { [$0] } ?? []
        var bulletCuts: [Int] = []
        scan(from: leading?.end ?? 0, leadingBullet: leadingBullet) { event in
            switch event {
            case let .run(run): runs.append(run)
            case let .marker(marker): markers.append(marker)
            case let .bullet(position): bulletCuts.append(position)
            }
            return true
        }

        var itemStarts: [Int] = []
        var markerPeriods: [Int] = []
        for marker in ListMarker.confirmed(markers, firstIsLeading: leading != nil) {
            if marker.start > 0 { itemStarts.append(marker.start) }
            if let period = marker.period { markerPeriods.append(period) }
        }
        if !bulletCuts.isEmpty {
            itemStarts = Array(Set(itemStarts + bulletCuts)).sorted()
        }

        var sentences: [Range<Int>] = []
        var sentenceStart = 0
        func cut(at position: Int) {
            guard position > sentenceStart else { return }
            if let range = trimmed(sentenceStart..<position) { sentences.append(range) }
            sentenceStart = position
        }
        var nextItem = 0
        var nextMarkerPeriod = 0
        for run in runs {
            while nextItem < itemStarts.count, itemStarts[nextItem] <= run.start {
                cut(at: itemStarts[nextItem])
                nextItem += 1
            }
            // Marker periods come in text order, like the runs.
            while nextMarkerPeriod < markerPeriods.count, markerPeriods[nextMarkerPeriod] < run.start { nextMarkerPeriod += 1 }
            if nextMarkerPeriod < markerPeriods.count, markerPeriods[nextMarkerPeriod] == run.start { continue }
            if let position = boundary(after: run, sentenceStart: sentenceStart) { cut(at: position) }
        }
        while nextItem < itemStarts.count {
            cut(at: itemStarts[nextItem])
            nextItem += 1
        }
        if let range = trimmed(sentenceStart..<n) { sentences.append(range) }
        return sentences
    }

    /// Walks the paragraph from `start`, reporting each event to `visit` until it returns false.
    /// `memchr` finds the next byte of each kind that can matter (tens of bytes per instruction);
    /// the scan jumps from one to the next. A period inside a word or number ("U.S", "3.14",
    /// "example.com") is passed over.
    @inline(__always)
    private func scan(from start: Int, leadingBullet: (UInt8, UInt8)?, visit: (Event) -> Bool) {
        let n = text.count
        var nextPeriod = find(SegmenterBytes.period, from: start)
        var nextQuestion = find(SegmenterBytes.question, from: start)
        var nextExclamation = find(SegmenterBytes.exclamation, from: start)
        var nextParenthesis = find(SegmenterBytes.closingParenthesis, from: start)
        var nextEllipsis = findEllipsisCharacter(from: start)
        var nextBullet = leadingBullet == nil ? n : find(0xE2, from: start)
        while true {
            let i = min(nextPeriod, nextQuestion, nextExclamation, nextParenthesis, nextEllipsis, nextBullet)
            guard i < n else { return }
            var resume = i + 1
            let c = text[i]
            if c == SegmenterBytes.period || c == SegmenterBytes.question || c == SegmenterBytes.exclamation || i == nextEllipsis {
                let insideWord = c == SegmenterBytes.period && i + 1 < n && SegmenterBytes.isAlphanumeric(text[i + 1])
                if !insideWord {
                    if c == SegmenterBytes.period, let marker = ListMarker.candidate(text, punctuationAt: i) {
                        guard visit(.marker(marker)) else { return }
                    }
                    let run = TerminatorRun(text, at: i)
                    if run.end < n, SegmenterBytes.isSpace(text[run.end]) {
                        guard visit(.run(run)) else { return }
                    }
                    resume = max(run.end, i + 1)
                }
            } else if c == SegmenterBytes.closingParenthesis {
                if let marker = ListMarker.candidate(text, punctuationAt: i) {
                    guard visit(.marker(marker)) else { return }
                }
            } else if let (b1, b2) = leadingBullet, i > 0, SegmenterBytes.isSpace(text[i - 1]),
                      SegmenterBytes.isE2(text, at: i, b1, b2) {
                guard visit(.bullet(i)) else { return }
            }
            if nextPeriod < resume { nextPeriod = find(SegmenterBytes.period, from: resume) }
            if nextQuestion < resume { nextQuestion = find(SegmenterBytes.question, from: resume) }
            if nextExclamation < resume { nextExclamation = find(SegmenterBytes.exclamation, from: resume) }
            if nextParenthesis < resume { nextParenthesis = find(SegmenterBytes.closingParenthesis, from: resume) }
            if nextEllipsis < resume { nextEllipsis = findEllipsisCharacter(from: resume) }
            if nextBullet < resume { nextBullet = find(0xE2, from: resume) }
        }
    }

    /// The offset of the next `byte` at or after `position`, or the end of the text.
    private func find(_ byte: UInt8, from position: Int) -> Int {
        guard position < text.count, let base = text.baseAddress,
              let found = memchr(base + position, Int32(byte), text.count - position) else { return text.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The offset of the next "…" (E2 80 A6) starting at or after `position`, found by its rare
    /// last byte.
    private func findEllipsisCharacter(from position: Int) -> Int {
        var k = position + 2
        while true {
            k = find(0xA6, from: k)
            guard k < text.count else { return text.count }
            if text[k - 1] == 0x80, text[k - 2] == 0xE2 { return k - 2 }
            k += 1
        }
    }

    /// Where the sentence ends if `run` ends it, or nil.
    ///
    /// - Nothing capitalised after it (a lower-case word, a comma, a dash): no end ("Yahoo! in",
    ///   "co. at noon", "'This is great.' she said").
    /// - Ellipses: "[...]" never ends anything; a spaced ". . ." of three never does (an omission
    ///   inside a quotation); four spaced periods do, after the first one when it is attached to
    ///   the word ("compounds. . . . The" ends at "compounds."), else after all four; an unspaced
    ///   "..." or "…" ends a sentence when attached to the word before ("that.... She").
    /// - "?" and "!" end the sentence, except before a speech tag ("“Why now?” Maduro asked.").
    /// - A period: by the word before it (see `Abbreviation`).
    func boundary(after run: TerminatorRun, sentenceStart: Int) -> Int? {
        let next = FollowingWord(text, after: run.end)
        guard next.kind == .capital || next.kind == .digit else { return nil }

        if run.dots >= 3 {
            if run.isBracketedEllipsis(in: text) { return nil }
            if run.isSpaced {
                guard run.dots >= 4 else { return nil }
                return run.isAttached(in: text) ? run.start + 1 : run.end
            }
            return run.isAttached(in: text) || run.dots >= 4 ? run.end : nil
        }
        if run.hasQuestionOrExclamation {
            if run.hasClosers, next.kind == .capital, speechTagFollows(next) { return nil }
            return run.end
        }

        let word = wordBefore(run.start)
        guard let abbreviation = Abbreviation.classify(text, word) else { return run.end }
        switch abbreviation {
        case .title, .inner:
            return nil
        case .ambiguous:
            return next.isSentenceOpener(in: text) ? run.end : nil
        case .time:
            guard next.kind == .capital, !next.isOne(of: SentenceWords.timeFollowers, in: text),
                  !isOpeningTimePhrase(sentenceStart..<word.lowerBound) else { return nil }
            return run.end
        }
    }

    /// The word just before a period: back to white space or a dash, without opening quotes or
    /// brackets ("(Sen." reads as "Sen"). Long tokens (URLs) are cut short; no abbreviation is long.
    func wordBefore(_ end: Int) -> Range<Int> {
        var start = end
        while start > 0, end - start < 32 {
            let b = text[start - 1]
            if SegmenterBytes.isSpace(b) || SegmenterBytes.dashEnds(text, before: start) { break }
            start -= 1
        }
        while start < end {
            let length = SegmenterBytes.openerLength(text, at: start)
            if length == 0 { break }
            start += length
        }
        return start..<end
    }

    /// Whether `range` (the sentence so far, before a time) is only a time phrase opening the
    /// sentence: a preposition or time adverb and at most four more words ("At 5", "Shortly after 9").
    func isOpeningTimePhrase(_ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound, SegmenterBytes.isSpace(text[i]) { i += 1 }
        var e = i
        while e < range.upperBound, SegmenterBytes.isLetter(text[e]) { e += 1 }
        guard e > i, SentenceWords.timePhraseOpeners.contains(text, i..<e) else { return false }
        var words = 0
        var inWord = false
        for k in i..<range.upperBound {
            let space = SegmenterBytes.isSpace(text[k])
            if !space, !inWord { words += 1 }
            inWord = !space
            if words > 5 { return false }
        }
        return true
    }

    /// After a quoted question or exclamation: up to three capitalised words and a verb of
    /// saying that closes the clause ("Maduro asked.", "Sen. Rubio said,").
    func speechTagFollows(_ next: FollowingWord) -> Bool {
        let n = text.count
        var i = next.start
        var names = 0
        while i < n {
            let c = text[i]
            if SegmenterBytes.isLower(c) {
                guard names > 0 else { return false }
                var e = i
                while e < n, SegmenterBytes.isLetter(text[e]) { e += 1 }
                guard SentenceWords.speechVerbs.contains(text, i..<e) else { return false }
                if e == n { return true }
                let after = text[e]
                return after == UInt8(ascii: ",") || after == SegmenterBytes.period || after == UInt8(ascii: ";")
                    || after == SegmenterBytes.exclamation || after == SegmenterBytes.question
            }
            let capital = SegmenterBytes.isUpper(c) || (c >= 0xC0 && SegmenterBytes.scalar(text, at: i).0.properties.isUppercase)
            guard capital, names < 3 else { return false }
            var e = i
            while e < n, !SegmenterBytes.isSpace(text[e]) { e += 1 }
            let last = text[e - 1]
            if last == UInt8(ascii: ",") { return false }
            if last == SegmenterBytes.period, Abbreviation.classify(text, i..<(e - 1)) != .title { return false }
            names += 1
            i = e
            while i < n, SegmenterBytes.isSpace(text[i]) { i += 1 }
        }
        return false
    }

    /// `range` without white space at either end, or nil if nothing is left.
    func trimmed(_ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, SegmenterBytes.isSpace(text[lower]) { lower += 1 }
        while upper > lower, SegmenterBytes.isSpace(text[upper - 1]) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }
}
