import Foundation
@testable import QuizEngine
import Testing

/// Statements are cut and spliced on bytes where Foundation and `Character`s did it before; each
/// fast path must give what the previous code gave (kept here as the reference).
@Suite("Statement text on bytes")
struct StatementTextTests {
    static let pieces = [
        "about ", "About ", "ABOUT ", "just under ", "Just Over ", "more than ", "some", "over", " ", "  ", "12", "1,200",
        "minutes", "people", "é", "“", "”", "\u{301}", "\u{600}", "K", "\u{212A}", "ß", "İ", "x", ".", ",", "According to ",
        "according to", "U.S.", "NASA", "Council", "(The", "\r\n", "—",
    ]

    static func generated(count: Int, seed: UInt64, maxPieces: Int = 8) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            random.text(of: pieces, fewerThan: maxPieces + 1)
        }
    }

    @Test("splicing bytes gives what String slicing gives, and what Foundation gives on character boundaries")
    func splice() {
        var random = SplitMix64(seed: 81)
        for text in Self.generated(count: 3_000, seed: 82) {
            let bytes = Array(text.utf8)
            let offsets = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
            let a = offsets[random.next(below: offsets.count)], b = offsets[random.next(below: offsets.count)]
            let range = min(a, b)..<max(a, b)
            let replacement = ["", "9", "“x”", "é\u{301}"][random.next(below: 4)]
            let utf8 = text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound), upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
            let foundation = text.replacingCharacters(in: lower..<upper, with: replacement)
            #expect(Array(text.replacingCharacters(utf8: range, with: replacement).utf8) == Array(foundation.utf8), "\(text.debugDescription) \(range)")
            let sliced = String(text[..<lower]) + replacement + String(text[upper...])
            #expect(Array(text.replacingUTF8(range, with: replacement).utf8) == Array(sliced.utf8), "\(text.debugDescription) \(range)")
        }
    }

    @Test("a bound inside a scalar is taken as String slicing takes it")
    func spliceInsideScalar() {
        let text = "a€b"
        let utf8 = text.utf8
        let inside = utf8.index(utf8.startIndex, offsetBy: 2)
        #expect(text.replacingUTF8(2..<4, with: "x") == String(text[..<inside]) + "x" + String(text[utf8.index(utf8.startIndex, offsetBy: 4)...]))
    }

    @Test("hedges dropped on bytes as Foundation's case-insensitive search drops them")
    func hedges() {
        for text in Self.generated(count: 6_000, seed: 83) + FactCheckGenerator.hedges.map({ $0.uppercased() + "5 minutes" }) {
            #expect(FactCheckGenerator.droppingHedge(from: text) == FactCheckGenerator.droppingHedgeByFoundation(from: text), "\(text.debugDescription)")
        }
    }

    @Test("no scalar but A and a lowercases to a first character a")
    func accordingToEveryFirstScalar() {
        for value in 0...0x10FFFF as ClosedRange<UInt32> {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for rest in ["ccording to x", "\u{301}ccording to x"] {
                let text = String(Character(scalar)) + rest
                if text.lowercased().hasPrefix("according to ") != StatementWriter.startsWithAccordingTo(text) {
                    Issue.record("U+\(String(value, radix: 16)) \(rest.debugDescription)")
                }
            }
        }
    }

    /// The statement as it was written before its first word was judged on bytes (reference).
    static func referenceStatement(_ sentence: String, source: String, properNouns: Set<String>) -> String {
        var body = sentence.trimmingSpacesAndTabs()
        if body.lowercased().hasPrefix("according to "), let comma = body.firstIndex(of: ",") {
            body = String(body[body.index(after: comma)...]).trimmingSpacesAndTabs()
        }
        let start = body.firstIndex { $0 != " " } ?? body.endIndex
        let firstWord = body[start...].prefix { $0 != " " }
        if !firstWord.isEmpty {
            let bare = String(StatementWriter.strippingPunctuation(firstWord))
            let keep = properNouns.contains(bare) || bare.count > 1 && bare == bare.uppercased()
                || bare.contains(".") || bare.first?.isUppercase != true
            if !keep { body = body.prefix(1).lowercased() + body.dropFirst() }
        }
        return "According to \(source), \(body)"
    }

    @Test("statements on generated sentences read as before")
    func statements() {
        let article = ArticleFixture.article("""
            The Council met the Mayor in Paris with NASA and Zoë before the vote.

            It said The Council and Élan and Ä and (Paris) were there.
            """)
        let writer = StatementWriter(articles: [article])
        #expect(writer.properNouns.contains("Council") && writer.properNouns.contains("Paris"))
        var texts = Self.generated(count: 6_000, seed: 84, maxPieces: 5)
        texts += ["Council voted.", "Paris, at night.", "Élan grew.", "The vote.", " The vote.", "A\u{301}bc d.", "Ab \u{301}cd.", "(The) vote.", "Paris \u{301}x vote.", " \u{301}Paris vote."]
        for text in texts {
            let expected = Self.referenceStatement(text, source: "the Ledger", properNouns: writer.properNouns)
            #expect(writer.statement(from: text, source: "the Ledger") == expected, "\(text.debugDescription)")
        }
    }

    @Test("titles shortened as splitting them by Character did")
    func titles() {
        for title in Self.generated(count: 3_000, seed: 85, maxPieces: 14) {
            let words = title.split(separator: " ")
            let expected = words.count <= 9 ? title : words.prefix(8).joined(separator: " ") + "…"
            #expect(ClaimCandidate.shortTitle(title) == expected, "\(title.debugDescription)")
        }
    }

    @Test("the first comma found on bytes is the first comma character")
    func firstComma() {
        for text in Self.generated(count: 4_000, seed: 86) + [",\u{301}a, b", "\u{600},x, y", "a,", ",", ""] {
            let found = StatementWriter.firstComma(in: text)
            let expected = text.firstIndex(of: ",")
            #expect(found.map { text.utf8.distance(from: text.startIndex, to: $0) } == expected.map { text.utf8.distance(from: text.startIndex, to: $0) },
                    "\(text.debugDescription)")
        }
    }
}
