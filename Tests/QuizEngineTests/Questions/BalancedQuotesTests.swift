@testable import QuizEngine
import Testing

/// A sentence whose quotation opens and does not close reads as a fragment; the check runs on
/// bytes and must agree with reading the quote marks as characters.
@Suite("balanced quotes")
struct BalancedQuotesTests {
    @Test("curly quotes open and close in order, straight quotes pair", arguments: [
        ("“We will finish,” she said.", true),
        ("“We will finish, she said.", false),
        ("He said ” twice “.", false),
        ("A \"straight\" quote.", true),
        ("A \"straight quote.", false),
        ("€5 and ‘single’ marks", true),
        ("", true),
    ])
    func balanced(text: String, expected: Bool) {
        #expect(StatementWriter.hasBalancedQuotes(text) == expected)
    }

    @Test("bytes and scalars agree on generated text")
    func agreesWithScalars() {
        var random = SplitMix64(seed: 5)
        let alphabet = Array("“”\"a€‘’ ".unicodeScalars)
        for _ in 0..<3_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.next(below: 10) { scalars.append(alphabet[random.next(below: alphabet.count)]) }
            let text = String(scalars)
            #expect(StatementWriter.hasBalancedQuotes(text) == StandsAloneTests.referenceBalancedQuotes(text), "\(text)")
        }
    }
}
