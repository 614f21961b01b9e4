/// A word of a passage as the checks read it: lowercased, with its place in the passage.
///
/// The checks look for cue words around a claim ("expired", "born", "rose from", "former"), for
/// names shared between passages, and for the nouns a figure is about. All of that works on
/// words, so each passage is split once, byte by byte (Swift `Regex` is far too slow for the
/// compile throughput target), and every check reads the same array.
struct Word: Hashable, Sendable {
    /// Lowercased; a possessive "’s" is dropped ("maduro’s" is "maduro"), curly apostrophes inside
    /// a word become straight ones.
    let text: String
    /// UTF-8 offsets of the word in the passage text, possessive included.
    let range: Range<Int>
    /// Written with a capital first letter.
    let isCapitalized: Bool
    /// Starts with a digit ("2024", "1,200", "72-hour").
    let isNumeric: Bool
    /// The word follows sentence punctuation or starts the passage, so a capital says nothing
    /// about it being a name.
    let startsClause: Bool
    /// Punctuation stands between this word and the one before (a comma, dash, bracket, quote
    /// mark, or sentence punctuation): cue words do not reach across it.
    let afterPause: Bool
}

enum WordScanner {
    /// Splits text into words. A word is a run of letters, digits and marks; an apostrophe or a
    /// hyphen, a decimal point or a thousands comma between two such characters stays inside it
    /// ("don't", "72-hour", "1.7", "1,200"). Curly quotes, dashes and other punctuation split.
    static func words(in text: String) -> [Word] {
        var words: [Word] = []
        let bytes = Array(text.utf8)
        let count = bytes.count
        var i = 0
        var clauseStart = true
        var pause = true
        while i < count {
            let (isWordChar, length) = classify(bytes, at: i)
            if !isWordChar {
                let byte = bytes[i]
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
                    || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";") {
                    clauseStart = true
                }
                if byte != UInt8(ascii: " ") && byte != 0x0A && byte != 0x09 && byte != UInt8(ascii: "$") && byte != UInt8(ascii: "%") {
                    // Currency and percent signs belong to the figure; everything else pauses
                    // (curly quotes and dashes arrive here as their first UTF-8 byte).
                    let currency = (byte == 0xE2 && i + 2 < count && bytes[i + 1] == 0x82)
                        || (byte == 0xC2 && i + 1 < count && (bytes[i + 1] == 0xA3 || bytes[i + 1] == 0xA5))
                    if !currency { pause = true }
                }
                i += length
                continue
            }
            let start = i
            var end = i
            var j = i
            while j < count {
                let (wordChar, len) = classify(bytes, at: j)
                if wordChar {
                    j += len
                    end = j
                    continue
                }
                // Joiners kept between two word characters.
                let joinerLength = joiner(bytes, at: j)
                if joinerLength > 0, j + joinerLength < count, classify(bytes, at: j + joinerLength).0 {
                    let b = bytes[j]
                    // A comma or a point joins digits only ("1,200", "1.7").
                    if b == UInt8(ascii: ",") || b == UInt8(ascii: ".") {
                        let digits = isDigit(bytes[j - 1]) && isDigit(bytes[j + 1])
                        // Initialisms keep their points: "U.S.", "p.m.".
                        let initialism = b == UInt8(ascii: ".") && isLetter(bytes[j - 1]) && isLetter(bytes[j + 1])
                            && (j - 1 == start || bytes[j - 2] == UInt8(ascii: "."))
                            && (j + 2 >= count || !isLetter(bytes[j + 2]))
                        guard digits || initialism else { break }
                    }
                    j += joinerLength
                    continue
                }
                break
            }
            words.append(makeWord(bytes, start: start, end: end, clauseStart: clauseStart, pause: pause))
            clauseStart = false
            pause = false
            i = end
        }
        return words
    }

    private static func makeWord(_ bytes: [UInt8], start: Int, end: Int, clauseStart: Bool, pause: Bool) -> Word {
        var lowered: [UInt8] = []
        lowered.reserveCapacity(end - start)
        var k = start
        while k < end {
            let b = bytes[k]
            if b >= 0x41, b <= 0x5A {
                lowered.append(b + 0x20)
            } else if b == 0xE2, k + 2 < end, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 {
                lowered.append(UInt8(ascii: "'"))  // ’ inside a word
                k += 3
                continue
            } else if b == 0xC3, k + 1 < end, bytes[k + 1] >= 0x80, bytes[k + 1] <= 0x9E, bytes[k + 1] != 0x97 {
                // Latin-1 capitals (À..Þ) to their small forms.
                lowered.append(b)
                lowered.append(bytes[k + 1] + 0x20)
                k += 2
                continue
            } else {
                lowered.append(b)
            }
            k += 1
        }
        if lowered.count > 2, lowered[lowered.count - 2] == UInt8(ascii: "'"), lowered.last == UInt8(ascii: "s") {
            lowered.removeLast(2)
        } else if lowered.count > 1, lowered.last == UInt8(ascii: "'") {
            lowered.removeLast()
        }
        let first = bytes[start]
        let capitalized = (first >= 0x41 && first <= 0x5A) || (first == 0xC3 && start + 1 < end && bytes[start + 1] >= 0x80 && bytes[start + 1] <= 0x9E)
        return Word(
            text: String(decoding: lowered, as: UTF8.self), range: start..<end,
            isCapitalized: capitalized, isNumeric: isDigit(first), startsClause: clauseStart,
            afterPause: pause
        )
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    /// Whether the scalar at `i` belongs in a word, and its length in bytes.
    private static func classify(_ bytes: [UInt8], at i: Int) -> (Bool, Int) {
        let b = bytes[i]
        if b < 0x80 {
            let isAlnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            return (isAlnum, 1)
        }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        if b == 0xC2 { return (false, min(length, bytes.count - i)) }  // NBSP, «, », ¡, ¿, ...
        if b == 0xE2, i + 1 < bytes.count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 {
            return (false, min(length, bytes.count - i))  // General Punctuation: dashes, quotes, …
        }
        if b == 0xE2 || b == 0xEF { return (false, min(length, bytes.count - i)) }  // symbols, BOM
        return (true, min(length, bytes.count - i))
    }

    /// Length of an in-word joiner at `i` (apostrophe, hyphen, digit separator), or 0.
    private static func joiner(_ bytes: [UInt8], at i: Int) -> Int {
        let b = bytes[i]
        if b == UInt8(ascii: "'") || b == UInt8(ascii: "-") || b == UInt8(ascii: ",") || b == UInt8(ascii: ".") { return 1 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 || bytes[i + 2] == 0x91 { return 3 }  // ’ ‑
        return 0
    }
}

extension Array where Element == Word {
    /// Index of the first word whose range starts at or after `offset`.
    func firstIndex(atOrAfter offset: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Indices of the words inside a span.
    func indices(covering span: Range<Int>) -> Range<Int> {
        let start = firstIndex(atOrAfter: span.lowerBound)
        var end = start
        while end < count, self[end].range.lowerBound < span.upperBound { end += 1 }
        // A span starting inside a word ("72" in "72-hour") still covers it.
        if start > 0, self[start - 1].range.upperBound > span.lowerBound { return (start - 1)..<end }
        return start..<end
    }
}
