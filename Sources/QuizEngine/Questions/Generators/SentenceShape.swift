/// What `StatementWriter.isUsableSentence` reads from a sentence's words and quote marks, found
/// in one pass over its UTF-8 bytes.
///
/// Every sentence that holds a claim of a kind the questions ask about is judged, and the
/// separate passes (counting words, trimming and lowercasing the first, walking `Character`s
/// for the last, scanning for quote marks) each made their own copy or walk of the text: 2% of
/// a compile together.
struct SentenceShape {
    /// How many words `split(separator: " ")` gives.
    let wordCount: Int
    /// The byte range of the first of them.
    let firstWord: Range<Int>?
    /// Every opening curly quote is closed, after it, and straight quotes pair up (as
    /// `StatementWriter.hasBalancedQuotes` reads them).
    let hasBalancedQuotes: Bool

    /// Nil when a space joins the character after it (see `SpaceSplit.ranges`): `split` does not
    /// split there, and the sentence is read by `Character` instead.
    ///
    /// Words are counted where they start. Once the first word is over, eight bytes at a time
    /// where they hold no quote mark and nothing outside ASCII (most of a sentence): such bytes
    /// change nothing but the word count, the number of bytes other than a space that follow a
    /// space. A byte at a time, this was 1,400 instructions a sentence (1% of a compile).
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var count = 0
        var first: Range<Int>?
        var firstStart = -1
        var inWord = false
        var quotes = QuoteBalance()
        var index = 0
        // One byte; false when a space joins the character after it.
        func step() -> Bool {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") {
                if inWord {
                    inWord = false
                    if first == nil { first = firstStart..<index }
                }
                if index + 1 < bytes.count, bytes[index + 1] >= 0x80, SpaceSplit.joinsPrevious(bytes, at: index + 1) { return false }
            } else {
                if !inWord {
                    inWord = true
                    count += 1
                    if firstStart < 0 { firstStart = index }
                }
                quotes.read(bytes, at: index)
            }
            index += 1
            return true
        }
        while first == nil, index < bytes.count {
            guard step() else { return nil }
        }
        if let base = bytes.baseAddress.map(UnsafeRawPointer.init) {
            while index + 8 <= bytes.count {
                let word = ByteLanes.load(base, at: index)
                if (word & ByteLanes.highs) | ByteLanes.matches(word, UInt8(ascii: "\"")) != 0 {
                    for _ in 0..<8 {
                        guard step() else { return nil }
                    }
                    continue
                }
                let nonSpaces = ~ByteLanes.matches(word, UInt8(ascii: " ")) & ByteLanes.highs
                let afterSpace = ~nonSpaces << 8 & ByteLanes.highs | (inWord ? 0 : 0x80)
                count += (nonSpaces & afterSpace).nonzeroBitCount
                inWord = nonSpaces >> 63 != 0
                index += 8
                // A space last, before a byte outside ASCII: the check `step` makes.
                if !inWord, index < bytes.count, bytes[index] >= 0x80, SpaceSplit.joinsPrevious(bytes, at: index) { return nil }
            }
        }
        while index < bytes.count {
            guard step() else { return nil }
        }
        if inWord, first == nil { first = firstStart..<bytes.count }
        wordCount = count
        firstWord = first
        hasBalancedQuotes = quotes.isBalanced
    }
}

/// Curly quotes opened and not yet closed, and straight quotes seen, byte by byte.
///
/// A String's bytes are valid UTF-8, so E2 80 9C can only be “ and E2 80 9D only ”.
struct QuoteBalance {
    private var depth = 0
    private var straight = 0
    /// A closing quote came before its opening one.
    private var closedEarly = false

    var isBalanced: Bool { !closedEarly && depth == 0 && straight % 2 == 0 }

    @inline(__always)
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
            straight += 1
        } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            if bytes[index + 2] == 0x9C { depth += 1 }
            if bytes[index + 2] == 0x9D {
                depth -= 1
                if depth < 0 { closedEarly = true }
            }
        }
    }
}
