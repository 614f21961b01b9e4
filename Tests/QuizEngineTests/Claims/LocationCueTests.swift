@testable import QuizEngine
import Testing

/// `LocationRecognizer.nextCue(in:from:)` passes over the words no place claim hangs on in a
/// loop of its own; it must stop where testing each token in turn stops.
@Suite("Location cue pre-check")
struct LocationCueTests {
    @Test("from every start, the next cue is the first token a plain reading takes for one")
    func nextCueMatchesPlainReading() {
        let pieces = [
            "where", "Where", "moved", "fled", "traveled", "flew", "stayed", "lives", "born", "Born", "summit", "meeting",
            "rally", "Caracas", "the", "in", "42", ",", ".", "“", "”", "officials", "said",
        ]
        expectSkipMatchesPlainReading(
            seed: 79, pieces: pieces, fewerThan: 20,
            isStop: isCue, skip: { LocationRecognizer.nextCue(in: $0, from: $1) }
        )
    }

    /// The first half of the question the recognizer's loop used to ask of every token.
    private func isCue(_ token: ProseToken) -> Bool {
        token.kind == .word && token.is([.relative, .moveVerb, .travelVerb, .stayVerb, .born, .eventNoun])
    }
}
