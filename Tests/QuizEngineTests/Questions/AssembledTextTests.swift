@testable import QuizEngine
import Testing

/// Explanations and ids are put together from their pieces at once; they must read and hash as
/// `String` interpolation and `StableHash.shortID` of the joined text did.
@Suite("Assembled text")
struct AssembledTextTests {
    @Test("the same text and id as interpolating a String, for generated pieces")
    func agreesWithInterpolation() {
        var random = SplitMix64(seed: 91)
        let pieces = ["", "a", "“Quoted,” she said.", "Tomás", "\u{301}", "paragraph 3", String(repeating: "long text ", count: 40), "|", "😀"]
        for _ in 0..<2_000 {
            let a = pieces[random.next(below: pieces.count)], b = pieces[random.next(below: pieces.count)]
            let c = pieces[random.next(below: pieces.count)], n = random.next(below: 1_000) - 500
            let assembled = AssembledText("True. \(a) writes: “\(b)” (paragraph \(n)).\(c)")
            let interpolated = "True. \(a) writes: “\(b)” (paragraph \(n)).\(c)"
            #expect(assembled.string == interpolated)
            #expect(Array(assembled.string.utf8) == Array(interpolated.utf8))
            #expect(assembled.shortID == StableHash.shortID(interpolated))
            let bare = AssembledText("\(a)\(b)")
            #expect(bare.string == a + b && bare.shortID == StableHash.shortID(a + b))
        }
        #expect(AssembledText("plain").string == "plain")
        #expect(AssembledText("").shortID == StableHash.shortID(""))
    }

    @Test("ids keep their leading zeros", arguments: [0, 1, 0xFFFF_FFFF, 0x0123_4567_89AB_CDEF, UInt64.max] as [UInt64])
    func shortIDForm(hash: UInt64) {
        let hex = String(hash, radix: 16)
        #expect(AssembledText.shortID(hash) == String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(8)))
    }
}
