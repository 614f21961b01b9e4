/// One sentence, tokenized once for all the recognizers that read people, quotes, sources and
/// places: its text, tokens, the names in it and which tokens lie inside quotation marks.
///
/// A class so that the many places that hold a sentence while reading it share one copy
/// (a struct of four arrays would be retained and released four times at every hand-over, which
/// showed in profiles). `names` and `quoted` are filled in by `ArticleAnalysis` while it is
/// built and never change once it is shared: hence `@unchecked Sendable`.
final class PassageAnalysis: @unchecked Sendable {
    /// The sentence's text (shared with its `Passage`, not copied); tokens hold UTF-8 offsets.
    let string: String
    let tokens: [ProseToken]
    /// 1-based paragraph index (passages of one paragraph share it).
    let paragraph: Int
    /// Names in text order, resolved against the article's people.
    fileprivate(set) var names: [NameMention] = []
    /// Token ranges inside quotation marks (the marks excluded), sorted.
    fileprivate(set) var quoted: [Range<Int>] = []

    /// First tokens of the second and later sentences, when a segmenter left several together
    /// ("... family.” The call ..."); empty for the usual one sentence.
    private let laterSentenceStarts: [Int]

    init(string: String, tokens: [ProseToken], paragraph: Int) {
        self.string = string
        self.tokens = tokens
        self.paragraph = paragraph
        var starts: [Int] = []
        // Only a mark can end a sentence: asking first keeps the call off every word.
        for i in tokens.indices.dropLast() where tokens[i].kind == .punctuation && Self.endsSentence(at: i, in: tokens) {
            starts.append(i + 1)
        }
        self.laterSentenceStarts = starts
    }

    var count: Int { tokens.count }

    /// The exact text of a byte range.
    func text(_ range: Range<Int>) -> String {
        let utf8 = string.utf8
        if let text = utf8.withContiguousStorageIfAvailable({ String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }) {
            return text
        }
        let from = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let to = utf8.index(from, offsetBy: range.count)
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }

    /// Runs `body` over the sentence's UTF-8 bytes.
    func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(string.utf8).withUnsafeBufferPointer(body)
    }

    /// The exact text from the first to the last of the given tokens.
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// The word tokens of a name, without the nickname and the quotation marks around it.
    func nameWords(_ mention: NameMention) -> [Int] {
        mention.name.filter { tokens[$0].kind == .word && $0 != mention.alias }
    }

    /// A name as written, possessive "'s" and nickname left out: "Nicolás Maduro Guerra".
    ///
    /// Copied word by word into one string: an array of words, a `String` per word and a join
    /// cost 2,800 instructions a name, a third of adding a person to the directory.
    func nameText(_ mention: NameMention) -> String {
        var length = -1
        for index in mention.name where tokens[index].kind == .word && index != mention.alias {
            length += 1 + tokens[index].stemEnd - tokens[index].start
        }
        guard length > 0 else { return "" }
        return withBytes { bytes in
            String(unsafeUninitializedCapacity: length) { buffer in
                var at = 0
                for index in mention.name where tokens[index].kind == .word && index != mention.alias {
                    if at > 0 {
                        buffer[at] = 0x20
                        at += 1
                    }
                    for offset in tokens[index].start..<tokens[index].stemEnd {
                        buffer[at] = bytes[offset]
                        at += 1
                    }
                }
                return at
            }
        }
    }

    /// The text of one word without a possessive "'s".
    func stem(_ index: Int) -> String {
        text(tokens[index].start..<tokens[index].stemEnd)
    }

    func isInsideQuote(_ index: Int) -> Bool {
        // `quoted` is sorted and its ranges do not overlap: binary search.
        var low = 0, high = quoted.count
        while low < high {
            let mid = (low + high) / 2
            if quoted[mid].upperBound <= index { low = mid + 1 } else { high = mid }
        }
        return low < quoted.count && quoted[low].contains(index)
    }

    /// The closing mark of the last quotation in this passage that ends before `index`.
    func lastQuoteClose(before index: Int) -> Int? {
        var low = 0, high = quoted.count
        while low < high {
            let mid = (low + high) / 2
            if quoted[mid].upperBound < index { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        let close = quoted[low - 1].upperBound
        return close < count ? close : nil
    }

    /// Index in `names` of the first mention starting at or after token `index`.
    private func firstNameIndex(atOrAfter index: Int) -> Int {
        var low = 0, high = names.count
        while low < high {
            let mid = (low + high) / 2
            if names[mid].run.lowerBound < index { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The name mention covering a token, if any.
    func name(covering index: Int) -> NameMention? {
        let next = firstNameIndex(atOrAfter: index + 1)
        guard next > 0 else { return nil }
        let mention = names[next - 1]
        return mention.run.contains(index) ? mention : nil
    }

    /// The first name mention that starts at or after `index` and before `end`.
    func firstName(from index: Int, before end: Int) -> NameMention? {
        let i = firstNameIndex(atOrAfter: index)
        guard i < names.count, names[i].run.lowerBound < end else { return nil }
        return names[i]
    }

    /// The name mentions starting in a token range.
    func names(startingIn range: Range<Int>) -> ArraySlice<NameMention> {
        let from = firstNameIndex(atOrAfter: range.lowerBound)
        let to = firstNameIndex(atOrAfter: range.upperBound)
        return names[from..<max(from, to)]
    }

    /// True when a sentence ends right after token `index`: a ".", "!" or "?" (or a closing
    /// quote after one) followed by a capitalised word or an opening quote. Passages usually hold
    /// one sentence, but a segmenter may leave "... family.” The call ..." together.
    func endsSentence(at index: Int) -> Bool {
        index + 1 >= tokens.count || Self.endsSentence(at: index, in: tokens)
    }

    private static func endsSentence(at index: Int, in tokens: [ProseToken]) -> Bool {
        guard index + 1 < tokens.count else { return true }
        let token = tokens[index]
        guard token.kind == .punctuation else { return false }
        var mark = index
        if QuoteMarks.isClosing(token.scalar) || token.scalar == 0x22 || token.scalar == 0x29 {
            guard index > 0 else { return false }
            mark = index - 1
        }
        let end = tokens[mark]
        guard end.kind == .punctuation, end.scalar == 0x2E || end.scalar == 0x21 || end.scalar == 0x3F else { return false }
        let next = tokens[index + 1]
        guard next.hasSpaceBefore else { return false }
        return next.isCapitalized || (next.kind == .punctuation && QuoteMarks.isOpening(next.scalar))
    }

    /// The first token of the sentence (within this passage) holding token `index`.
    func sentenceStart(before index: Int) -> Int {
        var start = 0
        for later in laterSentenceStarts {
            guard later <= index else { break }
            start = later
        }
        return start
    }
}

extension ArticleAnalysis {
    /// Records where quotations are and which names a passage holds; only while building.
    static func fill(_ passage: PassageAnalysis, quoted: [Range<Int>]) {
        // Most passages have no quotation: sorting an empty array still copied it.
        passage.quoted = quoted.count > 1 ? quoted.sorted { $0.lowerBound < $1.lowerBound } : quoted
    }

    static func fill(_ passage: PassageAnalysis, names: [NameMention]) {
        passage.names = names
    }
}
