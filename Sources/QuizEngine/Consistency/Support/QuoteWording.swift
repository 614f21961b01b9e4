/// The words of a quotation, read for comparison with another version of it.
///
/// Editorial marks are honoured: an ellipsis ("...", "…") says words were left out and a
/// bracketed insertion ("[Maduro]") stands in for the speaker's own words, so each splits the
/// quote into fragments that must appear, in order, in a fuller version. Anything else that
/// differs (a word changed, added, or silently dropped) is drift.
struct QuoteWording: Sendable {
    /// Lowercased, accent-folded words.
    let tokens: [String]
    /// For each token, its id in the table the quotation was read with when the token is that
    /// word's text (a word written in ASCII), else -1: `QuotePairs` numbers those by id.
    let ids: [Int32]
    /// Runs of words between ellipses and bracketed insertions.
    let fragments: [Range<Int>]
    /// The words as written, for explanations: where each is in the quotation's text (only
    /// explanations show them, so they are cut out when asked rather than made for every
    /// quote), or, for the rare quotation read from a copy, the words themselves.
    private let shown: Shown

    private enum Shown: Sendable {
        case spans(text: String, ranges: [Range<Int32>])
        case words([String])
    }

    /// `table` is the run's word table (words it already knows are not made into strings and
    /// looked up in the vocabularies again), or when none is given one of the quotation's own.
    ///
    /// The quotation is split on editorial marks first (ellipses and bracketed insertions,
    /// whose words are skipped), then each piece into words. The pieces are read where they lie
    /// in the text: copying each into a buffer and a string of its own, a byte at a time, was
    /// most of what reading a quote cost. A "]" outside brackets is dropped and the text on
    /// both sides of it read as one piece, which only a copy can do: such quotes are read the
    /// old way (`readCopying`).
    init(_ text: String, table: PassageWordTable = PassageWordTable(capacity: 16)) {
        var source = text
        let reading = source.withUTF8 { bytes in
            Self.hasStrayCloser(bytes) ? nil : Self.read(bytes, table: table)
        }
        if let reading {
            (tokens, ids, fragments) = (reading.tokens, reading.ids, reading.fragments)
            shown = .spans(text: text, ranges: reading.spans)
        } else {
            let copied = Self.readCopying(text, table: table)
            (tokens, fragments) = (copied.tokens, copied.fragments)
            ids = Array(repeating: -1, count: copied.tokens.count)
            shown = .words(copied.display)
        }
    }

    /// The words as written, for explanations.
    var display: [String] {
        switch shown {
        case let .words(words):
            return words
        case let .spans(text, ranges):
            return ranges.map { Self.cut(text, $0) }
        }
    }

    /// The words at `positions` as written: only those are cut out of the quotation (an
    /// explanation shows a few words of two quotes, and cutting out all of them was a fifth of
    /// what listing the differences cost).
    func display(_ positions: Range<Int>) -> [String] {
        switch shown {
        case let .words(words):
            return Array(words[positions])
        case let .spans(text, ranges):
            return ranges[positions].map { Self.cut(text, $0) }
        }
    }

    /// The words at `positions` as written, joined by single spaces: `display(positions)`
    /// joined, copied byte for byte from the quotation's text. An explanation quotes a few
    /// words of each version, and cutting each word out as a string of its own, into an
    /// array joined into another string, cost 20,000 instructions a finding (332 findings).
    func shown(_ positions: Range<Int>) -> String {
        switch shown {
        case let .words(words):
            return words[positions].joined(separator: " ")
        case let .spans(text, ranges):
            guard !positions.isEmpty else { return "" }
            let spans = ranges[positions]
            var source = text
            return source.withUTF8 { bytes in
                let length = spans.reduce(spans.count - 1) { $0 + $1.count }
                return String(unsafeUninitializedCapacity: length) { buffer in
                    var at = 0
                    for span in spans {
                        if at > 0 { buffer[at] = 0x20; at += 1 }
                        for offset in span { buffer[at] = bytes[Int(offset)]; at += 1 }
                    }
                    return at
                }
            }
        }
    }

