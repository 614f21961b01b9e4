import Foundation
import QuizEngine
import Testing

/// The English golden rules of the pySBD sentence-boundary suite, read from `../shared/eval-data`
/// at test time (the data is not ours to copy into the repository).
///
/// Segments are compared with white space stripped at both ends, as pySBD's own benchmark does.
@Suite("golden rules (pySBD English suite)")
struct GoldenRulesTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        let id: Int
        let input: String
        let expected: [String]
        var testDescription: String { "case \(id): \(input.prefix(50))" }
    }

    static let file = Repository.shared.appendingPathComponent("eval-data/golden-rules-en.json")

    static let cases: [Case] = {
        guard let data = try? Data(contentsOf: file) else { return [] }
        return (try? JSONDecoder().decode([Case].self, from: data)) ?? []
    }()

    static func stripped(_ segments: [String]) -> [String] {
        segments.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    @Test("the suite file is there and holds all 48 cases")
    func suiteIsComplete() throws {
        let data = try Data(contentsOf: Self.file)
        let cases = try JSONDecoder().decode([Case].self, from: data)
        #expect(cases.count == 48)
        #expect(Set(cases.map(\.id)).count == 48)
    }

    @Test("the segmenter splits each case as the suite expects", arguments: cases)
    func segmenter(_ golden: Case) {
        let got = SentenceSegmenter().sentences(in: golden.input)
        #expect(Self.stripped(got) == Self.stripped(golden.expected))
    }

    @Test("an article made of the case gives the expected passages", arguments: cases)
    func article(_ golden: Case) throws {
        let file = SourceFile(path: "case\(golden.id).md", text: "---\ntitle: \"Spec case\"\n---\n\(golden.input)\n")
        let sink = DiagnosticSink()
        let article = try #require(ArticleReader().read(file, sink: sink))
        #expect(Self.stripped(article.passages.map(\.text)) == Self.stripped(golden.expected))
        #expect(!sink.hasErrors)
    }
}
