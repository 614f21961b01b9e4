@testable import QuizEngine
import Testing

/// What the check index reads around each claim, in place or on demand, is what the plain
/// reading that made it for every claim up front gave.
@Suite("check index readings")
struct IndexReadingTests {
    /// Generated articles, with claims of several kinds on random spans of one or two words.
    static func generated(seed: UInt64, articles count: Int) -> (articles: [Article], claims: [Claim]) {
        var random = SplitMix64(seed: seed)
        let pieces = [
            "the", "poverty", "rate", "of", "80%", "20", "1,200", "$7 billion", "people", "refugees", "born", "in",
            "2018", "Maduro", "Sofia Ramirez", "rose", "from", "to", "per", "month", "reached", "not", "said",
            "voters", "at", "total", "all", "members", "after", "days", "Caracas", "percent", "’s", "é", "Ñandú",
            "averylongwordindeedthatislong",
        ]
        let gaps = [" ", " ", " ", " ", " ", " ", ", ", ". ", " — ", " (", ") ", ": ", "-", ""]
        let kinds: [(ClaimKind, ClaimValue)] = [
            (.number, .number(Quantity(stated: 20, hedge: .exact))),
            (.percentage, .percentage(Quantity(stated: 0.8, hedge: .exact))),
            (.money, .money(Quantity(stated: 7e9, hedge: .exact), currency: "USD")),
            (.span, .span(years: Quantity(stated: 3, hedge: .exact), from: nil, to: nil)),
            (.year, .year(2018)),
            (.duration, .duration(Quantity(stated: 3 * 86_400, hedge: .exact))),
            (.age, .age(Quantity(stated: 52, hedge: .exact))),
        ]
        let subjects = ["", "", "poverty rate", "the number of refugees", "voters"]
        var articles: [Article] = []
        var claims: [Claim] = []
        for a in 0..<count {
            let body = (0..<(1 + random.next(below: 4))).map { _ in
                "Word " + (0..<random.next(below: 30)).map { _ in
                    pieces[random.next(below: pieces.count)] + gaps[random.next(below: gaps.count)]
                }.joined() + "."
            }.joined(separator: "\n\n")
            let text = "---\ntitle: Story \(a)\nid: a\(a)\npublished: 2025-12-01\n---\n" + body
            guard let article = ArticleReader().read(SourceFile(path: "a\(a).md", text: text), sink: DiagnosticSink()) else { continue }
            articles.append(article)
            for passage in article.passages {
                let words = WordScanner.words(in: passage.text)
                guard !words.isEmpty else { continue }
                for _ in 0..<random.next(below: 4) {
                    let first = random.next(below: words.count)
                    let last = min(words.count - 1, first + random.next(below: 2))
                    let range = words[first].range.lowerBound..<words[last].range.upperBound
                    let utf8 = Array(passage.text.utf8)
                    let (kind, value) = kinds[random.next(below: kinds.count)]
                    claims.append(Claim(
                        kind: kind, article: article.id, passage: passage.id, range: range,
                        text: String(decoding: utf8[range], as: UTF8.self), value: value,
                        subject: subjects[random.next(below: subjects.count)]
                    ))
                }
            }
        }
        return (articles, claims)
    }

    @Test("neighbouring words read in place are those the index copied out for every claim")
    func neighbours() {
        for seed: UInt64 in 1...6 {
            let (articles, claims) = Self.generated(seed: seed, articles: 20)
            let context = CheckContext(articles: articles, claims: claims)
            #expect(!context.claims.isEmpty)
            for claim in context.claims {
                let words = context.words(claim.ref)
                let span = words.indices(covering: claim.claim.range)
                let plain = ReferenceReading.neighbours(words, start: span.lowerBound, end: span.upperBound)
                #expect(Array(claim.before) == plain.before, "\(claim.text) in \(context.passage(claim.ref).text)")
                #expect(Array(claim.after) == plain.after, "\(claim.text) in \(context.passage(claim.ref).text)")
                #expect(claim.near == plain.near)
                #expect(claim.before.first == plain.before.first)
                #expect(Array(claim.before.dropFirst().prefix(2)) == Array(plain.before.dropFirst().prefix(2)))
                #expect(claim.after.contains("to") == plain.after.contains("to"))
            }
        }
    }
}

/// The index's readings as they were made before they were read in place or on demand.
enum ReferenceReading {
    /// Up to four words before the span and after it, nearest first, as copied strings, and the
    /// vocabularies of the two nearest on each side.
    static func neighbours(_ words: [Word], start: Int, end: Int) -> (before: [String], after: [String], near: Word.Classes) {
        var before: [String] = []
        var near: Word.Classes = []
        var k = start - 1
        while k >= 0, before.count < 4 {
            before.append(words[k].text)
            if before.count <= 2 { near.formUnion(words[k].classes) }
            if words[k].afterPause || words[k].startsClause { break }
            k -= 1
        }
        var after: [String] = []
        k = end
        while k < words.count, after.count < 4, !words[k].afterPause {
            after.append(words[k].text)
            if after.count <= 2 { near.formUnion(words[k].classes) }
            k += 1
        }
        return (before, after, near.subtracting(Word.Classes.shape))
    }
}
