/// The words right before or right after a claim's span, nearest first, read in place from the
/// passage's words.
///
/// Every claim of a check index had two arrays of strings of its own for these (up to four
/// words each) that few checks ever read: making and freeing them was about 1% of a compile
/// (22,829 claims on 1,000 articles). The passage's words are kept for the checks anyway, so a
/// claim now holds only where its neighbours are.
struct NearWords: RandomAccessCollection, Sendable {
    private let words: [Word]
    /// Where the nearest word is, and which way the others lie (-1: before the span).
    private let origin: Int
    private let step: Int
    let count: Int

    /// `count` words starting at `origin` and going `step` (1 or -1) at a time, all inside
    /// `words`.
    init(_ words: [Word], origin: Int, step: Int, count: Int) {
        self.words = words
        self.origin = origin
        self.step = step
        self.count = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    /// The `position`th nearest word's text.
    subscript(position: Int) -> String {
        precondition(position >= 0 && position < count, "NearWords index out of range")
        return words[origin + step * position].text
    }
}
