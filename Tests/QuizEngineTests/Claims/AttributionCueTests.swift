@testable import QuizEngine
import Testing

/// `AttributionRecognizer.nextCue(in:from:)` skips the words that cannot introduce an
/// attribution in a loop of its own; it must stop where asking each token in turn stops.
@Suite("Attribution cue pre-check")
struct AttributionCueTests {
    @Test("from every start, the next cue is the first token a plain reading takes for one")
    func nextCueMatchesPlainReading() {
        var random = SplitMix64(seed: 71)
        let pieces = [
            "according", "According", "to", "per", "Per", "PER", "reported", "Reported", "confirm", "conducted", "compiled",
            "said", "by", "Reuters", "the", "data", "42", "5%", "per-capita", ",", ".", "“", "”", "officials", "told",
            "according’s", "periods",
        ]
        var cues = 0
        for _ in 0..<2_000 {
            let text = random.text(of: pieces, fewerThan: 24, separator: " ")
            let tokens = ProseTokenizer().tokens(in: text)
            cues += tokens.filter(isCue).count
            for start in 0...tokens.count + 1 {
                let plain = tokens.indices.first { $0 >= start && isCue(tokens[$0]) } ?? tokens.count
                #expect(AttributionRecognizer.nextCue(in: tokens, from: start) == plain, "\(text) from \(start)")
            }
        }
        #expect(cues > 1_000)
    }

    /// The question the recognizer's loop used to ask of every token.
    private func isCue(_ token: ProseToken) -> Bool {
        let isCue = token.isWord(.according) || token.isWord(.per) || token.is(.reportVerb) || token.is(.passiveSourceVerb)
        return token.kind == .word && isCue
    }
}
