import Testing
@testable import QuizEngine

/// `StatementWriter.isInsideQuotation` skips eight bytes at a time where it can; it must answer
/// as the byte-by-byte reading it replaced (kept here as the reference).
@Suite("inside a quotation")
struct InsideQuotationTests {
    static func reference(_ range: Range<Int>, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var lastScalar = bytes.count - 1
            while lastScalar > 0, bytes[lastScalar] & 0xC0 == 0x80 { lastScalar -= 1 }
            guard range.lowerBound <= lastScalar else { return false }
            var open = false
            for index in 0..<max(0, range.lowerBound) {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    open.toggle()
                case 0xE2 where bytes[index + 1] == 0x80:
                    if bytes[index + 2] == 0x9C { open = true } else if bytes[index + 2] == 0x9D { open = false }
                default:
                    break
                }
            }
            return open
        }
    }

    @Test("eight bytes at a time answers as a byte at a time, on random sentences and ranges")
    func matchesReference() {
        var random = SplitMix64(seed: 71)
        let pieces = ["said ", "the budget", "\"", "“", "”", "—", "é", " ", "12 ", "’s", "€", "x"]
        for _ in 0..<5_000 {
            let text = random.text(of: pieces, fewerThan: 30)
            let count = text.utf8.count
            for _ in 0..<4 {
                let lower = random.next(below: count + 1)
                let range = lower..<(lower + random.next(below: count - lower + 1))
                #expect(StatementWriter.isInsideQuotation(range, in: text) == Self.reference(range, in: text),
                        "\(text.debugDescription) \(range)")
            }
        }
    }
}
