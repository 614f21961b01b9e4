import Foundation
import QuizEngine
import Testing

@Test func perfProbe() {
    for n in [100, 1000, 10000] {
        var articles: [Article] = []
        var claims: [Claim] = []
        let reader = ArticleReader()
        let sink = DiagnosticSink()
        let names = ["Ana Costa", "Rui Sousa", "Maria Lopes", "Jonas Weber", "Lena Fischer", "Erik Dahl", "Pedro Alvarado", "Carla Ruiz"]
        for i in 0..<n {
            let p1 = names[i % 8], p2 = names[(i / 8) % 8]
            let text = """
            ---
            title: Story \(i)
            published: 2025-03-0\(1 + i % 9)
            ---
            The telephone call between \(p1) and \(p2), held on March \(1 + i % 27), lasted \(10 + i % 7) minutes.

            Officials said \(100 + i % 50) people were evacuated and the poverty rate reached \(20 + i % 60)% in the region.

            “We will rebuild every home that the river took from us,” \(p1) said on the call.

            On Friday, March \(1 + i % 27), \(p2) gave them 72 hours to respond; that deadline expired on March \(4 + i % 20).

            \(p1), \(30 + i % 40), was born in \(1950 + i % 40) and has led the agency since 2015.
            """
            guard let a = reader.read(SourceFile(path: "a\(i).md", text: text), sink: sink) else { continue }
            articles.append(a)
            func add(_ kind: ClaimKind, _ pid: Int, _ span: String, _ value: ClaimValue, _ subject: String = "") {
                let passage = a.passages[pid]
                guard let r = passage.text.range(of: span) else { return }
                let lo = passage.text.utf8.distance(from: passage.text.startIndex, to: r.lowerBound)
                claims.append(Claim(kind: kind, article: a.id, passage: passage.id, range: lo..<(lo + span.utf8.count), text: span, value: value, subject: subject))
            }
            add(.date, 0, "March \(1 + i % 27)", .date(.day(CalendarDate(year: 2025, month: 3, day: 1 + i % 27)!)), "telephone call")
            add(.duration, 0, "\(10 + i % 7) minutes", .duration(Quantity(stated: Double(60 * (10 + i % 7)))), "call")
            add(.number, 1, "\(100 + i % 50) people", .number(Quantity(stated: Double(100 + i % 50))), "people evacuated")
            add(.percentage, 1, "\(20 + i % 60)%", .percentage(Quantity(stated: Double(20 + i % 60) / 100)), "poverty rate")
            add(.quote, 2, "We will rebuild every home that the river took from us,", .quote(QuoteValue(words: "We will rebuild every home that the river took from us,", speaker: p1)))
            add(.duration, 3, "72 hours", .duration(Quantity(stated: 72 * 3600)))
            add(.age, 4, "\(30 + i % 40)", .age(Quantity(stated: Double(30 + i % 40))), p1)
        }
        let start = Date()
        let findings = ConsistencyChecker().check(articles: articles, claims: claims)
        let t = Date().timeIntervalSince(start)
        let qstart = Date()
        let questions = InconsistencyQuestionGenerator(articles: articles, claims: claims).questions(from: Array(findings.prefix(2000)), seed: 1)
        let qt = Date().timeIntervalSince(qstart)
        print("PERF n=\(n) claims=\(claims.count) findings=\(findings.count) check=\(String(format: "%.3f", t))s questions(\(questions.count))=\(String(format: "%.3f", qt))s")
    }
}
