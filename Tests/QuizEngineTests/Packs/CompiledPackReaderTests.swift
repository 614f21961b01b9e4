import Foundation
import Testing
@testable import QuizEngine

/// The one-pass reader must give exactly what `JSONDecoder` gives, or refuse and leave the pack
/// to the slow path; it must never accept a pack `JSONDecoder` refuses.
@Suite("Compiled pack fast reader")
struct CompiledPackReaderTests {
    static func fixture() throws -> [UInt8] {
        try Repository.bytes("Tests/QuizEngineTests/Reliability/Regressions/small-pack.json")
    }

    static func decoded(_ bytes: [UInt8]) -> CompiledPack? {
        try? JSONDecoder().decode(CompiledPack.self, from: Data(bytes))
    }

    @Test("a pack written by the compiler reads the same as through JSONDecoder")
    func samePack() throws {
        let bytes = try Self.fixture()
        let fast = try CompiledPackReader.read(bytes)
        #expect(fast == Self.decoded(bytes))
        #expect(fast.questions.count > 2)
    }

    @Test("escapes, nulls, other key orders and compact JSON read the same", arguments: [
        #"{"format":"factquiz-pack/1","id":"p","title":"T\u00e9l\u00e9 \"quoted\"\n\/","fingerprint":"f","seed":18446744073709551615,"description":null,"articles":[{"passages":[{"text":"A \\ b\tc","sentence":1,"paragraph":1,"id":"p1.s1"}],"title":"A","id":"a","published":"2025-12-01","outlet":null}],"questions":[{"origin":"authored","difficulty":"easy","skills":["numbers"],"citations":[{"quote":"b","passage":"p1.s1","article":"a"}],"explanation":"e","answer":false,"prompt":"q","kind":"true-false","id":"q1"}]}"#,
        #"{"format":"factquiz-pack/1","id":"p","title":"T","fingerprint":"f","seed":0,"articles":[],"questions":[{"id":"q","kind":"spot-the-inconsistency","prompt":"p","choices":[{"id":"a","text":"x","citation":null},{"id":"b","text":"y"}],"answer":["b","a"],"explanation":"e","citations":[],"skills":[],"difficulty":"hard","origin":"generated","finding":"quote-drift"}]}"#,
    ])
    func sameForms(_ json: String) throws {
        let bytes = Array(json.utf8)
        let fast = try CompiledPackReader.read(bytes)
        let slow = try #require(Self.decoded(bytes))
        #expect(fast == slow)
    }

    @Test("what the fast reader does not take is left to the slow path", arguments: [
        #"{"format":"factquiz-pack/1","id":"p","id":"q","title":"T","fingerprint":"f","seed":0,"articles":[],"questions":[]}"#,
        #"{"format":"factquiz-pack/1","id":"p","title":"T","fingerprint":"f","seed":1.5,"articles":[],"questions":[]}"#,
        #"{"format":"factquiz-pack/1","id":"p","title":"\ud83d\ude00","fingerprint":"f","seed":1,"articles":[],"questions":[]}"#,
        #"{"format":"factquiz-pack/1","id":"p","title":"T","fingerprint":"f","seed":1,"articles":[],"questions":[],"extra":{"a":[1]}}"#,
        #"{"format":"factquiz-pack/1","id":"p","title":"T","fingerprint":"f","seed":1,"articles":[],"questions":[{"id":"q","kind":"true-false","prompt":"p","answer":"yes","explanation":"e","citations":[],"skills":[],"difficulty":"easy","origin":"authored"}]}"#,
        #"{"format":"factquiz-pack/1","id":"p","title":"T","fingerprint":"f","seed":1,"articles":[],"questions":[{"id":"q","kind":"true-false","prompt":"p","answer":true,"explanation":"e","citations":[],"skills":["juggling"],"difficulty":"easy","origin":"authored"}]}"#,
    ])
    func refusals(_ json: String) {
        #expect(throws: CompiledPackReader.Unexpected.self) { try CompiledPackReader.read(Array(json.utf8)) }
    }

    @Test("damaged packs: whatever the fast reader accepts, JSONDecoder accepts with the same value")
    func differential() throws {
        var mutator = Mutator(random: SplitMix64(seed: 97))
        let seed = try Self.fixture()
        var accepted = 0
        for _ in 0..<1_500 {
            let input = mutator.mutate(seed)
            guard case .success = SourceDecoder.decode(path: "m.json", bytes: input),
                  let fast = try? CompiledPackReader.read(input) else { continue }
            accepted += 1
            #expect(fast == Self.decoded(input))
        }
        #expect(accepted > 0, "some mutations (inside strings) leave a readable pack")
    }
}
