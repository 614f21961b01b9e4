/// Direct quotations and who said them.
///
/// Every pair of double quotation marks (straight, curly or angle) gives a claim, in the
/// sentence where it opens, except a nickname inside a name (Nicolás “Nicholas” Maduro
/// Guerra). Single quotation marks give a claim only when they clearly quote someone (a speech
/// verb or a colon introduces them, or the words say "I" or "you").
///
/// `text` is the quoted words in this sentence without the marks (and without the comma that
/// American style puts inside them); `words` is the whole quotation, across sentences when it
/// runs on. The speaker comes from `SpeakerFinder`, except for quoted terms: scare quotes and
/// short quoted phrases used as names ("an “interim government”", "his “America First”
/// foreign policy", a "regime change to seize ..." inside reported speech) get no speaker, even
/// when the sentence names someone: they are words, not a statement someone made.
enum QuoteRecognizer: ClaimRecognizer {
    static var kinds: [ClaimKind] { [.quote] }

    static func recognize(_ sentence: inout SentenceContext) {
        let opening = sentence.analysis.quotationsOpening[sentence.passageIndex]
        guard !opening.isEmpty else { return }
        let dates = SentenceClaims(sentence.claimsInSentence, kinds: [.date, .weekdayDate])
        // Appended straight to the sentence's claims, moved out of the context while the quotes
        // are read: an array of this recognizer's own, appended to the sentence's, cost an
        // allocation and a copy (700 instructions) for every sentence opening a quotation.
        var claims = sentence.claimsInSentence
        sentence.claimsInSentence = []
        appendQuotes(opening: opening, in: sentence, dates: dates, to: &claims)
        sentence.claimsInSentence = claims
    }

    /// Appends a claim for each quotation of `opening` (those opening in the sentence) that
    /// is one, in order.
    private static func appendQuotes(
        opening: Range<Int>, in sentence: SentenceContext, dates: SentenceClaims, to claims: inout [Claim]
    ) {
        let analysis = sentence.analysis
        let finder = SpeakerFinder(analysis: analysis, earlierClaims: sentence.earlierClaims)
        for index in opening {
            let quotation = analysis.quotations[index]
            guard !isNickname(quotation, in: analysis),
                  let span = span(of: quotation, in: analysis.passages[quotation.open.passage]) else { continue }
            let words = Self.words(of: quotation, in: analysis)
            guard !words.isEmpty else { continue }
            let (found, cue) = finder.attribution(of: quotation)
            if quotation.mark == .single, !cue, !speaksInPerson(quotation, in: analysis) { continue }
            let speaker = isTerm(quotation, in: analysis, hasSpeechCue: cue) ? nil : found
            claims.append(sentence.claim(
                .quote, range: span,
                value: .quote(QuoteValue(words: words, speaker: speaker?.name, verb: speaker?.verb)),
                subject: speaker.map { Lowercase.of($0.name) } ?? "", time: speaker.flatMap { time(saidAt: $0, in: sentence, dates: dates) }
            ))
        }
    }

    /// When the words were said: a date or weekday right after the speech verb, found by the
    /// date recognizers that run before this one ("Weber said on Sunday", "told reporters on
    /// Friday"). People repeat themselves, so quotes from different days are not drift.
    private static func time(saidAt speaker: SpeakerFinder.Speaker, in sentence: SentenceContext, dates: SentenceClaims) -> DateValue? {
        guard let verb = speaker.verbAt, verb.passage == sentence.passageIndex else { return nil }
        let passage = sentence.sentence
        let from = passage.tokens[verb.token].end
        let to = passage.tokens[min(passage.count - 1, verb.token + 8)].end
        return dates.starting(in: from..<to).lazy.compactMap { ClaimTime.date(of: $0) }.first
    }

    /// Bytes of the quoted words in the opening sentence: after the opening mark, up to the
    /// closing one (or the sentence's end), trailing comma and space trimmed.
    private static func span(of quotation: Quotation, in passage: PassageAnalysis) -> Range<Int>? {
        let words = quotation.words(inPassage: quotation.open.passage, tokenCount: passage.count)
        let first = words.lowerBound
        var last = words.upperBound
        while last > first, passage.tokens[last - 1].isPunctuation(",") { last -= 1 }
        guard last > first else { return nil }
        return passage.tokens[first].start..<passage.tokens[last - 1].end
    }

