@testable import QuizEngine
import Testing

/// `AttributionRecognizer.nextCue(in:from:)` skips the words that cannot introduce an
/// attribution in a loop of its own; it must stop where asking each token in turn stops.
@Suite("Attribution cue pre-check")
struct AttributionCueTests {
    @Test("from every start, the next cue is the first token a plain reading takes for one")
    func nextCueMatchesPlainReading() {
        let pieces = [
            "according", "According", "to", "per", "Per", "PER", "reported", "Reported", "confirm", "conducted", "compiled",
            "said", "by", "Reuters", "the", "data", "42", "5%", "per-capita", ",", ".", "“", "”", "officials", "told",
            "according’s", "periods",
        ]
        expectSkipMatchesPlainReading(
            seed: 71, pieces: pieces, fewerThan: 24,
            isStop: isCue, skip: { AttributionRecognizer.nextCue(in: $0, from: $1) }
        )
    }

    /// The question the recognizer's loop used to ask of every token.
    private func isCue(_ token: ProseToken) -> Bool {
        let isCue = token.isWord(.according) || token.isWord(.per) || token.is(.reportVerb) || token.is(.passiveSourceVerb)
        return token.kind == .word && isCue
    }
}
