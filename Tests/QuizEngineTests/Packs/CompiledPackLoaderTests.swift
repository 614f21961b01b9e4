import Testing
@testable import QuizEngine

@Suite("Loading compiled packs from untrusted files")
struct CompiledPackLoaderTests {
    static let valid = """
        {"format":"factquiz-pack/1","id":"t","title":"T","fingerprint":"0","seed":1,
         "articles":[{"id":"a","title":"A","passages":[{"id":"p1.s1","paragraph":1,"sentence":1,"text":"The bridge cost $2 million."}]}],
         "questions":[{"id":"q1","kind":"true-false","prompt":"It cost $2 million.","answer":true,"explanation":"Yes.",
           "citations":[{"article":"a","passage":"p1.s1","quote":"$2 million"}],"skills":["numbers"],"difficulty":"easy","origin":"authored"}]}
        """

    func load(_ text: String) -> (CompiledPack?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let pack = CompiledPackLoader().load(SourceFile(path: "pack.json", text: text), sink: sink)
        return (pack, sink.diagnostics)
    }

    @Test("a valid pack loads")
    func validPack() {
        let (pack, diagnostics) = load(Self.valid)
        #expect(diagnostics.isEmpty)
        #expect(pack?.questions.first?.answer == .trueFalse(true))
    }

    @Test("straight from bytes: a valid plain pack loads as through the text; anything else is left to the full path")
    func fromBytes() throws {
        let loader = CompiledPackLoader()
        let (viaText, _) = load(Self.valid)
        #expect(loader.loadIfWellFormed(Array(Self.valid.utf8)) == viaText)
        #expect(viaText != nil)
        let refused: [[UInt8]] = [
            [0xEF, 0xBB, 0xBF] + Array(Self.valid.utf8),
            Array(Self.valid.replacingOccurrences(of: "\n", with: "\r\n").utf8),
            Array(Self.valid.replacingOccurrences(of: "\"quote\":\"$2 million\"", with: "\"quote\":\"$3 million\"").utf8),
            Array(Self.valid.replacingOccurrences(of: "Yes.", with: "Y\u{0}").utf8),
            // Invalid UTF-8 inside a string: decoding it as text refuses the file.
            Array(Self.valid.utf8).map { $0 == UInt8(ascii: "Y") ? 0xFF : $0 },
        ]
        for bytes in refused {
            #expect(loader.loadIfWellFormed(bytes) == nil)
        }
    }

    @Test("syntax errors, unknown formats, wrong types and broken references point at their place", arguments: [
        (#"{"format":"factquiz-pack/1","id":"t","questions":[{"id":"q1","kind":"#, "1:69", "unexpected end of file"),
        ("{\"format\":\"factquiz-pack/99\",\"id\":\"t\",\"title\":\"t\",\"articles\":[],\"questions\":[]}", "1:11", "unsupported pack format 'factquiz-pack/99'"),
        ("{\n\"format\": \"factquiz-pack/1\", \"id\": 7}", "2:36", "malformed compiled pack at 'id': expected text"),
        (String(repeating: "[", count: 5000), "1:66", "nesting deeper than 64 levels"),
        ("{\"a\": 1,}", "1:9", "expected a key"),
        ("{\"format\":\"factquiz-pack/1\",\"x\":\"\u{1}\"}", "1:34", "control character in a string"),
    ])
    func located(text: String, location: String, message: String) {
        let (pack, diagnostics) = load(text)
        #expect(pack == nil)
        let first = diagnostics.first
        #expect(first.map { "\($0.location.line):\($0.location.column)" } == location)
        #expect(first?.message.text.contains(message) == true, "\(String(describing: first?.message.text))")
    }

    @Test("a citation whose quote is not in its passage is refused")
    func quoteMismatch() {
        let text = Self.valid.replacingOccurrences(of: #""quote":"$2 million""#, with: #""quote":"$3 million""#)
        let (pack, diagnostics) = load(text)
        #expect(pack == nil)
        #expect(diagnostics.first?.id == "packs.quote-mismatch")
        #expect(diagnostics.first?.location.line == 4)
    }

    @Test("an answer naming a choice that does not exist is refused")
    func badAnswer() {
        let text = Self.valid
            .replacingOccurrences(of: #""kind":"true-false""#, with: #""kind":"multiple-choice","choices":[{"id":"a","text":"x"},{"id":"b","text":"y"}]"#)
            .replacingOccurrences(of: #""answer":true"#, with: #""answer":"c""#)
        let (pack, diagnostics) = load(text)
        #expect(pack == nil)
        #expect(diagnostics.first?.id == "packs.bad-answer")
    }
}
