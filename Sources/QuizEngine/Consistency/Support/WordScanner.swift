/// Splits text into the checks' `Word`s.
///
/// A word is a run of letters, digits and marks; an apostrophe or a hyphen, a decimal point or a
/// thousands comma between two such characters stays inside it ("don't", "72-hour", "1.7",
/// "1,200"); points stay inside initialisms ("U.S."). Curly quotes, dashes and other punctuation
/// split. Each distinct word is made into a string and looked up in the vocabularies once per
/// `table` (the run's, for the checks) rather than every time; a word is its id in the table.
///
/// Every passage of a pack goes through here at least once (the story plan) and every passage
/// with a claim twice (the checks' index), so plain ASCII words, almost all of news text, are
/// classified with a comparison or two a byte and hashed for the table while they are scanned;
/// a word with other characters is folded on the side, as before.
enum WordScanner {
    static func words(in text: String, table: PassageWordTable) -> [Word] {
        var text = text
        return text.withUTF8 { words(in: $0, table: table) }
    }

    /// The words are written into the table's scratch room (a word takes at least one byte, so
    /// there are never more words than bytes) and copied out into an array of their number:
    /// appended one at a time, every word of every passage an index splits paid a check that
    /// the array was not shared, and the arrays kept room for a fifth of their bytes.
    static func words(in bytes: UnsafeBufferPointer<UInt8>, table: PassageWordTable) -> [Word] {
        let found = table.wordScratch(count: bytes.count)
        var count = 0
        var scratch: [UInt8] = []
        var cursor = Cursor(bytes)
        while case let (start, end, shape, hash, ascii)? = cursor.next() {
            if ascii {
                let entry = tableEntry(bytes, start: start, end: end, shape: shape, hash: hash, table: table)
                (found + count).initialize(to: Word(range: start..<end, classes: entry.classes, id: entry.id))
            } else {
                (found + count).initialize(to: foldedWord(bytes, start: start, end: end, shape: shape, scratch: &scratch, table: table))
            }
            count += 1
        }
        return Array(UnsafeBufferPointer(start: found, count: count))
    }

    /// The texts of the words of `text` (lowercased, possessives dropped), for a reader with no
    /// run's table at hand (a role phrase, a place name): split with a small table of its own.
    static func texts(in text: String) -> [String] {
        let table = PassageWordTable(capacity: 8)
        return words(in: text, table: table).map { table.text($0.id) }
    }

    /// A word as `forEachWord` reports it: what a `Word` holds, and the length of its text.
    struct Scanned {
        /// UTF-8 offsets of the word in the text, possessive included.
        let range: Range<Int>
        let classes: Word.Classes
        /// The word's id in the table.
        let id: Int32
        /// UTF-8 length of the word's text (`table.text(id)`).
        let length: Int
        /// Whether every byte of `range` is ASCII, as the cursor found while reading the word:
        /// a quotation keeps such a word's table text as its token, and scanning the word's
        /// bytes again to know was part of reading every quote.
        let ascii: Bool
    }

    /// The words of `text` handed to `body` one at a time, as `words(in:table:)` would list
    /// them, with no array of `Word`s made: the story plan reads every passage of a pack only
    /// to union its vocabularies and count its names, and building and freeing an array of
    /// words (each then holding its text) for every passage was a fifth of its scanning.
    static func forEachWord(in text: String, table: PassageWordTable, _ body: (Scanned) -> Void) {
        var text = text
        text.withUTF8 { forEachWord(in: $0, table: table, body) }
    }

