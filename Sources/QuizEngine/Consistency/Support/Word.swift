/// A word of a passage as the checks read it: lowercased, with its place in the passage and
/// what the checks' vocabularies say about it.
///
/// The checks look for cue words around a claim ("expired", "born", "rose from", "former"), for
/// names shared between passages, and for the nouns a figure is about. All of that works on
/// words, so each passage is split once, byte by byte (Swift `Regex` is far too slow for the
/// compile throughput target), and every vocabulary a check asks about is answered by one
/// dictionary lookup per word when it is split (`Word.Classes`), not by a set lookup per
/// question.
struct Word: Hashable, Sendable {
    /// Lowercased; a possessive "’s" is dropped ("maduro’s" is "maduro"), curly apostrophes inside
    /// a word become straight ones.
    let text: String
    private let start: Int32
    private let end: Int32
    /// The word's number in the run's `PassageWordTable` (the same for every occurrence), or -1 when
    /// it was split without one.
    let id: Int32
    let classes: Classes

    init(text: String, range: Range<Int>, classes: Classes, id: Int32 = -1) {
        self.text = text
        self.start = Int32(clamping: range.lowerBound)
        self.end = Int32(clamping: range.upperBound)
        self.id = id
        self.classes = classes
    }

    /// UTF-8 offsets of the word in the passage text, possessive included.
    var range: Range<Int> { Int(start)..<Int(end) }

    /// Written with a capital first letter.
    var isCapitalized: Bool { classes.contains(.capitalized) }
    /// Starts with a digit ("2024", "1,200", "72-hour").
    var isNumeric: Bool { classes.contains(.numeric) }
    /// The word follows sentence punctuation or starts the passage, so a capital says nothing
    /// about it being a name.
    var startsClause: Bool { classes.contains(.startsClause) }
    /// Punctuation stands between this word and the one before (a comma, dash, bracket, quote
    /// mark, or sentence punctuation): cue words do not reach across it.
    var afterPause: Bool { classes.contains(.afterPause) }

    func `is`(_ set: Classes) -> Bool { !classes.isDisjoint(with: set) }

    /// Which vocabularies a word belongs to, and how it was written.
    struct Classes: OptionSet, Hashable, Sendable {
        let rawValue: UInt64
        init(rawValue: UInt64) { self.rawValue = rawValue }

        // How it was written.
        static let capitalized = Classes(rawValue: 1 << 0)
        static let numeric = Classes(rawValue: 1 << 1)
        static let startsClause = Classes(rawValue: 1 << 2)
        static let afterPause = Classes(rawValue: 1 << 3)
        // Vocabularies (`CheckLexicon`).
        static let stopword = Classes(rawValue: 1 << 8)
        static let preposition = Classes(rawValue: 1 << 9)
        static let month = Classes(rawValue: 1 << 10)
        static let weekday = Classes(rawValue: 1 << 11)
        static let measure = Classes(rawValue: 1 << 12)
        static let change = Classes(rawValue: 1 << 13)
        static let strongChange = Classes(rawValue: 1 << 14)
        static let modal = Classes(rawValue: 1 << 15)
        static let negation = Classes(rawValue: 1 << 16)
        static let distinctEvent = Classes(rawValue: 1 << 17)
        static let eventNoun = Classes(rawValue: 1 << 18)
        static let pastVerb = Classes(rawValue: 1 << 19)
        static let future = Classes(rawValue: 1 << 20)
        static let ordering = Classes(rawValue: 1 << 21)
        static let expiry = Classes(rawValue: 1 << 22)
        static let echo = Classes(rawValue: 1 << 23)
        static let first = Classes(rawValue: 1 << 24)
        static let reporting = Classes(rawValue: 1 << 25)
        static let partial = Classes(rawValue: 1 << 26)
        static let exhaustive = Classes(rawValue: 1 << 27)
        static let notName = Classes(rawValue: 1 << 28)
        static let unit = Classes(rawValue: 1 << 29)
        static let linking = Classes(rawValue: 1 << 30)
        static let deadline = Classes(rawValue: 1 << 31)
        static let futureSpan = Classes(rawValue: 1 << 32)
        static let rateUnit = Classes(rawValue: 1 << 33)
        static let gapUnit = Classes(rawValue: 1 << 34)
        static let origin = Classes(rawValue: 1 << 35)
        static let roleQualifier = Classes(rawValue: 1 << 36)
        static let startVerb = Classes(rawValue: 1 << 37)
        /// Words skipped between a figure and its noun: "80% of voters", "$7 billion in assets".
        static let figureLink = Classes(rawValue: 1 << 38)
        /// "per", "a", "each": before a unit, they make a rate ("$300 a month").
        static let rateMarker = Classes(rawValue: 1 << 39)
        /// "monthly", "annual", "apiece": a rate on their own.
        static let rateWord = Classes(rawValue: 1 << 40)
        /// "called (for)", "asked (for)", "pushed (for)": a request.
        static let pleaVerb = Classes(rawValue: 1 << 41)
        /// "said", "reported", "announced": verbs of speech and publication.
        static let speech = Classes(rawValue: 1 << 42)
        /// "minutes", "hours", "days", ...
        static let timeUnit = Classes(rawValue: 1 << 43)
        /// "expired", "ran (out)", "lapsed": a deadline's end.
        static let expiryVerb = Classes(rawValue: 1 << 44)
        /// "will", "expected", "scheduled", "next": the sentence speaks of the future.
        static let futureTense = Classes(rawValue: 1 << 45)

