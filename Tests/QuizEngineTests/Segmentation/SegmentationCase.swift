import QuizEngine
import Testing

/// A paragraph and the sentences it should split into, for the table-driven segmentation tests.
struct SegmentationCase: Sendable, CustomTestStringConvertible {
    let text: String
    let sentences: [String]

    init(_ text: String, _ sentences: [String]) {
        self.text = text
        self.sentences = sentences
    }

    /// A paragraph that is a single sentence.
    static func whole(_ text: String) -> SegmentationCase {
        SegmentationCase(text, [text])
    }

    var testDescription: String { String(text.prefix(60)) }

    func check(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let got = SentenceSegmenter().sentences(in: text)
        #expect(got == sentences, sourceLocation: sourceLocation)
    }
}
