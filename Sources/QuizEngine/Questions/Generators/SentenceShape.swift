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
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if (word & Self.highs) | Self.matches(word, UInt8(ascii: "\"")) != 0 {
                    for _ in 0..<8 {
                        guard step() else { return nil }
                    }
                    continue
                }
                let nonSpaces = ~Self.matches(word, UInt8(ascii: " ")) & Self.highs
                let afterSpace = ~nonSpaces << 8 & Self.highs | (inWord ? 0 : 0x80)
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

    private static let highs: UInt64 = 0x8080_8080_8080_8080
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The top bit of each byte of `word` that is `byte`, and of no other.
    @inline(__always)
    private static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return ~(((difference & lows) &+ lows) | difference | lows)
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
