/// Flags one quotation from one speaker given in different words: "Nicolás, you have to leave
/// Venezuela in order to save yourself and your family" and "You must leave in order to save
/// yourself and your family", both in quotation marks, both Trump's.
///
/// Versions are the same quotation when most of the shorter one's words appear, in order, in
/// the other. Those that are not word for word the same are drift: a direct quote promises the
/// speaker's exact words, so only one version can be exact. Versions that drift from each other
/// are reported together, one citation per distinct wording.
///
/// Deliberately let pass: a shorter excerpt of the same words, including excerpts marked with
/// an ellipsis or bracketed insertions; repetitions word for word; quotations by different
/// speakers (same words from two people is an attribution question); quotations said on
/// different dates (people repeat themselves); short stock phrases of fewer than four words.
public struct QuoteDrift: ConsistencyCheck {
    public let kind = Finding.Kind.quoteDrift

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let index = context.quotePairs
        let quotes = index.quotes

        // By position in `quotes` (arrays, not dictionaries: a story holds a few hundred quotes).
        var groups = DisjointSets(count: quotes.count)
        var lowestSimilarity = [Double?](repeating: nil, count: quotes.count)
        var speakerKnown = [Bool?](repeating: nil, count: quotes.count)
        for pair in index.pairs {
            guard case let .variant(similarity) = pair.relation else { continue }
            guard sameSpeaker(pair.first, pair.second, context: context) else { continue }
            if let t1 = pair.first.claim.time, let t2 = pair.second.claim.time, !t1.overlaps(t2) { continue }
            let (a, b) = (pair.first.index, pair.second.index)
            groups.union(a, b)
            let known = pair.first.speaker != nil && pair.second.speaker != nil
            for i in [a, b] {
                lowestSimilarity[i] = min(lowestSimilarity[i] ?? 1, similarity)
                speakerKnown[i] = (speakerKnown[i] ?? true) && known
            }
        }

        // Quotes that drift are those given a similarity above.
        var members: [Int: [Int]] = [:]
        for i in quotes.indices where lowestSimilarity[i] != nil { members[groups.find(i), default: []].append(i) }
        var findings: [Finding] = []
        for root in members.keys.sorted() {
            // One citation per distinct wording, first occurrence, at most four.
            var wordings: [[String]] = []
            var chosen: [QuotePairs.Quote] = []
            for i in members[root]! {
                let quote = quotes[i]
                if wordings.contains(quote.wording.tokens) { continue }
                if chosen.contains(where: { $0.claim.ref == quote.claim.ref }) { continue }
                wordings.append(quote.wording.tokens)
                chosen.append(quote)
                if chosen.count == 4 { break }
            }
            guard chosen.count >= 2 else { continue }
            let group = members[root]!
            findings.append(finding(chosen, context: context,
                                    similarity: group.compactMap { lowestSimilarity[$0] }.min() ?? 0.8,
                                    speakerKnown: group.allSatisfy { speakerKnown[$0] ?? false }))
        }
        return findings
    }

    /// Both named and the same person, or one unnamed (then the words must carry the match).
    private func sameSpeaker(_ a: QuotePairs.Quote, _ b: QuotePairs.Quote, context: CheckContext) -> Bool {
        switch (a.speaker, b.speaker) {
        case let (x?, y?): return context.samePerson(x, in: a.claim.ref, y, in: b.claim.ref)
        default:
            guard context.sameStory(a.claim.ref, b.claim.ref) else { return false }
            if case let .variant(similarity) = a.wording.relation(to: b.wording) { return similarity >= 0.75 }
            return false
        }
    }

    private func finding(_ quotes: [QuotePairs.Quote], context: CheckContext, similarity: Double, speakerKnown: Bool) -> Finding {
        let speaker = quotes.compactMap(\.speaker).first
        let name = speaker.map { context.resolve($0, in: quotes[0].claim.ref)?.display ?? $0.display } ?? "The same speaker"
        let ways = quotes.count == 2 ? "two different ways" : "\(quotes.count) different ways"
        let summary = "\(name) is quoted \(ways), each time in quotation marks."
        // The explanation's pieces are gathered and joined once (`AssembledText`): appended to
        // a growing string one at a time, each quote, source and difference in a list of its
        // own, they were a third of writing a finding.
        var pieces = [name, " is quoted ", ways, ": "]
        let oneArticle = quotes.allSatisfy { $0.claim.ref.article == quotes[0].claim.ref.article }
        for (k, quote) in quotes.enumerated() {
            pieces.append(Self.listSeparator(k, of: quotes.count))
            pieces += ["“", trimmed(quote), "”"]
            if !oneArticle { pieces += [" (", context.sourceName(quote.claim.ref), ")"] }
        }
        pieces.append(". ")
        let differences = quotes[0].wording.differences(from: quotes[1].wording, limit: 3)
        if !differences.isEmpty {
            pieces.append("Comparing the first two: ")
            for (k, difference) in differences.enumerated() {
                pieces += [Self.listSeparator(k, of: differences.count), difference]
            }
            pieces.append(". ")
        }
        pieces.append("Quotation marks promise the speaker's exact words, so at most one of these versions can be what was actually said.")
        let explanation = AssembledText(pieces: pieces).string
        var confidence = 0.9 - (1 - similarity) * 0.3
        if !speakerKnown { confidence -= 0.1 }
        if quotes.contains(where: { $0.claim.ref.article != quotes[0].claim.ref.article }) { confidence -= 0.05 }
        return Finding(
            kind: kind, confidence: max(0.5, confidence), summary: summary, explanation: explanation,
            citations: quotes.map { context.citation($0.claim, widened: false) }
        )
    }

    /// What comes before item `k` of `count` in a list as `Phrasing.list` writes it: "a, b and c".
    private static func listSeparator(_ k: Int, of count: Int) -> String {
        k == 0 ? "" : k == count - 1 ? " and " : ", "
    }

    /// The quoted words without the punctuation that belongs to the sentence around them.
    private func trimmed(_ quote: QuotePairs.Quote) -> String {
        guard case let .quote(value) = quote.claim.value else { return quote.claim.text }
        return Self.trimmingSentencePunctuation(value.words)
    }

    /// `text` without the commas, semicolons, colons, full stops and spaces that end it, as
    /// removing them a `Character` at a time gives it, but found among the bytes: telling
    /// characters apart from the end of a string was most of trimming a quote. Each of those
    /// ASCII marks is a character of its own unless something before it joins it into one (a
    /// prepended mark, which is not ASCII), so when a byte that is not ASCII comes right
    /// before them they are trimmed a character at a time.
    static func trimmingSentencePunctuation(_ text: String) -> String {
        var text = text
        let end: Int? = text.withUTF8 { bytes in
            var end = bytes.count
            while end > 0, Self.isTrimmed(bytes[end - 1]) { end -= 1 }
            return end < bytes.count && end > 0 && bytes[end - 1] >= 0x80 ? nil : end
        }
        guard let end else {
            var words = Substring(text)
            while let last = words.last, ",;:.".contains(last) || last == " " { words.removeLast() }
            return String(words)
        }
        return end == text.utf8.count ? text : String(Substring(text.utf8.prefix(end)))
    }

    private static func isTrimmed(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: " ")
    }
}
