import Testing
@testable import QuizEngine

/// The word-at-a-time search must find exactly the byte a byte-by-byte search finds: a miss
/// would write an unescaped quote into a pack, and a false find would change the fingerprint.
@Suite("JSON escape scan")
struct JSONEscapeScanTests {
    static let scans = [
        JSONEscapeScan(slash: false, delete: false),
        JSONEscapeScan(slash: true, delete: false),
        JSONEscapeScan(slash: false, delete: true),
        JSONEscapeScan(slash: true, delete: true),
    ]

    /// The reference: each byte tested in turn.
    static func byteByByte(_ scan: JSONEscapeScan, _ bytes: [UInt8], from start: Int) -> Int {
        bytes[start...].firstIndex(where: scan.needsEscape) ?? bytes.count
    }

    static func check(_ bytes: [UInt8]) {
        for scan in scans {
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    let found = scan.firstEscape(in: buffer, from: start)
                    #expect(found == byteByByte(scan, bytes, from: start), "\(bytes) from \(start), slash \(scan.slash), delete \(scan.delete)")
                }
            }
        }
    }

    @Test("every byte value is found, or not, as the byte-by-byte test decides, at every offset in a word")
    func everyByteAtEveryOffset() {
        // Every byte a UTF-8 string can hold: 0xFF never appears in one, and the DEL test flags it.
        for value in 0...0xFE {
            for offset in 0..<20 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 24)
                bytes[offset] = UInt8(value)
                for scan in Self.scans {
                    bytes.withUnsafeBufferPointer { buffer in
                        #expect(scan.firstEscape(in: buffer) == Self.byteByByte(scan, bytes, from: 0))
                    }
                }
            }
        }
    }

    @Test("generated strings: the first escape found is the byte-by-byte one")
    func generatedStrings() {
        // Mostly prose bytes, with the awkward ones near each other (a borrow from one must not
        // hide or invent another) and multi-byte UTF-8 around them.
        let alphabet: [UInt8] = Array("abc XYZ 019.,'!#".utf8) + [
            0x00, 0x01, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x2E, 0x2F, 0x30, 0x5B, 0x5C, 0x5D,
            0x7E, 0x7F, 0x80, 0xA0, 0xC3, 0xA9, 0xE2, 0x80, 0x9C, 0xF0, 0x9F, 0x98, 0x80,
        ]
        var random = SplitMix64(seed: 20_251_207)
        for _ in 0..<3_000 {
            let length = Int(random.next() % 40)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                // One byte in four from the awkward end of the alphabet.
                let pick = random.next() % 4 == 0
                    ? 16 + Int(random.next() % UInt64(alphabet.count - 16))
                    : Int(random.next() % 16)
                bytes.append(alphabet[pick])
            }
            Self.check(bytes)
        }
    }

    @Test("empty and escape-free texts of every length up to three words")
    func plainTexts() {
        for length in 0...24 {
            Self.check([UInt8](repeating: UInt8(ascii: "e"), count: length))
            Self.check(Array(String(repeating: "é", count: length).utf8))
        }
    }
}
