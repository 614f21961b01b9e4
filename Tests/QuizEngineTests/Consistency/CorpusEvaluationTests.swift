import Foundation
import QuizEngine
import Testing

/// The checker scored end to end (ArticleReader → ClaimExtractor → ConsistencyChecker) on our own
/// corpus: invented news stories in `Corpus/` with planted inconsistencies of every kind and
/// decoys that must not be flagged, listed in `Corpus/gold.json`.
///
/// A finding counts as right when it has the kind of a planted inconsistency and cites (at
/// least) all of its passages; every other finding counts against precision, and those that
/// cite all the passages of a decoy are named.
@Suite("checker evaluation corpus")
struct CorpusEvaluationTests {
    struct Gold: Decodable {
        struct Ref: Decodable {
            let article: String
            let contains: String
        }

        struct Item: Decodable {
            let id: String
            let kind: String?
            let note: String
            let passages: [Ref]
        }

        let planted: [Item]
        let decoys: [Item]
    }

    struct Corpus {
        let articles: [Article]
        let claims: [Claim]
        let gold: Gold

        /// The passage key ("article|p3.s2") a gold reference points at, if exactly one passage
        /// of the article contains its words.
        func resolve(_ ref: Gold.Ref) -> [String] {
            guard let article = articles.first(where: { $0.id == ref.article }) else { return [] }
            return article.passages.filter { $0.text.contains(ref.contains) }.map { "\(article.id)|\($0.id)" }
        }
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static func load() throws -> Corpus {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".md") }.sorted()
        let reader = ArticleReader()
        var articles: [Article] = []
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            let sink = DiagnosticSink()
            if let article = reader.read(SourceFile(path: file, text: text), sink: sink) { articles.append(article) }
        }
        let extractor = ClaimExtractor()
        let claims = articles.flatMap { extractor.claims(in: $0) }
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: directory.appendingPathComponent("gold.json")))
        return Corpus(articles: articles, claims: claims, gold: gold)
    }

    @Test("the corpus plants at least 40 inconsistencies across every kind and at least 30 decoys")
    func corpusSize() throws {
        let corpus = try Self.load()
        #expect(corpus.articles.count >= 8)
        #expect(corpus.gold.planted.count >= 40)
        #expect(corpus.gold.decoys.count >= 30)
        let kinds = Set(corpus.gold.planted.compactMap(\.kind))
        #expect(kinds == Set(Finding.Kind.allCases.map(\.rawValue)))
        for kind in Finding.Kind.allCases {
            #expect(corpus.gold.planted.filter { $0.kind == kind.rawValue }.count >= 3, "too few planted \(kind.rawValue)")
        }
    }

    @Test("every gold reference names exactly one passage")
    func goldResolves() throws {
        let corpus = try Self.load()
        for item in corpus.gold.planted + corpus.gold.decoys {
            for ref in item.passages {
                #expect(corpus.resolve(ref).count == 1, "\(item.id): \"\(ref.contains)\" in \(ref.article)")
            }
        }
    }

    @Test("the checker finds at least 90% of the planted inconsistencies with at least 90% precision",
          .disabled(if: ClaimExtractor.recognizers.isEmpty, "no claim recognizers are registered yet"))
    func score() throws {
        let corpus = try Self.load()
        let findings = ConsistencyChecker().check(articles: corpus.articles, claims: corpus.claims, minConfidence: 0.5)
        let planted = corpus.gold.planted.map { item in (item, Set(item.passages.flatMap(corpus.resolve))) }
        let decoys = corpus.gold.decoys.map { item in (item, Set(item.passages.flatMap(corpus.resolve))) }

        var found = Set<String>()
        var correct: [Finding.Kind: Int] = [:], reported: [Finding.Kind: Int] = [:]
        var wrong: [String] = []
        for finding in findings {
            let cited = Set(finding.citations.map { "\($0.article)|\($0.passage)" })
            reported[finding.kind, default: 0] += 1
            let matches = planted.filter { $0.0.kind == finding.kind.rawValue && $0.1.isSubset(of: cited) }
            if matches.isEmpty {
                let decoy = decoys.first { $0.1.isSubset(of: cited) }.map { " (decoy \($0.0.id): \($0.0.note))" } ?? ""
                wrong.append("\(finding.kind.rawValue) \(cited.sorted())\(decoy): \(finding.summary)")
            } else {
                correct[finding.kind, default: 0] += 1
                for match in matches { found.insert(match.0.id) }
            }
        }

        var table = "kind                  planted found recall  reported right precision\n"
        for kind in Finding.Kind.allCases {
            let items = planted.filter { $0.0.kind == kind.rawValue }
            let hits = items.filter { found.contains($0.0.id) }.count
            let r = reported[kind, default: 0], c = correct[kind, default: 0]
            table += kind.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0)
            table += "\(pad(items.count, 7)) \(pad(hits, 5)) \(percent(hits, items.count))  \(pad(r, 8)) \(pad(c, 5)) \(percent(c, r))\n"
        }
        let recall = Double(found.count) / Double(planted.count)
        let precision = findings.isEmpty ? 0 : Double(correct.values.reduce(0, +)) / Double(findings.count)
        table += "overall               \(pad(planted.count, 7)) \(pad(found.count, 5)) \(percent(found.count, planted.count))  "
        table += "\(pad(findings.count, 8)) \(pad(correct.values.reduce(0, +), 5)) \(percent(correct.values.reduce(0, +), findings.count))\n"
        let missed = planted.filter { !found.contains($0.0.id) }.map { "missed \($0.0.id) (\($0.0.kind ?? "")): \($0.0.note)" }
        print(table + (missed + wrong.map { "wrong: " + $0 }).joined(separator: "\n"))

        #expect(recall >= 0.9, "recall \(recall)")
        #expect(precision >= 0.9, "precision \(precision)")
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }

    private func percent(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "     -" }
        let value = Double(part) / Double(whole) * 100
        let text = String(Int(value.rounded())) + "%"
        return String(repeating: " ", count: max(0, 6 - text.count)) + text
    }
}