    private static func cut(_ text: String, _ span: Range<Int32>) -> String {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(span.lowerBound))
        let upper = utf8.index(utf8.startIndex, offsetBy: Int(span.upperBound))
        return String(Substring(utf8[lower..<upper]))
    }

    /// Words, where they are, and fragments of `bytes`, which hold no "]" outside brackets.
    private static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, table: PassageWordTable
    ) -> (tokens: [String], ids: [Int32], spans: [Range<Int32>], fragments: [Range<Int>]) {
        var tokens: [String] = [], ids: [Int32] = [], spans: [Range<Int32>] = [], fragments: [Range<Int>] = []
        // Room for words of two letters on average: spoken words are short, and with room for
        // a fifth of the bytes, quotes of short words outgrew their arrays and copied them.
        tokens.reserveCapacity(bytes.count / 3)
        ids.reserveCapacity(bytes.count / 3)
        spans.reserveCapacity(bytes.count / 3)
        var fragmentStart = 0
        var bracketDepth = 0
        var pieceStart = 0
        func cut() {
            if tokens.count > fragmentStart { fragments.append(fragmentStart..<tokens.count) }
            fragmentStart = tokens.count
        }
        func flushPiece(upTo end: Int) {
            guard end > pieceStart else { return }
            let piece = UnsafeBufferPointer(rebasing: bytes[pieceStart..<end])
            appendWords(of: piece, at: pieceStart, table: table, tokens: &tokens, ids: &ids, spans: &spans)
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "[") {
                if bracketDepth == 0 { flushPiece(upTo: i); cut() } else { cut() }
                bracketDepth += 1
                i += 1
                pieceStart = i
                continue
            }
            if bracketDepth > 0 {
                // Inside an insertion nothing is read; "]" closes one level.
                if b == UInt8(ascii: "]") { bracketDepth -= 1 }
                i += 1
                pieceStart = i
                continue
            }
            if b == UInt8(ascii: "."), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "."), bytes[i + 2] == UInt8(ascii: ".") {
                flushPiece(upTo: i); cut(); i += 3; pieceStart = i; continue
            }
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 {  // …
                flushPiece(upTo: i); cut(); i += 3; pieceStart = i; continue
            }
            i += 1
        }
        flushPiece(upTo: bytes.count)
        cut()
        return (tokens, ids, spans, fragments)
    }

    /// The words of a piece of a quotation that starts at `offset`, read with the table.
    ///
    /// They are handed over one at a time (their text is the table's), and a word written in
    /// ASCII is already folded: making an array of words for every piece and folding each word
    /// again was half of reading a quotation. Apart from `read` so that the closure appends to
    /// parameters, not to variables its nested functions share (each append then paid a
    /// dynamic exclusivity check).
    private static func appendWords(
        of piece: UnsafeBufferPointer<UInt8>, at offset: Int, table: PassageWordTable,
        tokens: inout [String], ids: inout [Int32], spans: inout [Range<Int32>]
    ) {
        WordScanner.forEachWord(in: piece, table: table) { word in
            let text = table.text(word.id)
            tokens.append(word.ascii ? text : PersonName.fold(text))
            ids.append(word.ascii ? word.id : -1)
            spans.append(Int32(offset + word.range.lowerBound)..<Int32(offset + word.range.upperBound))
        }
    }

    /// Whether some "]" stands outside brackets (and so is dropped from the piece it is in).
    private static func hasStrayCloser(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var depth = 0
        for b in bytes {
            if b == UInt8(ascii: "[") { depth += 1 } else if b == UInt8(ascii: "]") {
                if depth == 0 { return true }
                depth -= 1
            }
        }
        return false
    }

    /// The reading for a quote with a stray "]": each piece copied, the stray marks left out,
    /// and split from the copy.
    static func readCopying(
        _ text: String, table: PassageWordTable
    ) -> (tokens: [String], display: [String], fragments: [Range<Int>]) {
        var tokens: [String] = [], display: [String] = [], fragments: [Range<Int>] = []
        var fragmentStart = 0
        let utf8 = Array(text.utf8)
        var bracketDepth = 0
        var i = 0
        func cut() {
            if tokens.count > fragmentStart { fragments.append(fragmentStart..<tokens.count) }
            fragmentStart = tokens.count
        }
        var piece: [UInt8] = []
        func flushPiece() {
            guard !piece.isEmpty else { return }
            piece.withUnsafeBufferPointer { bytes in
                for word in WordScanner.words(in: bytes, table: table) {
                    tokens.append(PersonName.fold(table.text(word.id)))
                    display.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[word.range]), as: UTF8.self))
                }
            }
            piece.removeAll()
        }
        while i < utf8.count {
            let b = utf8[i]
            if b == UInt8(ascii: "[") { flushPiece(); cut(); bracketDepth += 1; i += 1; continue }
            if b == UInt8(ascii: "]") { bracketDepth = max(0, bracketDepth - 1); i += 1; continue }
            if bracketDepth > 0 { i += 1; continue }
            if b == UInt8(ascii: "."), i + 2 < utf8.count, utf8[i + 1] == UInt8(ascii: "."), utf8[i + 2] == UInt8(ascii: ".") {
                flushPiece(); cut(); i += 3; continue
            }
            if b == 0xE2, i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA6 {  // …
                flushPiece(); cut(); i += 3; continue
            }
            piece.append(b)
            i += 1
        }
        flushPiece()
        cut()
        return (tokens, display, fragments)
    }

    enum Relation: Equatable {
        case identical
        /// One is a shorter excerpt of the other (honouring ellipses).
        case excerpt
        /// The same quotation with different words; `similarity` is the share of the shorter
        /// version's words found in order in the other.
        case variant(similarity: Double)
        case unrelated
    }

    func relation(to other: QuoteWording) -> Relation {
        Self.relation(Words(tokens: tokens, fragments: fragments), Words(tokens: other.tokens, fragments: other.fragments))
    }

    /// A quotation's words as anything comparable: their strings, or their numbers in an index
    /// (`QuotePairs` compares thousands of pairs, and numbers compare faster than strings).
    struct Words<Token: Equatable> {
        let tokens: [Token]
        /// Runs of words between ellipses and bracketed insertions.
        let fragments: [Range<Int>]

        /// Every fragment appears in `long`, contiguously and in order.
        func isExcerpt(of long: Words) -> Bool {
            var from = 0
            for fragment in fragments {
                let needle = tokens[fragment]
                guard let at = QuoteWording.find(needle, in: long.tokens, from: from) else { return false }
                from = at + needle.count
            }
            return true
        }
    }

    static func relation<Token: Equatable>(_ first: Words<Token>, _ second: Words<Token>) -> Relation {
        if first.tokens == second.tokens { return .identical }
        if first.tokens.isEmpty || second.tokens.isEmpty { return .unrelated }
        let (short, long) = first.tokens.count <= second.tokens.count ? (first, second) : (second, first)
        if short.isExcerpt(of: long) { return .excerpt }
        // An ellipsis in the longer one can also hide words of the shorter one's: compare the
        // plain word sequences.
        let common = lcsLength(short.tokens, long.tokens)
        let similarity = Double(common) / Double(short.tokens.count)
        let coverage = Double(common) / Double(long.tokens.count)
        if common >= 4, similarity >= 0.6, coverage >= 0.35 { return .variant(similarity: similarity) }
        return .unrelated
    }

    static func find<Token: Equatable>(_ needle: ArraySlice<Token>, in haystack: [Token], from: Int) -> Int? {
        guard let first = needle.first else { return from }
        guard haystack.count - from >= needle.count else { return nil }
        for start in from...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }

    /// The length of the longest common subsequence (capped at 120 words a side, as `lcs`):
    /// two rows of the table, not all of it, when only the length is wanted.
    static func lcsLength<Token: Equatable>(_ a: [Token], _ b: [Token]) -> Int {
        let n = min(a.count, 120), m = min(b.count, 120)
        guard n > 0, m > 0 else { return 0 }
        var below = [Int](repeating: 0, count: m + 1), row = below
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                row[j] = a[i] == b[j] ? below[j + 1] + 1 : max(below[j], row[j + 1])
            }
            swap(&row, &below)
        }
        return below[0]
    }

    /// Longest common subsequence, as pairs of indices (capped at 120 words a side).
    ///
    /// The table is one flat array: as nested arrays, every write checked that its row was
    /// not shared. (Numbering the words first, to compare numbers, cost more than it saved:
    /// quotes are a few dozen words.)
    ///
    /// Versions of one quotation mostly agree at both ends, and only the words between are
    /// tabulated. The pairs are those the whole table gives: the walk pairs equal words as it
    /// meets them, so the shared beginning is paired word for word; a shared ending adds the
    /// same length to every entry of the table before it, so the walk through the middle turns
    /// the same way; and past the middle, what is left of one version is the end of the other,
    /// where the whole table would have the walk skip the other's words up to the next equal
    /// one. (The full table was a third of listing a quotation's differences.)
    static func lcs(_ a: [String], _ b: [String]) -> [(Int, Int)] {
        let n = min(a.count, 120), m = min(b.count, 120)
        guard n > 0, m > 0 else { return [] }
        var prefix = 0
        while prefix < n, prefix < m, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < n - prefix, suffix < m - prefix, a[n - 1 - suffix] == b[m - 1 - suffix] { suffix += 1 }
        // The middle: a[prefix..<endA] and b[prefix..<endB].
        let endA = n - suffix, endB = m - suffix
        let rows = endA - prefix, width = endB - prefix + 1
        // table[r * width + c]: the length of the longest common subsequence of
        // a[(prefix + r)..<endA] and b[(prefix + c)..<endB].
        var table = [Int](repeating: 0, count: (rows + 1) * width)
        table.withUnsafeMutableBufferPointer { table in
            for r in stride(from: rows - 1, through: 0, by: -1) {
                for c in stride(from: width - 2, through: 0, by: -1) {
                    table[r * width + c] = a[prefix + r] == b[prefix + c]
                        ? table[(r + 1) * width + c + 1] + 1
                        : max(table[(r + 1) * width + c], table[r * width + c + 1])
                }
            }
        }
        var pairs: [(Int, Int)] = []
        for k in 0..<prefix { pairs.append((k, k)) }
        var i = prefix, j = prefix
        while i < endA, j < endB {
            if a[i] == b[j] { pairs.append((i, j)); i += 1; j += 1 }
            else if table[(i - prefix + 1) * width + j - prefix] >= table[(i - prefix) * width + j - prefix + 1] { i += 1 }
            else { j += 1 }
        }
        if i >= endA {
            // a's remaining words end b: b's are passed over up to each equal one.
            while i < n, j < m {
                if a[i] == b[j] { pairs.append((i, j)); i += 1 }
                j += 1
            }
        } else {
            // b's remaining words end a.
            while i < n, j < m {
                if a[i] == b[j] { pairs.append((i, j)); j += 1 }
                i += 1
            }
        }
        return pairs
    }

    /// Where two versions differ, in words a reader can check: "“have to leave Venezuela”
    /// became “must leave”". At most `limit` differences, in order.
    func differences(from other: QuoteWording, limit: Int = 2) -> [String] {
        let matches = QuoteWording.lcs(tokens, other.tokens)
        var out: [String] = []
        var (i, j) = (0, 0)
        for (mi, mj) in matches + [(min(tokens.count, 120), min(other.tokens.count, 120))] {
            // Only the words around a difference are cut out as written, and nothing at all
            // for a word matched right after the last (most words of two versions match; the
            // two empty runs cut out for each cost 0.6M of the 12.3M instructions listing the
            // differences of 332 findings took).
            if i < mi || j < mj {
                // Anchor each change on the matching word before it, so "leave Venezuela" reads
                // as a change to a phrase and not a stray word. The words of each side are
                // joined as one run of positions (the anchor is the position before). Each text is
                // joined once from its pieces (`AssembledText`), words in curly quotes as
                // `Phrasing.quoted` writes them.
                if i == mi {
                    let added = other.shown(j..<mj)
                    out.append(j == 0
                        ? AssembledText("the second adds “\(added)”").string
                        : AssembledText("the second adds “\(added)” after “\(other.shown((j - 1)..<j))”").string)
                } else if j == mj {
                    let omitted = shown(i..<mi)
                    out.append(i == 0
                        ? AssembledText("the second leaves out “\(omitted)”").string
                        : AssembledText("the second leaves out “\(omitted)” after “\(shown((i - 1)..<i))”").string)
                } else {
                    // Both versions with their anchors (an addition or omission quotes one side).
                    let a = shown((i > 0 ? i - 1 : i)..<mi)
                    let b = other.shown((j > 0 ? j - 1 : j)..<mj)
                    out.append(AssembledText("“\(a)” in the first is “\(b)” in the second").string)
                }
                if out.count == limit { break }
            }
            i = mi + 1
            j = mj + 1
        }
        return out
    }
}
