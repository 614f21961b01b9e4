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
}
