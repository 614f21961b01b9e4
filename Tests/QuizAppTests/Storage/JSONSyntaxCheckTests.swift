import Foundation
@testable import QuizApp
import Testing

@Suite("JSON syntax check")
struct JSONSyntaxCheckTests {
    @Test("valid documents have no problem", arguments: [
        "{}", "[]", "{\"a\": [1, -2.5e3, true, false, null, \"x\\\"y\"]}", " \n[ {\"k\": {}} ]\n", "\"text\"",
    ])
    func valid(text: String) {
        #expect(JSONSyntaxCheck.firstProblem(in: Array(text.utf8)) == nil)
    }

    @Test("the first problem is located by line and column", arguments: [
        ("{\"a\": 1,}", 1, 9, "unexpected '}': expected a quoted key"),
        ("[1 2]", 1, 4, "unexpected '2': expected ',' or ']'"),
        ("{\n  \"a\": tru\n}", 2, 8, "'tru' is not a value; did you mean true?"),
        ("{\"a\": \"open", 1, 7, "a string that is never closed"),
        ("[1] x", 1, 5, "unexpected 'x' after the end of the document"),
        ("", 1, 1, "the document ends where a value was expected"),
        ("{\"é\": “x”}", 1, 7, "unexpected '\\xe2' where a value was expected"),
    ])
    func problems(text: String, line: Int, column: Int, message: String) throws {
        let problem = try #require(JSONSyntaxCheck.firstProblem(in: Array(text.utf8)))
        #expect(problem == .init(line: line, column: column, message: message))
    }

    @Test("deep nesting and random bytes never trap")
    func hostile() {
        #expect(JSONSyntaxCheck.firstProblem(in: Array(String(repeating: "[", count: 1_000_000).utf8))?.message == "the document ends inside an array")
        let alphabet = Array("{}[],:\"\\ 0-1.eE tfn\n\u{7f}\u{e9}".utf8)
        var state: UInt64 = 7
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 64) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(alphabet[Int(state >> 40) % alphabet.count])
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1
            _ = JSONSyntaxCheck.firstProblem(in: bytes)
        }
    }
}
