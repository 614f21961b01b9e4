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
        for article in articles {
            for passage in article.passages {
                Self.collectCapitalized(passage.text, into: &names)
            }
        }
        capitalized = names
    }

    /// The proper nouns, as strings (for tests).
    var properNouns: Set<String> { capitalized.strings }

    /// The words after the first, as `split(separator: " ")` gives them, stripped of punctuation,
    /// that start with a capital.
    ///
    /// Every sentence of a pack comes through here, so the words are found in one pass over the
    /// bytes and plain ASCII words (almost all) judged on them, with nothing collected on the
    /// way; other words go through `Character`. Where a space joins the character after it
    /// (a combining mark), `split` would not split there, and the sentence is split by
    /// `Character` instead.
    private static func collectCapitalized(_ text: String, into names: inout ByteWordSet) {
        func add(_ word: Substring) {
            guard mayBeCapitalized(word) else { return }
            let bare = strippingPunctuation(word)
            if let first = bare.first, first.isUppercase { names.insert(String(bare)) }
        }
        var contiguous = text
        let handled: Bool = contiguous.withUTF8 { bytes in
            guard !SpaceSplit.hasJoinedSpace(bytes) else { return false }
            var index = 0
            var isFirstWord = true
            while index < bytes.count {
                while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
                guard index < bytes.count else { break }
                let start = index
                var ascii = true
                // ASCII: letters and digits are [A-Za-z0-9], and a capital is [A-Z].
                var first = -1, last = -1
                while index < bytes.count, bytes[index] != UInt8(ascii: " ") {
                    let byte = bytes[index]
                    if byte >= 0x80 { ascii = false } else if byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 {
                        if first < 0 { first = index }
                        last = index
                    }
                    index += 1
                }
                if isFirstWord { isFirstWord = false; continue }
                guard ascii else {
                    add(text.utf8Slice(start..<index))
                    continue
                }
                guard first >= 0, bytes[first] &- 0x41 < 26 else { continue }
                names.insert(UnsafeBufferPointer(rebasing: bytes[first...last]))
            }
            return true
        }
        if !handled {
            for word in text.split(separator: " ").dropFirst() { add(word) }
        }
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
        let (count, firstWord) = Self.spaceSeparatedWords(passage.text)
        guard (Self.minimumWords...Self.maximumWords).contains(count) else { return false }
        guard let first = firstWord.map({ Self.strippingPunctuation($0).lowercased() }),
              !Self.dependentStarts.contains(first) else { return false }
        return Self.endsLikeStatement(passage.text) && Self.hasBalancedQuotes(passage.text)
    }

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
        // On the UTF-8 bytes (a String's are valid UTF-8, so E2 80 9C can only be “): decoding
        // scalars for it was a fifth of judging whether a sentence stands alone.
        var text = text
        return text.withUTF8 { bytes in
            var depth = 0
            var straight = 0
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "\"") {
                    straight += 1
                } else if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                    if bytes[i + 2] == 0x9C { depth += 1 }
                    if bytes[i + 2] == 0x9D { depth -= 1; if depth < 0 { return false } }
                }
                i += 1
            }
            return depth == 0 && straight % 2 == 0
        }
    }

    /// "According to <source>, <sentence>" with the sentence's own first capital lowered unless
    /// it starts with a proper noun, and any opening "According to X, " of its own removed.
    func statement(from sentence: String, source: String) -> String {
        var body = sentence.trimmingSpacesAndTabs()
        if body.lowercased().hasPrefix("according to "), let comma = body.firstIndex(of: ",") {
            body = String(body[body.index(after: comma)...]).trimmingSpacesAndTabs()
        }
        body = lowerFirstWordIfCommon(body)
        return "According to \(source), \(body)"
    }

    /// The sentence without "According to <source>," framing, for fact-check statements that
    /// are judged against a named article anyway.
    func plainStatement(from sentence: String) -> String {
        var body = sentence.trimmingSpacesAndTabs()
        if body.lowercased().hasPrefix("according to "), let comma = body.firstIndex(of: ",") {
            body = String(body[body.index(after: comma)...]).trimmingSpacesAndTabs()
            if let first = body.first { body = first.uppercased() + body.dropFirst() }
        }
        return body
    }

    private func lowerFirstWordIfCommon(_ text: String) -> String {
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

    /// Whether a UTF-8 range of `text` lies between an opening and a closing double quote.
    static func isInsideQuotation(_ range: Range<Int>, in text: String) -> Bool {
        var open = false
        var offset = 0
        for scalar in text.unicodeScalars {
            if offset >= range.lowerBound { return open }
            switch scalar {
            case "“": open = true
            case "”": open = false
            case "\"": open.toggle()
            default: break
            }
            offset += UTF8.width(scalar)
        }
        return false
    }
}
