@testable import QuizEngine
import Testing

/// The word scanner that hashes plain ASCII words while it reads them gives exactly the words,
/// ranges, vocabularies and table ids the straightforward scanner gave.
@Suite("word scanner")
struct WordScannerTests {
    static let samples = [
        "The Cedar Falls school budget will cost $27 million, officials said on Saturday, August 22.",
        "“We will finish the new budget on time,” said union leader Noah Price, 40, at a news conference.",
        "Maduro’s envoy, U.S. officials and the D.C. office met in Washington's Mar-a-Lago at 3 p.m.",
        "1,200 people; 1.7 million euros: 72-hour deadline! Was it 12,2016 or 13.5.2015? don't O'Neill",
        "Zoë Ærø ÉCOLE Rodríguez‑Pérez it’s the students’ union's, 5%, €300 £20 ¥7 — «quoted» ¡no!",
        "A.B.C. U.S.-backed x..y 'quoted' -dash- ’s ’tis rock’n’roll 3’s the Smiths' house",
        "Ñandú, São Paulo, Łódź; ΣΟΦΊΑ Ωmega 東京 \u{FEFF}BOM\u{00A0}NBSP\u{2009}thin",
    ]

    @Test("fast and reference scanners agree on news-like text", arguments: samples)
    func agreesOnSamples(_ text: String) {
        expectSame(text)
    }

    @Test("fast and reference scanners agree on generated text")
    func agreesOnGeneratedText() {
        var random = SplitMix64(seed: 11)
        let pieces = ["a", "Z", "q", "7", "0", "'", "’", "-", ",", ".", " ", "  ", "s", "S", "é", "É", "ß", "“", "—", "$", "%",
                      ":", ";", "!", "?", "\t", "\n", "\u{2011}", "\u{00A0}", "€", "ł", "東", "\u{301}", "U.S.", "p.m."]
        for _ in 0..<3_000 {
            let text = random.text(of: pieces, fewerThan: 24)
            expectSame(text)
        }
    }

    /// Words are written into room the table keeps and reuses, grown for longer texts: one
    /// table splits short and long texts in turn, as a run's does.
    @Test("one table splits long and short texts in turn as the reference does")
    func agreesOnLongTexts() {
        var random = SplitMix64(seed: 14)
        let pieces = ["a", "Z", "q", "7", "'", "’", "-", ",", ".", " ", "  ", "s", "S", "é", "É", "“", "—", "$", "%",
                      ":", ";", "!", "\n", "€", "東", "U.S.", "p.m.", "budget", "Price"]
        let table = PassageWordTable(), referenceTable = PassageWordTable()
        for round in 0..<200 {
            let text = random.text(of: pieces, fewerThan: round % 3 == 0 ? 2_000 : 20)
            let reference = ReferenceWordScanner.wordsAndTexts(in: text, table: referenceTable)
            let words = WordScanner.words(in: text, table: table)
            #expect(words.map(\.range) == reference.words.map(\.range), "\(text)")
            #expect(words.map(\.classes) == reference.words.map(\.classes), "\(text)")
            #expect(words.map { table.text($0.id) } == reference.texts, "\(text)")
        }
    }

    @Test("words handed over one at a time are the words listed", arguments: samples)
    func visitsSamples(_ text: String) {
        expectSameVisits(text)
    }

    @Test("words handed over one at a time are the words listed, on generated text")
    func visitsGeneratedText() {
        var random = SplitMix64(seed: 12)
        let pieces = ["a", "Z", "q", "7", "0", "'", "’", "-", ",", ".", " ", "s", "S", "'s", "’s", "é", "É", "ß", "“", "—", "$",
                      ";", "!", "\n", "\u{2011}", "\u{00A0}", "€", "東", "\u{301}", "U.S.", "p.m.", "May", "Price", "the"]
        for _ in 0..<3_000 {
            let text = random.text(of: pieces, fewerThan: 24)
            expectSameVisits(text)
        }
    }

    /// `forEachWord` reports each word `words(in:table:)` lists, with its range, vocabularies,
    /// id and the length of its text, and gives ids in the same order; and says a word is ASCII
    /// exactly when no byte of its range is 0x80 or above (what `QuoteWording` read before).
    private func expectSameVisits(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let listedTable = PassageWordTable(), visitedTable = PassageWordTable()
        let listed = WordScanner.words(in: text, table: listedTable)
        var visited: [WordScanner.Scanned] = []
        WordScanner.forEachWord(in: text, table: visitedTable) { visited.append($0) }
        #expect(visited.map(\.range) == listed.map(\.range), "\(text)", sourceLocation: sourceLocation)
        #expect(visited.map(\.classes) == listed.map(\.classes), "\(text)", sourceLocation: sourceLocation)
        #expect(visited.map(\.id) == listed.map(\.id), "\(text)", sourceLocation: sourceLocation)
        #expect(visited.map(\.length) == listed.map { listedTable.text($0.id).utf8.count }, "\(text)", sourceLocation: sourceLocation)
        #expect(visited.map { visitedTable.text($0.id) } == listed.map { listedTable.text($0.id) }, "\(text)", sourceLocation: sourceLocation)
        let bytes = Array(text.utf8)
        #expect(visited.map(\.ascii) == visited.map { !bytes[$0.range].contains { $0 >= 0x80 } }, "\(text)", sourceLocation: sourceLocation)
    }

