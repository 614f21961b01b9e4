import Testing
@testable import QuizEngine

/// `SentenceShape` reads eight bytes at a time where it can; it must read every sentence as the
/// byte-by-byte reading it replaced (kept here as the reference).
@Suite("sentence shapes")
struct SentenceShapeTests {
    struct Reading: Equatable {
        let wordCount: Int
        let firstWord: Range<Int>?
        let hasBalancedQuotes: Bool
    }

    /// The reading before: a byte at a time, words counted where they end.
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>) -> Reading? {
        var count = 0
        var first: Range<Int>?
        var wordStart = -1
        var quotes = QuoteBalance()
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") {
                if wordStart >= 0 {
                    count += 1
                    if first == nil { first = wordStart..<index }
                    wordStart = -1
                }
                if index + 1 < bytes.count, bytes[index + 1] >= 0x80, SpaceSplit.joinsPrevious(bytes, at: index + 1) { return nil }
            } else {
                if wordStart < 0 { wordStart = index }
                quotes.read(bytes, at: index)
            }
            index += 1
        }
        if wordStart >= 0 {
            count += 1
            if first == nil { first = wordStart..<bytes.count }
        }
        return Reading(wordCount: count, firstWord: first, hasBalancedQuotes: quotes.isBalanced)
    }

    @Test("eight bytes at a time reads as a byte at a time, on random sentences")
    func matchesReference() {
        var random = SplitMix64(seed: 61)
        let pieces = [
            " ", "  ", "a", "word", "Budget", "\"", "“", "”", "é", "\u{301}", "—", "x.", "12", "’s", "  \u{301}", "ab cd",
        ]
        for _ in 0..<20_000 {
            var text = random.text(of: pieces, fewerThan: 30)
            let (shape, expected) = text.withUTF8 { bytes in
                (SentenceShape(bytes).map { Reading(wordCount: $0.wordCount, firstWord: $0.firstWord, hasBalancedQuotes: $0.hasBalancedQuotes) },
                 Self.reference(bytes))
            }
            #expect(shape == expected, "\(text.debugDescription)")
        }
    }
}
