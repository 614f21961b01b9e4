import Foundation
import Testing
@testable import QuizEngine

/// The hand-written writer must give byte for byte what `JSONEncoder` gives, for the pack file
/// and for the fingerprint, or packs written before and after it would differ.
@Suite("Compiled pack writer")
struct CompiledPackWriterTests {
    static func encoderBytes(_ pack: CompiledPack) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(pack)) + [0x0A]
    }

    /// The fingerprint as it was defined through `JSONEncoder`: FNV-1a over each list as compact
    /// sorted-key JSON.
    static func encoderFingerprint(_ pack: CompiledPack) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var bytes = Array("[".utf8)
        for (index, article) in pack.articles.enumerated() {
            if index > 0 { bytes += Array(",".utf8) }
            bytes += try encoder.encode(article)
        }
        bytes += Array("][".utf8)
        for (index, question) in pack.questions.enumerated() {
            if index > 0 { bytes += Array(",".utf8) }
            bytes += try encoder.encode(question)
        }
        bytes += Array("]".utf8)
        let hex = String(StableHash.fnv1a(bytes), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Every control character, both kinds of slash and quote, non-ASCII and an emoji.
    static let awkward: String = {
        var text = ""
        for scalar in 0..<0x20 { text.unicodeScalars.append(Unicode.Scalar(UInt8(scalar))) }
        return text + "\u{7F} a/b \\ \"q\" “curly” é \u{2028} 😀 </script>"
    }()

    static let awkwardPack = CompiledPack(
        id: "p/1", title: awkward, description: "d", author: nil, license: "CC BY 4.0", audience: nil,
        version: "1.0", fingerprint: "0123456789abcdef", seed: UInt64.max,
        articles: [
            CompiledArticle(
                id: "a", title: awkward, outlet: nil, author: "A. Writer", published: CalendarDate(year: 2024, month: 2, day: 29),
                url: "https://example.org/a?b=c", language: "en",
                passages: [CompiledPassage(id: "p1.s1", paragraph: 1, sentence: 1, text: awkward)]
            ),
            CompiledArticle(id: "empty", title: "No passages", outlet: "O", author: nil, published: nil, url: nil, language: nil, passages: []),
        ],
        questions: [
            Question(
                id: "tf", kind: .trueFalse, prompt: awkward, article: "a", answer: .trueFalse(false), explanation: awkward,
                citations: [Citation(article: "a", passage: "p1.s1", quote: awkward)], skills: [.numbers, .quotes],
                difficulty: .easy, origin: .authored
            ),
            Question(
                id: "mc", kind: .multipleChoice, prompt: "?", choices: [
                    Question.Choice(id: "a", text: "x", citation: Citation(article: "a", passage: "p1.s1", quote: "b")),
                    Question.Choice(id: "b", text: "y"),
                ], answer: .choices(["b"]), explanation: "e", citations: [], skills: [], difficulty: .hard, origin: .generated
            ),
            Question(
                id: "spot", kind: .spotTheInconsistency, prompt: "?", choices: [
                    Question.Choice(id: "a", text: "x"), Question.Choice(id: "b", text: "y"), Question.Choice(id: "c", text: "z"),
                ], answer: .choices(["c", "a"]), explanation: "e", citations: [], skills: [.quotes], difficulty: .medium,
                origin: .generated, finding: "quote-drift"
            ),
            Question(
                id: "fc", kind: .factCheck, prompt: "?", answer: .verdict(.notStated), explanation: "e", citations: [],
                skills: [.sourcing], difficulty: .medium, origin: .generated
            ),
        ]
    )

    @Test("every field, escape and empty list writes as JSONEncoder writes it")
    func awkwardPackMatches() throws {
        let pack = Self.awkwardPack
        #expect(pack.encodedJSON() == (try Self.encoderBytes(pack)))
        #expect(PackCompiler.fingerprint(articles: pack.articles, questions: pack.questions) == (try Self.encoderFingerprint(pack)))
    }

    @Test("the compiled fixture pack writes as JSONEncoder writes it, fingerprint included")
    func fixturePackMatches() throws {
        let bytes = try Repository.bytes("Tests/QuizEngineTests/Reliability/Regressions/small-pack.json")
        let pack = try CompiledPackReader.read(bytes)
        #expect(pack.encodedJSON() == (try Self.encoderBytes(pack)))
        #expect(PackCompiler.fingerprint(articles: pack.articles, questions: pack.questions) == (try Self.encoderFingerprint(pack)))
    }

    @Test("what the writer writes reads back as the same pack")
    func roundTrip() throws {
        let pack = Self.awkwardPack
        #expect(try CompiledPackReader.read(pack.encodedJSON()) == pack)
    }
}