    private func expectSame(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        // The same words, ids given in the same order, and the table's text of each word the
        // text the reference folds on the side.
        let fastTable = PassageWordTable(), referenceTable = PassageWordTable()
        let fastWords = WordScanner.words(in: text, table: fastTable)
        let reference = ReferenceWordScanner.wordsAndTexts(in: text, table: referenceTable)
        #expect(fastWords == reference.words, "\(text)", sourceLocation: sourceLocation)
        #expect(fastWords.map { fastTable.text($0.id) } == reference.texts, "\(text)", sourceLocation: sourceLocation)
        #expect(WordScanner.texts(in: text) == reference.texts, "\(text)", sourceLocation: sourceLocation)
    }
}

/// The scanner as it was before it hashed words while reading them: one classification call per
/// byte, every word folded and hashed again after it was found. Kept here as the reference the
/// fast scanner must agree with.
enum ReferenceWordScanner {
    /// Splits text into words. A word is a run of letters, digits and marks; an apostrophe or a
    /// hyphen, a decimal point or a thousands comma between two such characters stays inside it
    /// ("don't", "72-hour", "1.7", "1,200"); points stay inside initialisms ("U.S."). Curly quotes,
    /// dashes and other punctuation split. Each word is looked up in `table`; its text is also
    /// folded from its bytes on the side, without the table.
    static func wordsAndTexts(in text: String, table: PassageWordTable) -> (words: [Word], texts: [String]) {
        var text = text
        return text.withUTF8 { words(bytes: $0, table: table) }
    }

    static func words(bytes: UnsafeBufferPointer<UInt8>, table: PassageWordTable) -> (words: [Word], texts: [String]) {
        var texts: [String] = []
        var words: [Word] = []
        words.reserveCapacity(bytes.count / 5)
        var scratch: [UInt8] = []
        scratch.reserveCapacity(32)
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
                    if b == UInt8(ascii: ",") || b == UInt8(ascii: ".") {
                        let digits = isDigit(bytes[j - 1]) && isDigit(bytes[j + 1])
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
            var shape: Word.Classes = []
            if clauseStart { shape.insert(.startsClause) }
            if pause { shape.insert(.afterPause) }
            let (word, text) = makeWord(bytes, start: start, end: end, shape: shape, scratch: &scratch, table: table)
            words.append(word)
            texts.append(text)
            clauseStart = false
            pause = false
            i = end
        }
        return (words, texts)
    }

    private static func makeWord(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, shape: Word.Classes, scratch: inout [UInt8],
        table: PassageWordTable
    ) -> (Word, String) {
        var classes = shape
        let first = bytes[start]
        if (first >= 0x41 && first <= 0x5A) || (first == 0xC3 && start + 1 < end && bytes[start + 1] >= 0x80 && bytes[start + 1] <= 0x9E) {
            classes.insert(.capitalized)
        }
        if isDigit(first) { classes.insert(.numeric) }

        // Folded on the side: ASCII and Latin-1 capitals lowercased, ’ as ', a possessive dropped.
        scratch.removeAll(keepingCapacity: true)
        var k = start
        while k < end {
            let b = bytes[k]
            if b >= 0x41, b <= 0x5A {
                scratch.append(b + 0x20)
            } else if b == 0xE2, k + 2 < end, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 {
                scratch.append(UInt8(ascii: "'"))  // ’ inside a word
                k += 3
                continue
            } else if b == 0xC3, k + 1 < end, bytes[k + 1] >= 0x80, bytes[k + 1] <= 0x9E, bytes[k + 1] != 0x97 {
                // Latin-1 capitals (À..Þ) to their small forms.
                scratch.append(b)
                scratch.append(bytes[k + 1] + 0x20)
                k += 2
                continue
            } else {
                scratch.append(b)
            }
            k += 1
        }
        if scratch.count > 2, scratch[scratch.count - 2] == UInt8(ascii: "'"), scratch.last == UInt8(ascii: "s") {
            scratch.removeLast(2)
        } else if scratch.count > 1, scratch.last == UInt8(ascii: "'") {
            scratch.removeLast()
        }
        let text = String(decoding: scratch, as: UTF8.self)

        // Plain ASCII (almost every word): the table folds case itself, no copy needed. A
        // possessive "'s" is left out of the word.
        var ascii = true
        for k in start..<end where bytes[k] >= 0x80 { ascii = false; break }
        let id: Int32
        if ascii {
            var stop = end
            if end - start > 2, bytes[end - 2] == UInt8(ascii: "'"), bytes[end - 1] | 0x20 == UInt8(ascii: "s") { stop = end - 2 }
            else if end - start > 1, bytes[end - 1] == UInt8(ascii: "'") { stop = end - 1 }
            id = table.id(lowercasing: UnsafeBufferPointer(rebasing: bytes[start..<stop]))
        } else {
            id = scratch.withUnsafeBufferPointer { table.id(lowercasing: $0) }
        }
        // The vocabularies of the text, looked up directly.
        if let known = CheckLexicon.classes[text] { classes.formUnion(known) }
        return (Word(range: start..<end, classes: classes, id: id), text)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    /// Whether the scalar at `i` belongs in a word, and its length in bytes.
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Bool, Int) {
        let b = bytes[i]
        if b < 0x80 {
            let isAlnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            return (isAlnum, 1)
        }
        let length = min(b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1, bytes.count - i)
        if b == 0xC2 { return (false, length) }  // NBSP, «, », ¡, ¿, ...
        if b == 0xE2 || b == 0xEF { return (false, length) }  // punctuation, symbols, BOM
        return (true, length)
    }

    /// Length of an in-word joiner at `i` (apostrophe, hyphen, digit separator), or 0.
    private static func joiner(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b == UInt8(ascii: "'") || b == UInt8(ascii: "-") || b == UInt8(ascii: ",") || b == UInt8(ascii: ".") { return 1 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 || bytes[i + 2] == 0x91 { return 3 }  // ’ ‑
        return 0
    }
}

