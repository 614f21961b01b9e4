import Foundation

/// Turns a sentence from an article into a statement a player can judge on its own:
/// "According to CiberCuba, the telephone conversation was held on November 21 ...".
///
/// Only sentences that stand on their own are used: not headings, not too short or too long,
/// not starting with a pronoun or a connective that points at an earlier sentence ("He", "This",
/// "But"), and not quoting someone around the detail (changing a number inside a quotation
/// would be putting words in someone's mouth).
struct StatementWriter {
    /// Words that appear capitalised inside sentences of the articles: proper nouns, whose
    /// capital stays when the sentence is embedded after "According to X, ".
    private let capitalized: ByteWordSet

    init(articles: [Article]) {
        var names = ByteWordSet()
        var found: [CapitalizedWord] = []
        for article in articles {
            for passage in article.passages {
                Self.collectCapitalized(passage.text, into: &names, found: &found)
            }
        }
        capitalized = names
    }

    /// The proper nouns, as strings (for tests).
    var properNouns: Set<String> { capitalized.strings }

    /// A word `collectCapitalized` keeps: the bytes to note (ASCII: the word without its
    /// punctuation), or a word with non-ASCII bytes, judged by `Character`.
    private struct CapitalizedWord {
        let range: Range<Int>
        let isASCII: Bool
    }