    // Apart from the closure `withUTF8` takes: inside it, the cursor's loop was not inlined.
    // Also for bytes that are not a whole string (the pieces of a quotation).
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, table: PassageWordTable, _ body: (Scanned) -> Void) {
        var scratch: [UInt8] = []
        var cursor = Cursor(bytes)
        while case let (start, end, shape, hash, ascii)? = cursor.next() {
            if ascii {
                let entry = tableEntry(bytes, start: start, end: end, shape: shape, hash: hash, table: table)
                body(Scanned(range: start..<end, classes: entry.classes, id: entry.id, length: entry.length, ascii: true))
            } else {
                let classes = shape.union(writtenShape(bytes, start: start, end: end))
                fold(bytes, start: start, end: end, into: &scratch)
                let id = scratch.withUnsafeBufferPointer { table.id(lowercasing: $0) }
                body(Scanned(range: start..<end, classes: classes.union(table.classes(id)), id: id, length: scratch.count, ascii: false))
            }
        }
    }

    /// The words of `text` handed to `body` as `forEachWord` hands them, except that only
    /// capitalised words (the only ones that can be names) are looked up in the table: any other
    /// word comes with how it is written alone (`Word.Classes.shape`), id -1 and length 0.
    ///
    /// The story plan reads every passage of a pack only to count its names (`NameTally`
    /// ignores every other word); the vocabularies of a passage's words are read by the index of
    /// its story, which splits the passage anyway. Looking every word up here as well, only for
    /// the index to look most of them up again, cost 0.8% of a compile (1,000 articles).
    static func forEachNameCandidate(in text: String, table: PassageWordTable, _ body: (Scanned) -> Void) {
        var text = text
        text.withUTF8 { forEachNameCandidate(in: $0, table: table, body) }
    }

    static func forEachNameCandidate(in bytes: UnsafeBufferPointer<UInt8>, table: PassageWordTable, _ body: (Scanned) -> Void) {
        var scratch: [UInt8] = []
        var cursor = Cursor(bytes)
        while case let (start, end, shape, hash, ascii)? = cursor.next() {
            let written = shape.union(writtenShape(bytes, start: start, end: end))
            guard written.contains(.capitalized) else {
                body(Scanned(range: start..<end, classes: written, id: -1, length: 0, ascii: ascii))
                continue
            }
            if ascii {
                let entry = tableEntry(bytes, start: start, end: end, shape: shape, hash: hash, table: table)
                body(Scanned(range: start..<end, classes: entry.classes, id: entry.id, length: entry.length, ascii: true))
            } else {
                fold(bytes, start: start, end: end, into: &scratch)
                let id = scratch.withUnsafeBufferPointer { table.id(lowercasing: $0) }
                body(Scanned(range: start..<end, classes: written.union(table.classes(id)), id: id, length: scratch.count, ascii: false))
            }
        }
    }

    /// Where a scan of some text is: each `next()` finds the following word and gives where it
    /// is, how it stands (`startsClause`, `afterPause`), the FNV hash of its lowercased bytes
    /// and whether it is all ASCII (only then is the hash complete). Callers loop over it, so
    /// each does its own work on a word in the scan's loop: handed to a closure, every word
    /// cost a call, and listing words took 7% longer.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        private var i = 0
        private var clauseStart = true
        private var pause = true

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        @inline(__always)
        mutating func next() -> (start: Int, end: Int, shape: Word.Classes, hash: UInt64, ascii: Bool)? {
            let count = bytes.count
            while i < count {
                let byte = bytes[i]
                let length = byte < 0x80 ? 1 : WordScanner.scalarLength(bytes, at: i)
                if !WordScanner.isWordCharacter(byte) {
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

                // The word: its end, whether it is all ASCII, and (if so) the FNV hash of its
                // lowercased bytes. The tight loop takes runs of ASCII letters and digits, the bulk
                // of every word; joiners and other scalars are decided one at a time after it.
                let start = i
                var j = i
                var ascii = true
                var hash = PassageWordTable.fnvStart
                scan: while j < count {
                    var b = bytes[j]
                    while true {
                        let folded = b | 0x20
                        if folded &- 0x61 < 26 {
                            hash = (hash ^ UInt64(folded)) &* PassageWordTable.fnvPrime
                        } else if b &- 0x30 < 10 {
                            hash = (hash ^ UInt64(b)) &* PassageWordTable.fnvPrime
                        } else {
                            break
                        }
                        j &+= 1
                        guard j < count else { break scan }
                        b = bytes[j]
                    }
                    if b < 0x80 {
                        // Joiners ("'", "-", ",", ".") kept between two word characters.
                        guard b == UInt8(ascii: "'") || b == UInt8(ascii: "-") || b == UInt8(ascii: ",") || b == UInt8(ascii: "."),
                              j + 1 < count, WordScanner.isWordCharacter(bytes[j + 1]) else { break }
                        if b == UInt8(ascii: ",") || b == UInt8(ascii: ".") {
                            let digits = WordScanner.isDigit(bytes[j - 1]) && WordScanner.isDigit(bytes[j + 1])
                            let initialism = b == UInt8(ascii: ".") && WordScanner.isLetter(bytes[j - 1]) && WordScanner.isLetter(bytes[j + 1])
                                && (j - 1 == start || bytes[j - 2] == UInt8(ascii: "."))
                                && (j + 2 >= count || !WordScanner.isLetter(bytes[j + 2]))
                            guard digits || initialism else { break }
                        }
                        hash = PassageWordTable.fnv(hash, b)
                        j += 1
                        continue
                    }
                    if b == 0xE2 {
                        // ’ and the non-breaking hyphen join; other punctuation in this block splits.
                        guard j + 2 < count, bytes[j + 1] == 0x80, bytes[j + 2] == 0x99 || bytes[j + 2] == 0x91,
                              j + 3 < count, WordScanner.isWordCharacter(bytes[j + 3]) else { break scan }
                        ascii = false
                        j += 3
                        continue
                    }
                    guard WordScanner.isWordCharacter(b) else { break }
                    ascii = false
                    j += WordScanner.scalarLength(bytes, at: j)
                }
                var shape: Word.Classes = []
                if clauseStart { shape.insert(.startsClause) }
                if pause { shape.insert(.afterPause) }
                clauseStart = false
                pause = false
                i = j
                return (start, j, shape, hash, ascii)
            }
            return nil
        }
    }

    /// An all-ASCII word looked up in the run's table by the hash made while scanning it: its
    /// id, its vocabularies and the length of its text. A possessive "'s" is left out of the
    /// word (and its stem hashed again: few words are).
    @inline(__always)
    private static func tableEntry(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, shape: Word.Classes, hash: UInt64, table: PassageWordTable
    ) -> (id: Int32, classes: Word.Classes, length: Int) {
        var classes = shape.union(writtenShape(bytes, start: start, end: end))
        var stop = end, stemHash = hash
        if end - start > 2, bytes[end - 2] == UInt8(ascii: "'"), bytes[end - 1] | 0x20 == UInt8(ascii: "s") {
            stop = end - 2
            stemHash = PassageWordTable.fnvStart
            for k in start..<stop { stemHash = PassageWordTable.fnv(stemHash, bytes[k]) }
        }
        let id = table.id(lowercasing: UnsafeBufferPointer(rebasing: bytes[start..<stop]), fnv: stemHash)
        classes.formUnion(table.classes(id))
        return (id, classes, stop - start)
    }

    /// Any other word: folded to lowercase on the side (ASCII capitals, Latin-1 capitals, ’ as
    /// '), possessive dropped, and looked up in the table.
    private static func foldedWord(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, shape: Word.Classes, scratch: inout [UInt8],
        table: PassageWordTable
    ) -> Word {
        var classes = shape.union(writtenShape(bytes, start: start, end: end))
        fold(bytes, start: start, end: end, into: &scratch)
        let id = scratch.withUnsafeBufferPointer { table.id(lowercasing: $0) }
        classes.formUnion(table.classes(id))
        return Word(range: start..<end, classes: classes, id: id)
    }

    /// A word's bytes as its text: ASCII and Latin-1 capitals lowercased, ’ as ', a possessive
    /// dropped.
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, into scratch: inout [UInt8]) {
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
    }

    /// Capitalised (an ASCII or Latin-1 capital first) and numeric (a digit first).
    @inline(__always)
    private static func writtenShape(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Word.Classes {
        let first = bytes[start]
        var classes: Word.Classes = []
        if (first >= 0x41 && first <= 0x5A) || (first == 0xC3 && start + 1 < end && bytes[start + 1] >= 0x80 && bytes[start + 1] <= 0x9E) {
            classes.insert(.capitalized)
        }
        if isDigit(first) { classes.insert(.numeric) }
        return classes
    }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    /// For ASCII bytes only.
    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) private static func isAlphanumeric(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }

    /// Whether the scalar starting with `byte` belongs in a word: ASCII letters and digits, and
    /// every non-ASCII scalar except those led by 0xC2 (no-break space, «, », ¡, ¿, ...), 0xE2
    /// (general punctuation and symbols) and 0xEF (the byte-order mark and other specials).
    @inline(__always) private static func isWordCharacter(_ byte: UInt8) -> Bool {
        byte < 0x80 ? isAlphanumeric(byte) : byte != 0xC2 && byte != 0xE2 && byte != 0xEF
    }

    /// Bytes of the scalar whose lead is at `i` (a stray continuation byte counts as one),
    /// never past the end.
    @inline(__always) private static func scalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        return min(b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1, bytes.count - i)
    }
}
