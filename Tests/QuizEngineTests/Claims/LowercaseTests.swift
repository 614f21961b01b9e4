@testable import QuizEngine
import Testing

/// `Lowercase.of`, which now folds straight into the new string, gives exactly what the version
/// that folded a copied byte array gave.
@Suite("lowercase")
struct LowercaseTests {
    static let samples = [
        "", "already lower case", "Nicolás Maduro", "MARÍA CORINA MACHADO", "Tomás Ruiz", "ÉCOLE Ñandú ÀÉÎÕÜ ×÷ Þ",
        "“Quoted” — Dash’s", "Zoë Ærø", "Łódź", "ΣΟΦΊΑ", "東京 Tokyo", "A", "ß", "Rodríguez‑Pérez", "São Paulo Æ",
    ]

    @Test("agrees with the byte-array version on names", arguments: samples)
    func agreesOnSamples(_ text: String) {
        #expect(Lowercase.of(text) == ReferenceLowercase.of(text))
    }

    @Test("agrees with the byte-array version on generated text")
    func agreesOnGeneratedText() {
        var random = SplitMix64(seed: 23)
        let pieces = ["a", "Z", "M", "q", " ", "é", "É", "Ñ", "ñ", "×", "÷", "Þ", "ß", "ÿ", "À", "“", "”", "—", "’", "Ł", "ł",
                      "Σ", "東", "7", "-", ".", "\u{301}", "Æ", "ø", "Ö"]
        for _ in 0..<5_000 {
            let text = random.text(of: pieces, fewerThan: 12)
            #expect(Lowercase.of(text) == ReferenceLowercase.of(text), "\(text)")
        }
    }
}

/// `Lowercase.of` as it was: the bytes copied into an array, folded there, decoded again.
enum ReferenceLowercase {
    static func of(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) { return text }
        var needsFallback = false
        var changed = false
        var bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte >= 0x41 && byte <= 0x5A {
                    bytes[i] = byte | 0x20
                    changed = true
                }
                i += 1
            } else if byte == 0xC3, i + 1 < bytes.count {
                let next = bytes[i + 1]
                if next >= 0x80 && next <= 0x9E && next != 0x97 {
                    bytes[i + 1] = next + 0x20
                    changed = true
                }
                i += 2
            } else if byte == 0xE2 {
                i += 3
            } else {
                needsFallback = true
                break
            }
        }
        if needsFallback { return text.lowercased() }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }
}
