@testable import QuizEngine
import Testing

/// The check every skip loop over prose tokens gets: from every start position in random text
/// made of `pieces`, `skip` must land on the first token `isStop` accepts (or past the end),
/// exactly where asking each token in turn lands.
///
/// The recognizers' skip loops (attribution cues, name starts, place cues, quotation marks)
/// each replace a plain "test every token" loop; this is that plain loop, kept as the
/// reference. `mixedSeparators` joins some texts with no spaces at all, for scanners that
/// must not depend on them. Fails too when the texts held too few stops to mean anything.
func expectSkipMatchesPlainReading(
    seed: UInt64, pieces: [String], fewerThan limit: Int, mixedSeparators: Bool = false,
    isStop: (ProseToken) -> Bool, skip: ([ProseToken], Int) -> Int,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    var random = SplitMix64(seed: seed)
    var stops = 0
    for _ in 0..<2_000 {
        let separator = mixedSeparators && random.next(below: 2) != 0 ? "" : " "
        let text = random.text(of: pieces, fewerThan: limit, separator: separator)
        let tokens = ProseTokenizer().tokens(in: text)
        stops += tokens.filter(isStop).count
        for start in 0...tokens.count + 1 {
            let plain = tokens.indices.first { $0 >= start && isStop(tokens[$0]) } ?? tokens.count
            #expect(skip(tokens, start) == plain, "\(text) from \(start)", sourceLocation: sourceLocation)
        }
    }
    #expect(stops > 1_000, "too few stops in the random texts to test the skip", sourceLocation: sourceLocation)
}