        /// Words that are not content: function words and prepositions.
        static let function: Classes = [.stopword, .preposition]
        /// How a word is written, as opposed to what it means.
        static let shape: Classes = [.capitalized, .numeric, .startsClause, .afterPause]
    }
}

/// The distinct words of a run, by their lowercased bytes: each is made into a `String` and
/// looked up in the vocabularies once, however often the text repeats it.
///
/// Open addressing over an FNV-1a hash of the bytes; the bytes themselves are kept in one pool
/// and compared on a hash match. A class because it fills as text is split; one run owns it, on
/// one thread.
final class PassageWordTable {
    // Open addressing in raw memory, all mutable state behind one immutable pointer: the
    // lookup is the hottest loop of a check run, and a class's `var` properties pay a dynamic
    // exclusivity check on every access.
    private struct State {
        var capacity: Int
        var hashes: UnsafeMutablePointer<UInt64>
        var offsets: UnsafeMutablePointer<Int32>
        var lengths: UnsafeMutablePointer<Int32>
        var ids: UnsafeMutablePointer<Int32>
        var pool: UnsafeMutablePointer<UInt8>
        var poolCapacity: Int
        var poolCount = 0
        var texts: [String] = []
        var vocabularies: [Word.Classes] = []
        var normalized: [String] = []
    }

    private let state: UnsafeMutablePointer<State>

    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        let offsets = UnsafeMutablePointer<Int32>.allocate(capacity: size)
        offsets.initialize(repeating: -1, count: size)
        state = .allocate(capacity: 1)
        state.initialize(to: State(
            capacity: size, hashes: .allocate(capacity: size), offsets: offsets,
            lengths: .allocate(capacity: size), ids: .allocate(capacity: size),
            pool: .allocate(capacity: size * 8), poolCapacity: size * 8
        ))
    }

    deinit {
        state.pointee.hashes.deallocate()
        state.pointee.offsets.deallocate()
        state.pointee.lengths.deallocate()
        state.pointee.ids.deallocate()
        state.pointee.pool.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The id of the word spelled by `bytes` lowercased (ASCII letters only are folded here;
    /// callers fold anything else first), adding it if new.
    func id(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(PassageWordTable.lower(byte))
            hash = hash &* 0x0000_0100_0000_01B3
        }
        // FNV's low bits are weak for short, similar keys ("17", "18"): mix before masking.
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        let (hashes, offsets, lengths, ids, pool) = (state.pointee.hashes, state.pointee.offsets, state.pointee.lengths, state.pointee.ids, state.pointee.pool)
        let mask = state.pointee.capacity - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while offsets[slot] >= 0 {
            if hashes[slot] == hash, Int(lengths[slot]) == bytes.count {
                let start = pool + Int(offsets[slot])
                var same = true
                for i in 0..<bytes.count where start[i] != PassageWordTable.lower(bytes[i]) { same = false; break }
                if same { return ids[slot] }
            }
            slot = (slot + 1) & mask
        }
        return insert(bytes, hash: hash, slot: slot)
    }

    /// A new word: keep its lowercased bytes and read it once.
    private func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, slot: Int) -> Int32 {
        if state.pointee.poolCount + bytes.count > state.pointee.poolCapacity {
            let bigger = max(state.pointee.poolCapacity * 2, state.pointee.poolCount + bytes.count)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
            moved.update(from: state.pointee.pool, count: state.pointee.poolCount)
            state.pointee.pool.deallocate()
            state.pointee.pool = moved
            state.pointee.poolCapacity = bigger
        }
        let at = state.pointee.poolCount
        let pool = state.pointee.pool
        for i in 0..<bytes.count { pool[at + i] = PassageWordTable.lower(bytes[i]) }
        let text = String(decoding: UnsafeBufferPointer(start: pool + at, count: bytes.count), as: UTF8.self)
        let id = Int32(state.pointee.texts.count)
        state.pointee.hashes[slot] = hash
        state.pointee.offsets[slot] = Int32(at)
        state.pointee.lengths[slot] = Int32(bytes.count)
        state.pointee.ids[slot] = id
        state.pointee.poolCount += bytes.count
        state.pointee.texts.append(text)
        state.pointee.vocabularies.append(CheckLexicon.classes[text] ?? [])
        state.pointee.normalized.append(CheckLexicon.normalize(text))
        if state.pointee.texts.count * 2 > state.pointee.capacity { grow() }
        return id
    }

    func text(_ id: Int32) -> String { state.pointee.texts[Int(id)] }
    func classes(_ id: Int32) -> Word.Classes { state.pointee.vocabularies[Int(id)] }
    /// The form a word is compared in (singular, synonyms mapped): see `CheckLexicon.normalize`.
    func normalizedForm(_ id: Int32) -> String { state.pointee.normalized[Int(id)] }

    @inline(__always) private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private func grow() {
        let old = state.pointee
        let capacity = old.capacity * 2
        let hashes = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        let offsets = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        let lengths = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        let ids = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        offsets.initialize(repeating: -1, count: capacity)
        let mask = capacity - 1
        for i in 0..<old.capacity where old.offsets[i] >= 0 {
            var slot = Int(truncatingIfNeeded: old.hashes[i]) & mask
            while offsets[slot] >= 0 { slot = (slot + 1) & mask }
            hashes[slot] = old.hashes[i]
            offsets[slot] = old.offsets[i]
            lengths[slot] = old.lengths[i]
            ids[slot] = old.ids[i]
        }
        old.hashes.deallocate()
        old.offsets.deallocate()
        old.lengths.deallocate()
        old.ids.deallocate()
        state.pointee.capacity = capacity
        state.pointee.hashes = hashes
        state.pointee.offsets = offsets
        state.pointee.lengths = lengths
        state.pointee.ids = ids
    }
}

