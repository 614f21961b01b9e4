/// Where reported information comes from.
///
/// The cues, each giving the source's name and the stretch of the sentence it vouches for:
/// - "according to Axios sources", "According to the Miami Herald, ..." (before or after what
///   it vouches for);
/// - "per Edison Research", "per UNHCR data", "per opposition estimates", right after a figure
///   ("per capita", "per cent", "per day" are not sources: the words after "per" must be a name
///   or end in a word such as "data", "estimates", "figures");
/// - a source and a reporting verb: "Reuters reported", "Sources consulted by Reuters assert
///   that", "New revelations from Reuters and the Miami Herald confirm that", "A U.S. official
///   told the outlet that";
/// - a passive: "verified by sources close to both leaders in a November 29 Axios report",
///   "reported by the Miami Herald".
///
/// Sources are normalised to the outlet or body ("Axios sources" is "Axios", "the Miami Herald"
/// is "Miami Herald", "UNHCR data" is "UNHCR"); an unnamed source keeps the words a reporter
/// uses ("a U.S. official", "opposition estimates"); "the cited sources" and "the outlet" refer
/// back to the sources named last. A people's direct speech ("Trump said") is a quote, not an
/// attribution.
///
/// The subject is what is attributed: the subject of a figure's claim when the source vouches
/// for a figure (from the recognizers that run before this one), else the key words of the
/// stretch vouched for ("regime attempted reopen communication channels"). The time is a date
/// written inside the attribution ("a November 29 Axios report").
enum AttributionRecognizer: ClaimRecognizer {
    static var kinds: [ClaimKind] { [.attribution] }

    private struct Candidate {
        let span: Range<Int>
        let sources: [String]
        let content: Range<Int>
        /// The content is a single figure right before "per".
        let isFigure: Bool
    }

    private struct SourcePhrase {
        let range: Range<Int>
        let sources: [String]
    }

    static func recognize(_ sentence: inout SentenceContext) {
        let candidates = candidates(in: sentence)
        guard !candidates.isEmpty else { return }
        let figures = SentenceClaims(sentence.claimsInSentence, kinds: SentenceClaims.figureKinds)
        // Appended straight to the sentence's claims, moved out of the context while they are
        // made: an array of this recognizer's own, appended to the sentence's, cost an
        // allocation and a copy (700 instructions) for every sentence with an attribution.
        var claims = sentence.claimsInSentence
        sentence.claimsInSentence = []
        append(candidates, figures: figures, in: sentence, to: &claims)
        sentence.claimsInSentence = claims
    }

    /// The attributions of the sentence, as spans with their sources, before they are claims.
    private static func candidates(in sentence: SentenceContext) -> [Candidate] {
        let passage = sentence.sentence
        let tokens = passage.tokens
        let n = tokens.count
        var candidates: [Candidate] = []
        var i = nextCue(in: tokens, from: 0)
        while i < n {
            let token = tokens[i]
            guard !passage.isInsideQuote(i) else { i = nextCue(in: tokens, from: i + 1); continue }
            if token.isWord(.according), i + 1 < n, tokens[i + 1].isWord(.to),
               let phrase = sourcePhrase(from: i + 2, in: sentence, requireSourceLike: false) {
                candidates.append(Candidate(
                    span: i..<phrase.range.upperBound, sources: phrase.sources,
                    content: content(around: i, phraseEnd: phrase.range.upperBound, in: passage), isFigure: false
                ))
                i = nextCue(in: tokens, from: phrase.range.upperBound)
                continue
            }
            if token.isWord(.per), !token.isCapitalized, i > 0, i + 1 < n, !tokens[i + 1].is(.perUnit),
               let phrase = sourcePhrase(from: i + 1, in: sentence, requireSourceLike: true) {
                candidates.append(Candidate(
                    span: i..<phrase.range.upperBound, sources: phrase.sources,
                    content: figurePhrase(before: i, in: passage), isFigure: true
                ))
                i = nextCue(in: tokens, from: phrase.range.upperBound)
                continue
            }
            if token.is(.passiveSourceVerb), !token.isCapitalized, let passive = passiveSource(at: i, in: sentence) {
                candidates.append(passive)
                i = nextCue(in: tokens, from: passive.span.upperBound)
                continue
            }
            if token.is(.reportVerb), !token.isCapitalized, !token.isWord(.according) {
                if i + 1 < n, tokens[i + 1].isWord(.by), isParticiple(token, in: passage),
                   let phrase = sourcePhrase(from: i + 2, in: sentence, requireSourceLike: true) {
                    let start = clauseStart(before: i, in: passage, stopAtComma: false)
                    candidates.append(Candidate(
                        span: i..<phrase.range.upperBound, sources: phrase.sources, content: start..<i, isFigure: false
                    ))
                    i = nextCue(in: tokens, from: phrase.range.upperBound)
                    continue
                }
                if let (subjectStart, sources) = reportingSubject(before: i, in: sentence) {
                    candidates.append(Candidate(
                        span: subjectStart..<(i + 1), sources: sources,
                        content: content(afterVerb: i, subjectStart: subjectStart, in: passage), isFigure: false
                    ))
                }
            }
            i = nextCue(in: tokens, from: i + 1)
        }
        return candidates
    }

