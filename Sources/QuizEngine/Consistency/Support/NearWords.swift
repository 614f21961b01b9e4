/// The words right before or right after a claim's span, nearest first, read in place from the
/// passage's words.
///
/// Every claim of a check index had two arrays of strings of its own for these (up to four
/// words each) that few checks ever read: making and freeing them was about 1% of a compile
/// (22,829 claims on 1,000 articles). The passage's words are kept for the checks anyway, so a
/// claim now holds only where its neighbours are.
///
/// It holds the claim, which holds the words and the table with their texts: checks copy
/// these around (`prefix`, slices made into arrays), and holding the words and the table
/// itself, each copy retained and released both, which made the checks 5M instructions
/// slower on 1,000 articles (0.4% of a compile).
struct NearWords: RandomAccessCollection {
    private let claim: IndexedClaim
    /// Where the nearest word is, and which way the others lie (-1: before the span).
    private let origin: Int
    private let step: Int
    let count: Int

    /// `count` words starting at `origin` and going `step` (1 or -1) at a time, all inside
    /// the claim's passage.
    init(_ claim: IndexedClaim, origin: Int, step: Int, count: Int) {
        self.claim = claim
        self.origin = origin
        self.step = step
        self.count = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    /// The `position`th nearest word's text.
    subscript(position: Int) -> String {
        precondition(position >= 0 && position < count, "NearWords index out of range")
        return claim.passageWordText(origin + step * position)
    }
}

/// The content words around a claim's span, read in place: every word within eight words of
/// the span on either side (so never more than sixteen) that is not a function word and does
/// not start with a digit, in reading order.
struct ContextWords: Collection {
    private let words: [Word]
    /// The table the words were split with, which holds their texts.
    private let table: PassageWordTable
    /// The span and the window around it, as positions in `words`.
    private let span: Range<Int>
    private let window: Range<Int>
    let startIndex: Int

    /// No words (a claim that is not a figure).
    init(table: PassageWordTable) {
        words = []
        self.table = table
        span = 0..<0
        window = 0..<0
        startIndex = 0
    }

    init(_ words: [Word], table: PassageWordTable, around span: Range<Int>) {
        let window = Swift.max(0, span.lowerBound - 8)..<Swift.min(words.count, span.upperBound + 8)
        self.words = words
        self.table = table
        self.span = span
        self.window = window
        startIndex = Self.next(words, span: span, window: window, from: window.lowerBound)
    }

    var endIndex: Int { window.upperBound }

    subscript(position: Int) -> String {
        precondition(position >= window.lowerBound && position < window.upperBound, "ContextWords index out of range")
        return table.text(words[position].id)
    }

    func index(after i: Int) -> Int { Self.next(words, span: span, window: window, from: i + 1) }

    /// The first position at or after `i` that holds a content word outside the span.
    private static func next(_ words: [Word], span: Range<Int>, window: Range<Int>, from i: Int) -> Int {
        var k = i
        while k < window.upperBound {
            if span.contains(k) {
                k = span.upperBound
                continue
            }
            let word = words[k]
            if !word.is(.function), !word.isNumeric { return k }
            k += 1
        }
        return window.upperBound
    }
}
