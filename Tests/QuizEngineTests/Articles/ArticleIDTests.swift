import QuizEngine
import Testing

/// An article without an `id` in its front matter is named after its file: the stem, with
/// anything but ASCII letters, digits, "-", "_" and "." made a dash, one dash per character.
@Suite("article ids from file names")
struct ArticleIDTests {
    @Test("the file's stem, cleaned", arguments: [
        ("content/seed/axios-call.md", "axios-call"),
        ("articles/a00001.md", "a00001"),
        ("my file.v2.txt", "my-file.v2"),
        (".hidden", ".hidden"),
        ("notes", "notes"),
        ("Café déjà.md", "Caf--d-j-"),
        // "e" and a combining accent are one character: one dash, not one per byte.
        ("e\u{301}x.md", "-x"),
        ("a\r\nb.md", "a-b"),
        ("dir/.md", ".md"),
        ("+.md", "-"),
    ])
    func id(path: String, expected: String) {
        #expect(ArticleReader.id(fromPath: path) == expected)
    }

    @Test("a name with nothing left is 'article'")
    func empty() {
        #expect(ArticleReader.id(fromPath: "dir/") == "dir")
        #expect(ArticleReader.id(fromPath: "") == "article")
    }
}
