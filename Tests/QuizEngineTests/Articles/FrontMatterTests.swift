@testable import QuizEngine
import Testing

/// Front matter made of plain `key: value` lines is read without the YAML parser; anything
/// else goes through it. Whatever the quick reading accepts must be exactly what YAML reads:
/// the same values at the same places, with nothing to report.
@Suite("front matter")
struct FrontMatterTests {
    struct Reading: Equatable {
        let values: [String: String]
        let locations: [String: QuizEngine.SourceLocation]
    }

    static func file(_ yaml: String) -> SourceFile {
        SourceFile(path: "a.md", text: "---\n" + yaml + "---\nBody text.\n")
    }

    static func quick(_ yaml: String) -> Reading? {
        FrontMatter.simpleValues(yaml, in: file(yaml)).map { values in
            Reading(values: values.mapValues(\.text), locations: values.mapValues(\.location))
        }
    }

    static func parsed(_ yaml: String) -> (Reading, [Diagnostic]) {
        let sink = DiagnosticSink()
        var result = FrontMatter(bodyOffset: 0)
        FrontMatter.readWithYAML(yaml, in: file(yaml), into: &result, sink: sink)
        return (Reading(values: result.values.mapValues(\.text), locations: result.values.mapValues(\.location)), sink.diagnostics)
    }

    @Test("ordinary front matter is read without the YAML parser, as the parser reads it", arguments: [
        "title: Storm cuts power to 45,000 homes\noutlet: Coastal News\npublished: 2024-10-10\n",
        "id: a00017\ntitle: Council votes, then votes again (it's a mess)\nauthor: J. Smith / Staff\n",
        "title:   Spaces around   \nurl: https://example.com/news/storm?id=4&x=y\nlanguage: en\n",
        "title: C# and 100% sure, yes\n\noutlet: The Post\n",
        "title: \"Hollis bridge: repairs face new questions\"\noutlet: 'Harbor Post'\npublished: 2021-06-02\n",
        "title: \"  null  \"\nauthor: ''\n",
    ])
    func ordinaryLines(yaml: String) throws {
        let quick = try #require(Self.quick(yaml))
        let (parsed, diagnostics) = Self.parsed(yaml)
        #expect(diagnostics.isEmpty)
        #expect(quick == parsed)
        #expect(!quick.values.isEmpty)
    }

    @Test("anything YAML might read differently goes to the YAML parser", arguments: [
        "title: \"esc\\\"aped\"\n", "title: \"unterminated\n", "title: 'it''s'\n", "title: \"tab\there\"\n", "title: a: b\n", "title: text # comment\n",
        "title: ~\n", "title: null\n", "title: Nicolás Maduro\n", "title:\tTabbed\n", "  title: Indented\n",
        "title: One\ntitle: Two\n", "headline: Unknown key\n", "# comment\ntitle: T\n", "title: - list\n",
        "title: >\n  folded\n", "title: [a, b]\n", "title: *alias\n", "title: ends with colon:\n", "Title: Capital\n",
        "title: Line\n  continued\n", "title:\n",
    ])
    func unusualLines(yaml: String) {
        #expect(Self.quick(yaml) == nil)
    }

    @Test("on thousands of generated values, every one read quickly is read the same by YAML")
    func generatedValues() {
        let pieces = ["a", "Z", "1", " ", ":", "#", "-", "'", "\"", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">",
                      "%", "@", "`", "~", ".", "/", "?", "null", "é", "\t", "\\", "=", "+", "(", ")"]
        var random = SplitMix64(seed: 7)
        var accepted = 0
        for _ in 0..<3_000 {
            let length = 1 + random.next(below: 7)
            var value = (0..<length).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            switch random.next(below: 4) {
            case 0: value = "\"" + value + "\""
            case 1: value = "'" + value + "'"
            default: break
            }
            let yaml = "title: \(value)\noutlet: Wire\n"
            guard let quick = Self.quick(yaml) else { continue }
            accepted += 1
            let (parsed, diagnostics) = Self.parsed(yaml)
            #expect(diagnostics.isEmpty, "\(yaml.debugDescription)")
            #expect(quick == parsed, "\(yaml.debugDescription)")
        }
        #expect(accepted > 300)
    }
}
