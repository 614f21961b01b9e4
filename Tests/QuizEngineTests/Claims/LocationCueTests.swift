@testable import QuizEngine
import Testing

/// `LocationRecognizer.nextCue(in:from:)` passes over the words no place claim hangs on in a
/// loop of its own; it must stop where testing each token in turn stops.
@Suite("Location cue pre-check")
struct LocationCueTests {
    @Test("from every start, the next cue is the first token a plain reading takes for one")
    func nextCueMatchesPlainReading() {
        var random = SplitMix64(seed: 79)
        let pieces = [
            "where", "Where", "moved", "fled", "traveled", "flew", "stayed", "lives", "born", "Born", "summit", "meeting",
            "rally", "Caracas", "the", "in", "42", ",", ".", "“", "”", "officials", "said",
        ]
        var cues = 0
        for _ in 0..<2_000 {
            let text = random.text(of: pieces, fewerThan: 20, separator: " ")
            let tokens = ProseTokenizer().tokens(in: text)
            cues += tokens.filter(isCue).count
            for start in 0...tokens.count + 1 {
                let plain = tokens.indices.first { $0 >= start && isCue(tokens[$0]) } ?? tokens.count
                #expect(LocationRecognizer.nextCue(in: tokens, from: start) == plain, "\(text) from \(start)")
            }
        }
        #expect(cues > 1_000)
    }

    /// The first half of the question the recognizer's loop used to ask of every token.
    private func isCue(_ token: ProseToken) -> Bool {
        token.kind == .word && token.is([.relative, .moveVerb, .travelVerb, .stayVerb, .born, .eventNoun])
    }
}
