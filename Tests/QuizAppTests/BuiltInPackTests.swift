import Foundation
import Testing

@Suite("The built-in pack")
struct BuiltInPackTests {
    @Test("the embedded copy compiles to exactly what content/seed compiles to")
    func embeddedMatchesFolder() throws {
        let dir = try TemporaryDirectory.make()
        let folder = dir.appendingPathComponent("folder.json").path
        let embedded = dir.appendingPathComponent("embedded.json").path
        let a = try FactQuizProcess.run(["compile", Repository.root.appendingPathComponent("content/seed").path, "-o", folder])
        let b = try FactQuizProcess.run(["compile", "--built-in", "-o", embedded])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(b.status == 0, "\(b.stderr)")
        let folderBytes = try Data(contentsOf: URL(fileURLWithPath: folder))
        let embeddedBytes = try Data(contentsOf: URL(fileURLWithPath: embedded))
        #expect(folderBytes == embeddedBytes, "content/seed changed: run scripts/embed-builtin-pack")
    }
}
