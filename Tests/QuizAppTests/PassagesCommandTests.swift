import Foundation
import Testing

@Suite("factquiz passages")
struct PassagesCommandTests {
    @Test("JSON lists each article with its passages and ids")
    func jsonShape() throws {
        let dir = try TemporaryDirectory.with([
            "a.md": "---\ntitle: A story\noutlet: The Daily\npublished: 2025-12-01\n---\nFirst sentence here. Second one.\n\nNext paragraph.\n",
        ])
        let out = try FactQuizProcess.run(["passages", "--format", "json", dir.appendingPathComponent("a.md").path])
        #expect(out.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        let articles = json["articles"] as! [[String: Any]]
        #expect(articles.count == 1)
        #expect(articles[0]["id"] as? String == "a")
        #expect(articles[0]["outlet"] as? String == "The Daily")
        #expect(articles[0]["published"] as? String == "2025-12-01")
        let passages = articles[0]["passages"] as! [[String: Any]]
        #expect(passages.map { $0["id"] as! String } == ["p1.s1", "p1.s2", "p2.s1"])
        #expect(passages.map { $0["text"] as! String } == ["First sentence here.", "Second one.", "Next paragraph."])
    }

    @Test("raw pasted text takes its title from the first line and drops boilerplate")
    func rawText() throws {
        let seed = Repository.root.appendingPathComponent("seeds/001_4dba223d2a29a9c4.txt")
        let out = try FactQuizProcess.run(["passages", "--verbose", seed.path])
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("001_4dba223d2a29a9c4: What Maduro implored Trump in a phone call"))
        #expect(!out.stdout.contains("Related videos"))
        #expect(!out.stdout.contains("Editorial Team"))
        #expect(out.stderr.contains("dropped photo credit"))
        #expect(out.stderr.contains("dropped end-of-article trailer: \"Filed under:\""))
    }

    @Test("a missing title is an error naming file, line and column")
    func missingTitle() throws {
        let dir = try TemporaryDirectory.with(["b.md": "---\noutlet: X\n---\nText.\n"])
        let out = try FactQuizProcess.run(["passages", dir.appendingPathComponent("b.md").path])
        #expect(out.status != 0)
        #expect(out.stderr.contains("b.md:1:1: error: front matter has no 'title'"))
    }
}
