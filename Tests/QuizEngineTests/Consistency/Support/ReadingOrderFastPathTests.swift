@testable import QuizEngine
import Testing

/// Findings sorted by number come in the order sorting the findings themselves gave.
@Suite("reading order fast path")
struct ReadingOrderFastPathTests {
    @Test("findings sorted by number come in the order sorting the findings themselves gave")
    func readingOrderByNumber() {
        var random = SplitMix64(seed: 11)
        let articles = ["a", "b", "c"], passages = ["p1", "p2", "p3", "p4"]
        let words = ["x", "y", "z"]
        func position(_ citation: Citation) -> PassageRef {
            // An unknown article sorts last, as the context's lookup does.
            guard let a = articles.firstIndex(of: citation.article) else { return PassageRef(article: .max, index: .max) }
            return PassageRef(article: a, index: passages.firstIndex(of: citation.passage)!)
        }
        for _ in 0..<300 {
            let findings = (0..<random.next(below: 40)).map { _ in
                Finding(
                    kind: Finding.Kind.allCases[random.next(below: 4)],
                    confidence: Double(random.next(below: 10)) / 10,
                    summary: words[random.next(below: words.count)],
                    explanation: words[random.next(below: words.count)],
                    citations: (0..<random.next(below: 4)).map { _ in
                        Citation(
                            article: (articles + ["unknown"])[random.next(below: articles.count + 1)],
                            passage: passages[random.next(below: passages.count)], quote: ""
                        )
                    }
                )
            }
            let expected = Self.referenceReadingOrder(findings, position: position)
            #expect(Finding.inReadingOrder(findings, position: position) == expected)
            // Items that carry findings come in their findings' order, equal ones as they were.
            let carried = findings.enumerated().map { (number: $0.offset, finding: $0.element) }
            let sorted = Finding.inReadingOrder(carried, of: \.finding, position: position)
            #expect(sorted.map(\.finding) == expected)
            #expect(sorted.map(\.number) == Self.referenceReadingOrder(carried, of: \.finding, position: position).map(\.number))
        }
    }

    /// The sort as it was: the keyed items themselves sorted.
    static func referenceReadingOrder<T>(_ items: [T], of finding: (T) -> Finding, position: (Citation) -> PassageRef) -> [T] {
        let keyed = items.map { item in
            let found = finding(item)
            return (item: item, finding: found, places: found.citations.map(position),
                    kind: Finding.Kind.allCases.firstIndex(of: found.kind)!)
        }
        return keyed.sorted { a, b in
            for (x, y) in zip(a.places, b.places) where x != y { return x < y }
            if a.places.count != b.places.count { return a.places.count < b.places.count }
            if a.kind != b.kind { return a.kind < b.kind }
            if a.finding.summary != b.finding.summary { return a.finding.summary < b.finding.summary }
            return a.finding.explanation < b.finding.explanation
        }.map(\.item)
    }

    static func referenceReadingOrder(_ findings: [Finding], position: (Citation) -> PassageRef) -> [Finding] {
        referenceReadingOrder(findings, of: { $0 }, position: position)
    }
}