enum WordScanner {
    /// Splits text into words. A word is a run of letters, digits and marks; an apostrophe or a
    /// hyphen, a decimal point or a thousands comma between two such characters stays inside it
    /// ("don't", "72-hour", "1.7", "1,200"); points stay inside initialisms ("U.S."). Curly quotes,
    /// dashes and other punctuation split. With the run's `table`, each distinct word is made
    /// into a string and looked up in the vocabularies once per run rather than every time.
    static func words(in text: String, table: PassageWordTable? = nil) -> [Word] {
        var text = text
        return text.withUTF8 { words(in: $0, table: table) }
    }

    static func words(in bytes: UnsafeBufferPointer<UInt8>, table: PassageWordTable? = nil) -> [Word] {
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
            words.append(makeWord(bytes, start: start, end: end, shape: shape, scratch: &scratch, table: table))
            clauseStart = false
            pause = false
            i = end
        }
        return words
    }

    private static func makeWord(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, shape: Word.Classes, scratch: inout [UInt8],
        table: PassageWordTable?
    ) -> Word {
        var classes = shape
        let first = bytes[start]
        if (first >= 0x41 && first <= 0x5A) || (first == 0xC3 && start + 1 < end && bytes[start + 1] >= 0x80 && bytes[start + 1] <= 0x9E) {
            classes.insert(.capitalized)
        }
        if isDigit(first) { classes.insert(.numeric) }

        // Plain ASCII (almost every word): the table folds case itself, no copy needed. A
        // possessive "'s" is left out of the word.
        var ascii = true
        for k in start..<end where bytes[k] >= 0x80 { ascii = false; break }
        if let table, ascii {
            var stop = end
            if end - start > 2, bytes[end - 2] == UInt8(ascii: "'"), bytes[end - 1] | 0x20 == UInt8(ascii: "s") { stop = end - 2 }
            else if end - start > 1, bytes[end - 1] == UInt8(ascii: "'") { stop = end - 1 }
            let id = table.id(lowercasing: UnsafeBufferPointer(rebasing: bytes[start..<stop]))
            classes.formUnion(table.classes(id))
            return Word(text: table.text(id), range: start..<end, classes: classes, id: id)
        }

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
        if let table {
            let id = scratch.withUnsafeBufferPointer { table.id(lowercasing: $0) }
            classes.formUnion(table.classes(id))
            return Word(text: table.text(id), range: start..<end, classes: classes, id: id)
        }
        let text = String(decoding: scratch, as: UTF8.self)
        if let known = CheckLexicon.classes[text] { classes.formUnion(known) }
        return Word(text: text, range: start..<end, classes: classes)
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