    /// The whole quotation, its parts in successive sentences joined by a space.
    static func words(of quotation: Quotation, in analysis: ArticleAnalysis) -> String {
        // The quoted words of each passage, one space between passages, copied into one buffer:
        // a `String` per passage joined into another cost 2,000 instructions a quotation. Tokens
        // start and end on scalars, so the bytes decode to the text the pieces joined made.
        var bytes: [UInt8] = []
        var joined = false
        for p in quotation.open.passage...quotation.lastPassage {
            let passage = analysis.passages[p]
            let range = quotation.words(inPassage: p, tokenCount: passage.count)
            guard range.lowerBound < range.upperBound else { continue }
            if joined { bytes.append(0x20) }
            joined = true
            let text = passage.tokens[range.lowerBound].start..<passage.tokens[range.upperBound - 1].end
            passage.withBytes { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[text])) }
        }
        // Trailing commas and spaces off. On the bytes when ASCII stands before them, since
        // each is then a `Character` of its own (`removeLast` on Characters cost 1,400
        // instructions a comma); the rare rest goes by Characters, as it always did.
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x2C || bytes[end - 1] == 0x20 { end -= 1 }
        if end == bytes.count || end == 0 || bytes[end - 1] < 0x80 {
            return String(decoding: bytes[..<end], as: UTF8.self)
        }
        var words = String(decoding: bytes, as: UTF8.self)
        while let last = words.last, last == "," || last == " " { words.removeLast() }
        return words
    }

    /// Nicolás “Nicholas” Maduro Guerra: the name finder took the quoted word as a nickname.
    private static func isNickname(_ quotation: Quotation, in analysis: ArticleAnalysis) -> Bool {
        let passage = analysis.passages[quotation.open.passage]
        guard let mention = passage.name(covering: quotation.open.token) else { return false }
        return mention.alias != nil
    }

    /// A quoted term rather than a statement: no "I" or "you" in it, and either a determiner or
    /// a naming verb stands right before it ("an “interim government”", "so-called “...”"),
    /// or it is three words or fewer with no speech verb or colon introducing it.
    private static func isTerm(_ quotation: Quotation, in analysis: ArticleAnalysis, hasSpeechCue: Bool) -> Bool {
        if speaksInPerson(quotation, in: analysis) { return false }
        let passage = analysis.passages[quotation.open.passage]
        let open = quotation.open.token
        if open >= 1 {
            let before = passage.tokens[open - 1]
            if before.is(.determiner) || before.is(.possessivePronoun) || before.is(.namingVerb) { return true }
            if open >= 2, before.kind == .word, !before.is(.speechVerb), !before.is(.preposition), !before.is(.function),
               passage.tokens[open - 2].is(.determiner) || passage.tokens[open - 2].is(.possessivePronoun) {
                return true                 // "a curt “...”" without "I" / "you", "its so-called “...”"
            }
        }
        let wordCount = countWords(quotation, in: analysis, upTo: 4)
        return wordCount <= 3 && !hasSpeechCue
    }

    /// The quoted words say "I", "we", "you", "my", ...: someone speaking, not a term.
    private static func speaksInPerson(_ quotation: Quotation, in analysis: ArticleAnalysis) -> Bool {
        for p in quotation.open.passage...quotation.lastPassage {
            let passage = analysis.passages[p]
            let range = quotation.words(inPassage: p, tokenCount: passage.count)
            let (first, last) = (range.lowerBound, range.upperBound)
            for i in first..<max(first, last) where passage.tokens[i].is(.firstOrSecondPerson) { return true }
        }
        return false
    }

    private static func countWords(_ quotation: Quotation, in analysis: ArticleAnalysis, upTo limit: Int) -> Int {
        var count = 0
        for p in quotation.open.passage...quotation.lastPassage {
            let passage = analysis.passages[p]
            let range = quotation.words(inPassage: p, tokenCount: passage.count)
            let (first, last) = (range.lowerBound, range.upperBound)
            for i in first..<max(first, last) where passage.tokens[i].kind != .punctuation {
                count += 1
                if count >= limit { return count }
            }
        }
        return count
    }
}