    /// The words after the first, as `split(separator: " ")` gives them, stripped of punctuation,
    /// that start with a capital.
    ///
    /// Every sentence of a pack comes through here (1.6% of a compile). A word counts when its
    /// first letter, digit or non-ASCII byte is a capital or not ASCII, so the scan looks only
    /// for ASCII capitals and non-ASCII bytes, eight bytes at a time (`nextCapitalOrNonASCII`),
    /// and reads around each one it finds: nearly all words have neither and are passed over
    /// without a look at their bytes one by one. Plain ASCII words are noted by their bytes,
    /// others go through `Character`. Where a space joins the character after it (a combining
    /// mark), `split` would not split there, and the sentence is split by `Character` instead;
    /// such a byte is non-ASCII at a word's start, where the scan stops anyway, and words are
    /// noted (in `found`, a buffer reused from sentence to sentence) only once the whole
    /// sentence has been read.
    private static func collectCapitalized(_ text: String, into names: inout ByteWordSet, found: inout [CapitalizedWord]) {
        func add(_ word: Substring) {
            guard mayBeCapitalized(word) else { return }
            let bare = strippingPunctuation(word)
            if let first = bare.first, first.isUppercase { names.insert(String(bare)) }
        }
        found.removeAll(keepingCapacity: true)
        var contiguous = text
        let handled: Bool = contiguous.withUTF8 { bytes in
            let space = UInt8(ascii: " ")
            // ASCII: letters and digits are [A-Za-z0-9].
            func isLetterOrDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 }
            // The first word starts the sentence: its capital says nothing.
            var firstWordEnd = 0
            while firstWordEnd < bytes.count, bytes[firstWordEnd] == space { firstWordEnd += 1 }
            while firstWordEnd < bytes.count, bytes[firstWordEnd] != space { firstWordEnd += 1 }
            var index = 0
            while let mark = nextCapitalOrNonASCII(in: bytes, from: index) {
                var start = mark
                while start > 0, bytes[start - 1] != space { start -= 1 }
                if mark == start, start > 0, bytes[mark] >= 0x80, SpaceSplit.joinsPrevious(bytes, at: mark) { return false }
                index = mark + 1
                while index < bytes.count, bytes[index] != space { index += 1 }
                // Counted when nothing before the mark in its word is a letter or digit (a
                // capital or non-ASCII byte there would have been found first).
                guard start >= firstWordEnd, !(start..<mark).contains(where: { isLetterOrDigit(bytes[$0]) }) else { continue }
                var ascii = bytes[mark] < 0x80
                var last = mark
                for offset in mark + 1..<index {
                    if bytes[offset] >= 0x80 { ascii = false } else if isLetterOrDigit(bytes[offset]) { last = offset }
                }
                found.append(ascii ? CapitalizedWord(range: mark..<last + 1, isASCII: true) : CapitalizedWord(range: start..<index, isASCII: false))
            }
            return true
        }
        guard handled else {
            for word in text.split(separator: " ").dropFirst() { add(word) }
            return
        }
        for word in found where !word.isASCII { add(text.utf8Slice(word.range)) }
        guard found.contains(where: \.isASCII) else { return }
        contiguous.withUTF8 { bytes in
            for word in found where word.isASCII { names.insert(UnsafeBufferPointer(rebasing: bytes[word.range])) }
        }
    }

    /// The first byte at or after `index` that is an ASCII capital ([A-Z]) or not ASCII.
    ///
    /// Eight bytes at a time: with the high bit of each byte cleared, adding 0x3F to it sets that
    /// bit from "A" up and adding 0x25 from "[" up (no sum carries into the next byte), so the
    /// capitals are where the first sets it and the second does not; non-ASCII bytes have it
    /// set already.
    private static func nextCapitalOrNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        let high: UInt64 = 0x8080_8080_8080_8080
        var offset = index
        while offset + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
            let low = word & ~high
            let capitals = (low &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(low &+ 0x2525_2525_2525_2525)
            let marks = (capitals | word) & high
            if marks != 0 { return offset + marks.trailingZeroBitCount / 8 }
            offset += 8
        }
        while offset < bytes.count {
            if bytes[offset] >= 0x80 || bytes[offset] &- UInt8(ascii: "A") < 26 { return offset }
            offset += 1
        }
        return nil
    }

    /// False when the word's first letter or digit is plain ASCII and not a capital letter, which
    /// settles most words from their first bytes; the Unicode-aware check then runs only on the
    /// rest (a fifth of a large compile went on `Character` properties of lower-case words).
    static func mayBeCapitalized(_ word: Substring) -> Bool {
        for byte in word.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), 0x80...: return true
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return false
            default: continue
            }
        }
        return false
    }

    /// The word without leading and trailing punctuation ("“Maduro’s," -> "Maduro’s").
    ///
    /// A word of plain ASCII (most) is trimmed on its bytes: there a letter or digit is
    /// [A-Za-z0-9], and walking `Character`s for it was a quarter of judging whether a sentence
    /// stands alone.
    static func strippingPunctuation(_ word: Substring) -> Substring {
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> Range<Int>? in
            var first = -1, last = -1
            for (offset, byte) in bytes.enumerated() {
                guard byte < 0x80 else { return nil }
                if byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 {
                    if first < 0 { first = offset }
                    last = offset
                }
            }
            return first < 0 ? bytes.count..<bytes.count : first..<(last + 1)
        }
        if let kept = ascii.flatMap({ $0 }) {
            let utf8 = word.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: kept.lowerBound)
            let upper = utf8.index(utf8.startIndex, offsetBy: kept.upperBound)
            return word[lower..<upper]
        }
        var word = word
        while let first = word.first, !(first.isLetter || first.isNumber) { word = word.dropFirst() }
        while let last = word.last, !(last.isLetter || last.isNumber) { word = word.dropLast() }
        return word
    }

    static let minimumWords = 7
    static let maximumWords = 45

    private static let dependentStarts: Set<String> = [
        "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their",
        "but", "and", "or", "so", "yet", "however", "also", "then", "there", "here", "such",
        "meanwhile", "still", "instead", "otherwise", "thus", "therefore", "after", "later",
    ]

    /// Whether the sentence can be the base of a standalone statement about `claim`.
    func isUsable(_ passage: Passage, for claim: Claim) -> Bool {
        isUsableSentence(passage) && suits(claim, in: passage)
    }

    /// What depends on the claim, for a sentence `isUsableSentence` accepts: the detail is not
    /// inside someone's quotation, and a date names a day.
    func suits(_ claim: Claim, in passage: Passage) -> Bool {
        if claim.kind != .quote, Self.isInsideQuotation(claim.range, in: passage.text) { return false }
        // A date is worth asking about when it names a day: "as December dawns" is not a fact
        // a reader can check.
        if case let .date(date) = claim.value, date.precision != .day || date.anchor != .none { return false }
        return true
    }

    /// Whether the sentence, whatever claim it is asked about, reads as a statement on its own.
    func isUsableSentence(_ passage: Passage) -> Bool {
        // Headings and list items are phrases, not statements ("3. Lifting of sanctions ...").
        guard passage.paragraphKind == .prose else { return false }
        return Self.standsAlone(passage.text)
    }

    /// Whether a sentence of prose reads as a statement on its own: length, first word, ending
    /// and quotes.
    static func standsAlone(_ sentence: String) -> Bool {
        var text = sentence
        let judged = text.withUTF8 { bytes -> Bool? in
            guard let shape = SentenceShape(bytes) else { return nil }
            guard (minimumWords...maximumWords).contains(shape.wordCount), let first = shape.firstWord,
                  !isDependentStart(UnsafeBufferPointer(rebasing: bytes[first])) else { return false }
            return shape.hasBalancedQuotes && endsLikeStatement(bytes)
        }
        return judged ?? standsAloneByCharacters(sentence)
    }

    /// `standsAlone` for a sentence where a space joins the character after it: split by
    /// `Character`.
    static func standsAloneByCharacters(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (minimumWords...maximumWords).contains(words.count) else { return false }
        guard let first = words.first.map({ strippingPunctuation($0).lowercased() }),
              !dependentStarts.contains(first) else { return false }
        return endsLikeStatement(text) && hasBalancedQuotes(text)
    }

    /// Whether a sentence's first word, stripped of punctuation and lowercased, points back at
    /// an earlier sentence (`dependentStarts`). A word of plain ASCII is compared on its bytes.
    static func isDependentStart(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var first = -1, last = -1
        for (offset, byte) in word.enumerated() {
            guard byte < 0x80 else {
                let text = String(decoding: word, as: UTF8.self)
                return dependentStarts.contains(strippingPunctuation(text[...]).lowercased())
            }
            if byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 {
                if first < 0 { first = offset }
                last = offset
            }
        }
        guard first >= 0 else { return dependentStarts.contains("") }
        let length = last - first + 1
        guard length < dependentStartBytes.count else { return false }
        return dependentStartBytes[length].contains { start in
            start.indices.allSatisfy { i in
                let byte = word[first + i]
                return (byte &- 0x41 < 26 ? byte | 0x20 : byte) == start[i]
            }
        }
    }

    /// `dependentStarts` as bytes, by length.
    private static let dependentStartBytes: [[[UInt8]]] = {
        var byLength = [[[UInt8]]](repeating: [], count: (dependentStarts.map(\.utf8.count).max() ?? 0) + 1)
        for word in dependentStarts.sorted() { byLength[word.utf8.count].append(Array(word.utf8)) }
        return byLength
    }()

    /// How many words `text.split(separator: " ")` gives, and the first (see `SpaceSplit`).
    static func spaceSeparatedWords(_ text: String) -> (count: Int, first: Substring?) {
        guard let (count, first) = SpaceSplit.countAndFirst(in: text) else {
            let words = text.split(separator: " ")
            return (words.count, words.first)
        }
        return (count, first.map(text.utf8Slice))
    }

    /// Every opening curly quote is closed in the same sentence (a quotation split across
    /// sentences reads as a fragment on its own).
    static func hasBalancedQuotes(_ text: String) -> Bool {
        // On the UTF-8 bytes: decoding scalars for it was a fifth of judging whether a sentence
        // stands alone.
        var text = text
        return text.withUTF8 { bytes in
            var quotes = QuoteBalance()
            for index in bytes.indices { quotes.read(bytes, at: index) }
            return quotes.isBalanced
        }
    }

    /// "According to <source>, <sentence>" with the sentence's own first capital lowered unless
    /// it starts with a proper noun, and any opening "According to X, " of its own removed.
    func statement(from sentence: String, source: String) -> String {
        var body = sentence.trimmingSpacesAndTabs()
        if Self.startsWithAccordingTo(body), let comma = Self.firstComma(in: body) {
            body = String(body[body.index(after: comma)...]).trimmingSpacesAndTabs()
        }
        body = lowerFirstWordIfCommon(body)
        return AssembledText("According to \(source), \(body)").string
    }

    /// The sentence without "According to <source>," framing, for fact-check statements that
    /// are judged against a named article anyway.
    func plainStatement(from sentence: String) -> String {
        var body = sentence.trimmingSpacesAndTabs()
        if Self.startsWithAccordingTo(body), let comma = Self.firstComma(in: body) {
            body = String(body[body.index(after: comma)...]).trimmingSpacesAndTabs()
            if let first = body.first { body = first.uppercased() + body.dropFirst() }
        }
        return body
    }

    /// `text.firstIndex(of: ",")`, found on the bytes when the first comma byte has ASCII on
    /// both sides and so is a character of its own (searching by `Character` was 16,000
    /// instructions a sentence).
    static func firstComma(in text: String) -> String.Index? {
        var contiguous = text
        let found = contiguous.withUTF8 { bytes -> Int?? in
            guard let comma = bytes.firstIndex(of: UInt8(ascii: ",")) else { return .some(nil) }
            let alone = (comma == 0 || bytes[comma - 1] < 0x80) && (comma + 1 == bytes.count || bytes[comma + 1] < 0x80)
            return alone ? .some(comma) : nil
        }
        guard let found else { return text.firstIndex(of: ",") }
        return found.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// Whether the lowercased text starts with "according to ". Only a first scalar "A" or "a"
    /// lowercases to a first character "a", so other ASCII starts are settled without
    /// lowercasing the whole sentence.
    static func startsWithAccordingTo(_ text: String) -> Bool {
        guard let first = text.utf8.first, first | 0x20 == UInt8(ascii: "a") || first >= 0x80 else { return false }
        return text.lowercased().hasPrefix("according to ")
    }

    private func lowerFirstWordIfCommon(_ text: String) -> String {
        var contiguous = text
        switch contiguous.withUTF8(keepsFirstCapital) {
        case true?: return text
        case false?:
            guard let first = text.utf8.first, first &- UInt8(ascii: "A") < 26 else { return text }
            return text.replacingUTF8(0..<1, with: String(UnicodeScalar(first | 0x20)))
        case nil: return lowerFirstWordIfCommonByCharacters(text)
        }
    }

    /// `lowerFirstWordIfCommon`'s judgement for a first word of plain ASCII, on its bytes:
    /// whether its capital stays. Nil when the word is not plain ASCII or a non-ASCII scalar
    /// follows a space around it (it may join the space into another character), for
    /// `Character`s to decide. Every true/false statement asks this of its first word.
    private func keepsFirstCapital(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let space = UInt8(ascii: " ")
        var start = 0
        while start < bytes.count, bytes[start] == space { start += 1 }
        if start > 0, start < bytes.count, bytes[start] >= 0x80 { return nil }
        var end = start
        while end < bytes.count, bytes[end] != space {
            guard bytes[end] < 0x80 else { return nil }
            end += 1
        }
        if end + 1 < bytes.count, bytes[end + 1] >= 0x80 { return nil }
        // Stripped of punctuation: [A-Za-z0-9] are the letters and digits.
        func isLetterOrDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 }
        guard let first = (start..<end).first(where: { isLetterOrDigit(bytes[$0]) }),
              let last = (start..<end).last(where: { isLetterOrDigit(bytes[$0]) }) else { return true }
        let bare = UnsafeBufferPointer(rebasing: bytes[first...last])
        let allCapitals = bare.count > 1 && !bare.contains { $0 &- UInt8(ascii: "a") < 26 }
        return capitalized.contains(bare) || allCapitals || bare.contains(UInt8(ascii: ".")) || bare[0] &- UInt8(ascii: "A") >= 26
    }

    private func lowerFirstWordIfCommonByCharacters(_ text: String) -> String {
        // The first word only: splitting the whole passage to take its first word was 4% of
        // compiling a small pack.
        let start = text.firstIndex { $0 != " " } ?? text.endIndex
        let firstWord = text[start...].prefix { $0 != " " }
        guard !firstWord.isEmpty else { return text }
        let bare = String(Self.strippingPunctuation(firstWord))
        let keep = capitalized.contains(bare) || bare.count > 1 && bare == bare.uppercased()
            || bare.contains(".") || bare.first?.isUppercase != true
        return keep ? text : text.prefix(1).lowercased() + text.dropFirst()
    }

    static func endsLikeStatement(_ text: String) -> Bool {
        // The last character that is not a space or tab (no trimmed copy of the passage).
        guard let last = text.last(where: { $0 != " " && $0 != "\t" }) else { return false }
        return last == "." || last == "”" || last == "\"" || last == ")"
    }

    /// `endsLikeStatement` on the bytes, without walking `Character`s back from the end.
    ///
    /// The last character that is not a space or tab ends with the last byte that is not one
    /// (spaces and tabs extend no character). It is one of the four marks if its last scalar is
    /// and nothing joins that scalar to the one before, which the characters are read for
    /// unless that one is ASCII (only some non-ASCII scalars, such as U+0600, join what
    /// follows them).
    static func endsLikeStatement(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard end > 0 else { return false }
        let start: Int
        switch bytes[end - 1] {
        case UInt8(ascii: "."), UInt8(ascii: "\""), UInt8(ascii: ")"): start = end - 1
        case 0x9D where end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80: start = end - 3  // ”
        default: return false
        }
        guard start > 0, bytes[start - 1] >= 0x80 else { return true }
        return endsLikeStatement(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether a UTF-8 range of `text` lies between an opening and a closing double quote.
    ///
    /// Read on the bytes (E2 80 9C can only be “ and E2 80 9D only ”): decoding scalars for it
    /// was most of the cost of asking whether a sentence suits a claim.
    static func isInsideQuotation(_ range: Range<Int>, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // A range that starts after the last scalar's first byte has no scalar to stop at:
            // outside, as reading the scalars said.
            var lastScalar = bytes.count - 1
            while lastScalar > 0, bytes[lastScalar] & 0xC0 == 0x80 { lastScalar -= 1 }
            guard range.lowerBound <= lastScalar else { return false }
            var open = false
            func read(_ index: Int) {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    open.toggle()
                case 0xE2 where bytes[index + 1] == 0x80:
                    if bytes[index + 2] == 0x9C { open = true } else if bytes[index + 2] == 0x9D { open = false }
                default:
                    break
                }
            }
            // Eight bytes at a time past those with neither a straight quote nor a byte outside
            // ASCII (so no curly quote): they change nothing, and are most of a sentence.
            let end = max(0, range.lowerBound)
            var index = 0
            if let base = bytes.baseAddress.map(UnsafeRawPointer.init) {
                while index + 8 <= end {
                    let word = ByteLanes.load(base, at: index)
                    if (word & ByteLanes.highs) | ByteLanes.matches(word, UInt8(ascii: "\"")) != 0 {
                        for offset in index..<(index + 8) { read(offset) }
                    }
                    index += 8
                }
            }
            while index < end {
                read(index)
                index += 1
            }
            return open
        }
    }
}
