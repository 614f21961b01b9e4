import Testing
@testable import QuizEngine

/// `lastComponent` and `hasComponent` split ASCII on bytes; they must give what `split` gives.
@Suite("Path components")
struct PathComponentsTests {
    static let paths = [
        "", "/", "///", "a", "a/b", "a/b/", "/a/b.md", "a//b", "./a.md", "../a", "a/../b", "..", "a/..", "a/...",
        "a.b.c", "a.", ".a", "...", "articles/a00001.md", "/tmp/p/articles/x.md/", "dir/é.md", "é/..",
        "a/\u{301}b", "a/..\u{301}/b", "x/../\u{301}y", "\r\n/a", "a/\r\n",
    ]

    @Test("the last component is split's last", arguments: paths)
    func lastComponent(_ path: String) {
        #expect(path.lastComponent(separatedBy: "/") == (path.split(separator: "/").last ?? path[...]))
        #expect(path.lastComponent(separatedBy: ".") == (path.split(separator: ".").last ?? path[...]))
    }

    @Test("a component is found where split finds it", arguments: paths)
    func hasComponent(_ path: String) {
        #expect(path.hasComponent("..", separatedBy: "/") == path.split(separator: "/").contains(".."))
    }

    /// Pieces compared in place, against the pieces `split` makes, on random paths.
    @Test("a component is found where split finds it, on random paths")
    func hasComponentRandom() {
        var random = SplitMix64(seed: 29)
        let pieces = ["a", "..", ".", "/", "//", "b.md", "...", "é", "\u{301}", "x/"]
        for _ in 0..<5_000 {
            let path = random.text(of: pieces, fewerThan: 8)
            for component in ["..", ".", "a", "", "b.md", "x"] {
                #expect(path.hasComponent(component, separatedBy: "/") == path.split(separator: "/").contains { $0 == component },
                        "\(path) / \(component)")
            }
        }
    }
}
