import Testing
@testable import QuizEngine

/// `ArticleReader.id(fromPath:)` reads plain ASCII paths off their bytes; it must give exactly
/// what the reading by characters (`idByCharacters`) gives, for any path.
@Suite("article ids: byte reading against character reading")
struct ArticleIDFastPathTests {
    @Test("awkward paths", arguments: [
        "", "/", "///", ".", "..", "./", "/.", "a/", "a//", "a.", ".a.b", "a..b", "dir/.md", "dir/..md",
        "x/y.z/", "x/y.z//", "a b/c d.e f", "tab\there.md", "nl\nx.md", "a\rb.md", "dir\r/x.md", "a\r\nb.md",
        "Café/x.md", "x/Café.md", "e\u{301}.md", "/\u{301}x.md", "x.\u{301}md", "\u{7F}.md", "+.md",
        "articles/a00001.md", "C:\\dir\\file.md",
    ])
    func awkward(_ path: String) {
        #expect(ArticleReader.id(fromPath: path) == ArticleReader.idByCharacters(fromPath: path))
    }

    @Test("generated paths")
    func generated() {
        let pieces = ["a", "Z", "0", "/", "/", ".", ".", "-", "_", " ", "+", "\t", "\r", "\n", "\r\n", "é", "e\u{301}", "md", "~"]
        var random = SplitMix64(seed: 7)
        for _ in 0..<5_000 {
            var path = ""
            for _ in 0..<Int(random.next() % 9) { path += pieces[Int(random.next() % UInt64(pieces.count))] }
            #expect(ArticleReader.id(fromPath: path) == ArticleReader.idByCharacters(fromPath: path), "\(path.debugDescription)")
        }
    }
}