    /// The first word at or after `start` that can introduce an attribution ("according",
    /// "per", a reporting or passive-source verb), or the token count.
    ///
    /// A tight loop over the tokens that skips the sentence's other words at once: asking
    /// every token the four questions in the recognizer's own loop took 30 instructions a
    /// token (6M of `attributions(in:)`'s 7.7M on 1,000 articles), for one cue a sentence or
    /// none. A test compares it with asking each token.
    static func nextCue(in tokens: [ProseToken], from start: Int) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            var i = start
            while i < tokens.count {
                let token = tokens[i]
                if token.kind == .word, token.is([.reportVerb, .passiveSourceVerb]) || token.isWord(.according) || token.isWord(.per) {
                    return i
                }
                i += 1
            }
            return tokens.count
        }
    }

    /// Appends the claims of `candidates` to `claims`: one per source, `figures` being the
    /// figure and date claims found in the sentence before.
    private static func append(
        _ candidates: [Candidate], figures: SentenceClaims, in sentence: SentenceContext, to claims: inout [Claim]
    ) {
        let passage = sentence.sentence
        let keyWords = KeyWords(analysis: sentence.analysis, passageIndex: sentence.passageIndex, figures: figures)
        // This recognizer's claims start here; those before are other recognizers'.
        let first = claims.count
        for candidate in candidates {
            let bytes = passage.tokens[candidate.span.lowerBound].start..<passage.tokens[candidate.span.upperBound - 1].end
            let subject = figureSubject(in: candidate, figures: figures, passage: passage) ?? keyWords.of(candidate.content)
            let time = figures.starting(in: bytes).lazy.compactMap { ClaimTime.date(of: $0) }.first
            for source in candidate.sources {
                // One claim per source and sentence: "sources cited by Reuters report" is both a
                // passive and a reporting verb; keep the wider span.
                // The claims so far are searched, not indexed by source in a dictionary: a sentence
                // names one source or two, and the dictionary cost 1,500 instructions a sentence.
                if let index = claims[first...].firstIndex(where: { Self.source(of: $0) == source }) {
                    if claims[index].range.count < bytes.count {
                        claims[index] = sentence.claim(.attribution, range: bytes, value: .attribution(source: source), subject: subject, time: time)
                    }
                    continue
                }
                claims.append(sentence.claim(.attribution, range: bytes, value: .attribution(source: source), subject: subject, time: time))
            }
        }
    }

    private static func source(of claim: Claim) -> String? {
        guard case let .attribution(source) = claim.value else { return nil }
        return source
    }

    /// The subject of a figure claim in the content (the last one, for "80% disapproval per
    /// Edison Research"), when the recognizers before this one gave it one.
    private static func figureSubject(in candidate: Candidate, figures: SentenceClaims, passage: PassageAnalysis) -> String? {
        guard !candidate.content.isEmpty else { return nil }
        let from = passage.tokens[candidate.content.lowerBound].start
        let to = passage.tokens[candidate.content.upperBound - 1].end
        let quantities: ClaimKindSet = [.number, .percentage, .money, .duration, .age, .span]
        func isQuantity(_ claim: Claim) -> Bool {
            claim.range.upperBound <= to && !claim.subject.isEmpty && quantities.contains(claim.kind)
        }
        let found = figures.starting(in: from..<to)
        return candidate.isFigure ? found.last(where: isQuantity)?.subject : found.first(where: isQuantity)?.subject
    }

    // MARK: - Sources

    /// The source named from token `start`: proper names ("Axios sources", "Reuters and the
    /// Miami Herald"), an outlet's report ("sources close to both leaders in a November 29
    /// Axios report"), or a description ("opposition estimates", "the cited sources").
    private static func sourcePhrase(from start: Int, in sentence: SentenceContext, requireSourceLike: Bool) -> SourcePhrase? {
        let passage = sentence.sentence
        let tokens = passage.tokens
        let n = tokens.count
        var i = start
        guard i < n else { return nil }
        if tokens[i].isWord(.the) { i += 1 }
        let first = i
        var end = i
        while end < n, end - first < 14 {
            let token = tokens[end]
            if token.kind == .punctuation || token.is(.relative) { break }
            if end > first, !token.isCapitalized, token.is(.speechVerb) || token.is(.reportVerb),
               !token.is(.sourceNoun), !token.is(.reportNoun) { break }
            end += 1
        }
        guard end > first else { return nil }
        // "... in a November 29 Axios report"
        for k in first..<end where tokens[k].is(.reportNoun) && k > first {
            // "a November 29 Axios report", "the Reuters report": a determiner before the name
            // makes "report" a noun ("sources cited by Reuters report that" is a verb).
            if let mention = passage.name(covering: k - 1), isSourceName(mention), !mention.isQuoted,
               (start..<mention.run.lowerBound).contains(where: { tokens[$0].is(.determiner) }) {
                return SourcePhrase(range: start..<(k + 1), sources: [sentence.analysis.displayName(mention, in: passage)])
            }
        }
        // Proper names at the head: "Axios sources", "Reuters and the Miami Herald".
        if let mention = passage.firstName(from: first, before: min(end, first + 1)), isSourceName(mention), !mention.isQuoted {
            var sources = [sentence.analysis.displayName(mention, in: passage)]
            var last = mention.run.upperBound
            while last + 1 < end, tokens[last].isWord(.and) {
                var next = last + 1
                if next < end, tokens[next].isWord(.the) { next += 1 }
                guard let other = passage.firstName(from: next, before: next + 1), isSourceName(other) else { break }
                sources.append(sentence.analysis.displayName(other, in: passage))
                last = other.run.upperBound
            }
            while last < end, tokens[last].is(.sourceNoun), !tokens[last].isCapitalized {
                // "Reuters report that ...": a verb, not "Reuters reports" the noun.
                if last + 1 < tokens.count, tokens[last].is(.reportVerb),
                   tokens[last + 1].isWord(.that) || tokens[last + 1].is(.determiner) { break }
                last += 1
            }
            return SourcePhrase(range: start..<last, sources: sources)
        }
        // "data from LSEG", "a filing with the Securities and Exchange Commission".
        let noun = tokens[first].isWord(.a) || tokens[first].isWord(.an) ? first + 1 : first
        if noun + 2 < end, tokens[noun].is(.sourceNoun) || tokens[noun].is(.reportNoun),
           tokens[noun + 1].isWord(.from) || tokens[noun + 1].isWord(.by) || tokens[noun + 1].isWord(.with) || tokens[noun + 1].isWord(.of) {
            var at = noun + 2
            if tokens[at].isWord(.the) { at += 1 }
            if let mention = passage.firstName(from: at, before: at + 1), isSourceName(mention), !mention.isQuoted {
                return SourcePhrase(range: start..<mention.run.upperBound, sources: [sentence.analysis.displayName(mention, in: passage)])
            }
        }
        // A description naming its source: "the weather institute IPMA", "the polling firm YouGov".
        for mention in passage.names(startingIn: (first + 1)..<end) where isSourceName(mention) && !mention.isQuoted {
            guard mention.run.lowerBound - first <= 4,
                  (first..<mention.run.lowerBound).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && !tokens[$0].is(.preposition) })
            else { break }
            return SourcePhrase(range: start..<mention.run.upperBound, sources: [sentence.analysis.displayName(mention, in: passage)])
        }
        // A description, cut before a time or place ("sources close to both leaders in ...").
        var last = first
        while last < end, !(last > first && (tokens[last].isWord(.in) || tokens[last].isWord(.on) || tokens[last].isWord(.at))) {
            last += 1
        }
        guard last > first else { return nil }
        let head = tokens[last - 1]
        if tokens[first].is(.anaphoricSource) || (last - first == 1 && head.is(.anaphoricSource)) {
            let earlier = recentSources(before: sentence)
            if !earlier.isEmpty { return SourcePhrase(range: start..<last, sources: earlier) }
        }
        if requireSourceLike {
            guard (first..<last).contains(where: { (tokens[$0].is(.sourceNoun) || tokens[$0].is(.orgWord)) && !tokens[$0].isCapitalized })
            else { return nil }
            guard head.kind == .word, !head.isCapitalized || head.is(.sourceNoun) else { return nil }
        }
        guard (first..<last).contains(where: { tokens[$0].is(.sourceNoun) || tokens[$0].is(.roleNoun) || tokens[$0].is(.orgWord) })
        else { return nil }
        return SourcePhrase(range: start..<last, sources: [description(first..<last, in: passage)])
    }

    /// "The poll, carried out by YouGov, found ...", "a survey conducted by Gallup": who made a
    /// poll, study or report. The clause must be about one (so "the bill, drafted by Senator
    /// X" is not a source). What is attributed is what the poll found, when the sentence goes on
    /// to say it.
    private static func passiveSource(at verb: Int, in sentence: SentenceContext) -> Candidate? {
        let passage = sentence.sentence
        let tokens = passage.tokens
        var by = verb + 1
        if by < passage.count, tokens[by].isWord(.out) { by += 1 }
        guard by + 1 < passage.count, tokens[by].isWord(.by),
              let phrase = sourcePhrase(from: by + 1, in: sentence, requireSourceLike: false) else { return nil }
        let start = clauseStart(before: verb, in: passage, stopAtComma: false)
        guard (start..<verb).contains(where: { tokens[$0].is(.reportNoun) || tokens[$0].is(.sourceNoun) }) else { return nil }
        var next = phrase.range.upperBound
        while next < passage.count, tokens[next].kind == .punctuation, !QuoteMarks.isAnyQuote(tokens[next].scalar) { next += 1 }
        let content: Range<Int>
        if next < passage.count, tokens[next].is(.reportVerb) {
            content = Self.content(afterVerb: next, subjectStart: start, in: passage)
        } else {
            content = start..<verb
        }
        return Candidate(span: verb..<phrase.range.upperBound, sources: phrase.sources, content: content, isFigure: false)
    }

    /// A reporting verb's subject that is a source: "Reuters reported", "Sources consulted by
    /// Reuters assert", "New revelations from Reuters and the Miami Herald confirm", "A U.S.
    /// official told". People speaking ("Trump said") are not sources here.
    private static func reportingSubject(before verb: Int, in sentence: SentenceContext) -> (Int, [String])? {
        let passage = sentence.sentence
        let tokens = passage.tokens
        var k = verb - 1
        while k >= 0, tokens[k].is(.adverb) { k -= 1 }
        guard k >= 0 else { return nil }
        let start = clauseStart(before: k + 1, in: passage, stopAtComma: true)
        guard start <= k, k - start < 14 else { return nil }
        // "Sources consulted by Reuters", "revelations from Reuters and the Miami Herald".
        let hasSourceNoun = (start...k).contains { tokens[$0].is(.sourceNoun) && (!tokens[$0].isCapitalized || $0 == start) }
        if hasSourceNoun {
            for b in start..<k where tokens[b].isWord(.by) || tokens[b].isWord(.from) {
                var sources: [String] = []
                var next = b + 1
                while next <= k {
                    if tokens[next].isWord(.the) || tokens[next].isWord(.and) { next += 1; continue }
                    guard let mention = passage.firstName(from: next, before: next + 1), isSourceName(mention) else { break }
                    sources.append(sentence.analysis.displayName(mention, in: passage))
                    next = mention.run.upperBound
                }
                if !sources.isEmpty, next == k + 1 { return (start, sources) }
            }
        }
        // "Reuters reported", "the Miami Herald said".
        if let mention = passage.name(covering: k), mention.run.upperBound - 1 == k, isSourceName(mention),
           mention.kind != .person, !mention.isQuoted {
            var sources = [sentence.analysis.displayName(mention, in: passage)]
            var first = mention.run.lowerBound
            if first >= 1, tokens[first - 1].isWord(.the) { first -= 1 }
            if first >= 2, tokens[first - 1].isWord(.and), let other = passage.name(covering: first - 2), isSourceName(other),
               other.kind != .person {
                sources.insert(sentence.analysis.displayName(other, in: passage), at: 0)
                first = other.run.lowerBound
                if first >= 1, tokens[first - 1].isWord(.the) { first -= 1 }
            }
            return (first, sources)
        }
        // "A U.S. official told", "officials said".
        let verbToken = tokens[verb]
        let head = tokens[k]
        guard head.kind == .word, head.is(.sourceNoun) || head.is(.orgWord), !head.isCapitalized || k == start,
              !verbToken.isWord(.found) || head.is(.reportNoun) else { return nil }
        var first = k
        while first - 1 >= start, tokens[first - 1].kind == .word, !tokens[first - 1].is(.function) || tokens[first - 1].is(.determiner),
              k - first < 5 {
            first -= 1
            if tokens[first].is(.determiner) { break }
        }
        if tokens[first].isWord(.the), first + 1 <= k, tokens[first + 1].is(.anaphoricSource) {
            let earlier = recentSources(before: sentence)
            return earlier.isEmpty ? nil : (first, earlier)
        }
        return (first, [description(first..<(k + 1), in: passage)])
    }

    private static func isSourceName(_ mention: NameMention) -> Bool {
        mention.kind != .place && mention.kind != .vessel && mention.kind != .descriptor
    }

    /// "opposition estimates", "a U.S. official", "three sources with direct knowledge": as
    /// written, "the" dropped and an article in lower case.
    private static func description(_ range: Range<Int>, in passage: PassageAnalysis) -> String {
        var first = range.lowerBound
        if passage.tokens[first].isWord(.the), first + 1 < range.upperBound { first += 1 }
        var text = passage.text(tokens: first..<range.upperBound)
        let token = passage.tokens[first]
        // "A U.S. official", "New leaks" at a sentence's start: lower case, as mid-sentence.
        let mention = passage.name(covering: first)
        let isCommonWord = mention == nil || (mention!.kind == .unknown && mention!.isSentenceInitial)
        if token.isCapitalized, isCommonWord, !token.flags.contains(.allCaps), !token.flags.contains(.dotted),
           let initial = text.first {
            text = initial.lowercased() + text.dropFirst()
        }
        return text
    }

    /// The sources of the attributions in the latest earlier sentence that has any: what "the
    /// cited sources" and "the outlet" point back to.
    private static func recentSources(before sentence: SentenceContext) -> [String] {
        var sources: [String] = []
        var passage: String?
        for claim in sentence.earlierClaims.reversed() where claim.kind == .attribution {
            if let passage, claim.passage != passage { break }
            passage = claim.passage
            if case let .attribution(source) = claim.value, !sources.contains(source) { sources.insert(source, at: 0) }
        }
        return sources
    }

    // MARK: - What is attributed

    /// "According to X, CONTENT" or "CONTENT, according to X".
    private static func content(around cue: Int, phraseEnd: Int, in passage: PassageAnalysis) -> Range<Int> {
        let sentenceStart = passage.sentenceStart(before: cue)
        let leading = (sentenceStart..<cue).allSatisfy { passage.tokens[$0].kind == .punctuation || passage.tokens[$0].is(.conjunction) }
        if leading {
            var start = phraseEnd
            while start < passage.count, passage.tokens[start].kind == .punctuation { start += 1 }
            return start..<clauseEnd(from: start, in: passage)
        }
        var end = cue
        while end > sentenceStart, passage.tokens[end - 1].kind == .punctuation, !QuoteMarks.isAnyQuote(passage.tokens[end - 1].scalar) {
            end -= 1
        }
        return clauseStart(before: end, in: passage, stopAtComma: false)..<end
    }

    /// "X reported that CONTENT"; or, when the verb ends the sentence ("..., Reuters reported."),
    /// what comes before the subject.
    private static func content(afterVerb verb: Int, subjectStart: Int, in passage: PassageAnalysis) -> Range<Int> {
        var start = verb + 1
        while start < passage.count, passage.tokens[start].isWord(.that) || passage.tokens[start].kind == .punctuation && !QuoteMarks.isAnyQuote(passage.tokens[start].scalar) {
            start += 1
        }
        // "A U.S. official told the outlet that ...": skip the listener.
        var k = start
        while k < min(passage.count, start + 4), !passage.tokens[k].isWord(.that) { k += 1 }
        if k < passage.count, passage.tokens[k].isWord(.that), k < start + 4 { start = k + 1 }
        let end = clauseEnd(from: start, in: passage)
        if end - start >= 2 { return start..<end }
        var before = subjectStart
        while before > 0, passage.tokens[before - 1].kind == .punctuation { before -= 1 }
        return clauseStart(before: before, in: passage, stopAtComma: false)..<before
    }

    /// The figure right before "per": back to a comma, "and", a dash or the sentence's start.
    private static func figurePhrase(before cue: Int, in passage: PassageAnalysis) -> Range<Int> {
        var cue = cue
        if cue > 0, passage.tokens[cue - 1].isPunctuation(",") { cue -= 1 }      // "rose 3%, per data from LSEG"
        var start = cue
        let floor = max(0, cue - 12)
        while start > floor {
            let token = passage.tokens[start - 1]
            if token.kind == .punctuation, !token.isPunctuation("%") && !token.isPunctuation("$") { break }
            if token.isWord(.and) { break }
            start -= 1
        }
        return start..<cue
    }

    /// Where the clause holding token `index` starts: the sentence's start, or the last ";",
    /// ":", dash or "(" before it (and the last comma, if asked).
    private static func clauseStart(before index: Int, in passage: PassageAnalysis, stopAtComma: Bool) -> Int {
        let start = passage.sentenceStart(before: index)
        var i = index - 1
        while i >= start {
            let token = passage.tokens[i]
            if token.kind == .punctuation {
                if token.isPunctuation(";") || token.isPunctuation(":") || token.isPunctuation("(")
                    || token.scalar == 0x2014 || token.scalar == 0x2013 || (stopAtComma && token.isPunctuation(",")) {
                    return i + 1
                }
            }
            i -= 1
        }
        return start
    }

    /// Where the clause starting at `start` ends: the sentence's end, ";", or a comma before
    /// "although", "but", "which", "while", ... .
    private static func clauseEnd(from start: Int, in passage: PassageAnalysis) -> Int {
        var i = start
        while i < passage.count {
            let token = passage.tokens[i]
            if passage.endsSentence(at: i) && i > start { return i }
            if token.isPunctuation(";") { return i }
            if token.isPunctuation(",") {
                // ", although ...", or inside a quotation: `"is not ruled out," although ...`
                var next = i + 1
                if next < passage.count, passage.tokens[next].kind == .punctuation, QuoteMarks.isAnyQuote(passage.tokens[next].scalar) {
                    next += 1
                }
                if next < passage.count, passage.tokens[next].is(.conjunction) || passage.tokens[next].is(.relative)
                    || passage.tokens[next].is(.subordinator) {
                    return passage.isInsideQuote(i) ? next : i
                }
            }
            i += 1
        }
        return passage.count
    }

    /// "reported", "verified", "cited": the form that takes "by".
    private static func isParticiple(_ token: ProseToken, in passage: PassageAnalysis) -> Bool {
        let text = passage.text(token.range)
        return text.hasSuffix("ed") || text.hasSuffix("en") || text.hasSuffix("wn")
    }
}

