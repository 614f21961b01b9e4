@testable import QuizEngine
import Testing

/// Quote differences listed from the gaps alone are those listed at every match.
@Suite("quote differences fast path")
struct QuoteDifferencesFastPathTests {
    @Test("quote differences listed from the gaps alone are those listed at every match")
    func quoteDifferences() {
        var random = SplitMix64(seed: 17)
        let vocabulary = ["You", "have", "to", "must", "leave", "Venezuela", "now", "in", "order", "É", "save"]
        func quote() -> QuoteWording {
            QuoteWording((0..<random.next(below: 12)).map { _ in vocabulary[random.next(below: vocabulary.count)] }
                .joined(separator: " "))
        }
        for _ in 0..<2_000 {
            let (a, b) = (quote(), quote())
            let limit = 1 + random.next(below: 4)
            #expect(a.differences(from: b, limit: limit) == Self.referenceDifferences(a, b, limit: limit),
                    "\(a.display) \(b.display)")
        }
    }

    /// The differences as they were listed: both sides cut out and joined at every match.
    static func referenceDifferences(_ first: QuoteWording, _ other: QuoteWording, limit: Int) -> [String] {
        let matches = QuoteWording.lcs(first.tokens, other.tokens)
        var out: [String] = []
        var (i, j) = (0, 0)
        for (mi, mj) in matches + [(min(first.tokens.count, 120), min(other.tokens.count, 120))] {
            let mine = first.display(i..<mi), theirs = other.display(j..<mj)
            if !mine.isEmpty || !theirs.isEmpty {
                let anchorMine = i > 0 ? first.display((i - 1)..<i) : []
                let anchorTheirs = j > 0 ? other.display((j - 1)..<j) : []
                let a = (anchorMine + mine).joined(separator: " ")
                let b = (anchorTheirs + theirs).joined(separator: " ")
                if mine.isEmpty {
                    let added = "the second adds \(Phrasing.quoted(theirs.joined(separator: " ")))"
                    out.append(anchorTheirs.isEmpty ? added : added + " after \(Phrasing.quoted(anchorTheirs[0]))")
                } else if theirs.isEmpty {
                    let omitted = "the second leaves out \(Phrasing.quoted(mine.joined(separator: " ")))"
                    out.append(anchorMine.isEmpty ? omitted : omitted + " after \(Phrasing.quoted(anchorMine[0]))")
                } else {
                    out.append("\(Phrasing.quoted(a)) in the first is \(Phrasing.quoted(b)) in the second")
                }
                if out.count == limit { break }
            }
            i = mi + 1
            j = mj + 1
        }
        return out
    }
}
