/// Who a quotation is attributed to, and with what verb.
///
/// The rules, tried in order; the first that applies decides, and a rule that finds a speech
/// verb whose subject is no one nameable ("her children asking about “...”") decides "no
/// speaker" rather than let a later rule guess:
/// 1. After the closing mark: `“...,” Trump said`, `“...,” said Venezuelan exile analyst Carlos
///    Pascual`, `“...,” he said`, `“...,” according to Pascual`; also at the start of the next
///    sentence when the quotation ends its own.
/// 2. Right before the opening mark: `María Corina Machado tweeting, “...”`, `Sen. Marco
///    Rubio, who sanctioned Maduro in 2017, cautioned: “...”`.
/// 3. Reported speech with a quoted part: `A U.S. official told the outlet that a negotiated exit
///    "is not ruled out"`.
/// 4. A possessive before a word for something said: `his response a curt “I’ll consider it”`
///    (the pronoun is the sentence's subject), `Sofia’s TikTok from Bogotá ...: “...”`.
/// 5. A colon after a lead-in that names the speaker: `For Pascual, it’s classic Trump: “...”`;
///    a lead-in whose subject is a person (`Ramirez, who fled ..., watches from afar ...: “...”`);
///    or a lead-in naming exactly one person (`... where President Donald Trump sat ..., a voice
///    cut through the static ...: “...”`).
/// 6. A quotation standing alone at the start of a sentence continues the quotation just
///    before it, or follows a lead-in ending in a colon in the sentence before.
///
/// Names resolve to the fullest form the article gives ("Trump" → "Donald Trump"). Unnamed
/// speakers are kept only in the indefinite form a reporter uses for a source ("a U.S.
/// official"); "the children", "200" or "a voice" are not speakers.
struct SpeakerFinder {
    struct Speaker: Hashable {
        let name: String
        let verb: String?
        /// Where the speech verb is, when one attributes the quotation: a date right after it
        /// says when the words were said ("Weber said on Sunday").
        var verbAt: TokenPosition? = nil
    }

    /// Decided: a speaker, or definitely none. `nil` from a rule means "does not apply".
    private enum Outcome {
        case speaker(Speaker)
        case nobody
    }

    let analysis: ArticleAnalysis
    /// Quote claims already made in the article, for continuations and pronouns.
    let earlierClaims: [Claim]

    /// Longest lead-in looked at, in tokens: keeps hostile one-sentence inputs linear.
    static let window = 80

    func speaker(of quotation: Quotation) -> Speaker? {
        attribution(of: quotation).speaker
    }

    /// The speaker, and whether a speech verb introduces or follows the quotation (rules 1 to
    /// 3) or a colon introduces it: then it is someone's words even if short, not a term.
    func attribution(of quotation: Quotation) -> (speaker: Speaker?, hasSpeechCue: Bool) {
        var hasSpeechCue = false
        for rule in 0..<7 {
            let outcome: Outcome? = switch rule {
            case 0: afterClose(quotation)
            case 1: beforeOpen(quotation)
            case 2: reportedSpeech(quotation)
            case 3: possessiveMedia(quotation)
            case 4: colonLeadIn(quotation)
            case 5: interrupted(quotation)
            default: neighbours(quotation)
            }
            if rule <= 2, outcome != nil { hasSpeechCue = true }
            if rule == 3, !hasSpeechCue {
                let passage = analysis.passages[quotation.open.passage]
                let before = quotation.open.token - 1
                hasSpeechCue = before >= 0 && passage.tokens[before].isPunctuation(":")
            }
            switch outcome {
            case let .speaker(speaker)?: return (speaker, hasSpeechCue)
            case .nobody?: return (nil, hasSpeechCue)
            case nil: continue
            }
        }
        return (nil, hasSpeechCue)
    }

    // MARK: - Rules

    /// Rule 1: `“...,” Trump said` / `“...,” said Carlos Pascual` / `“...,” according to X`.
    private func afterClose(_ quotation: Quotation) -> Outcome? {
        guard let close = quotation.close else { return nil }
        let passage = analysis.passages[close.passage]
        var start = close.token + 1
        while start < passage.count, passage.tokens[start].isPunctuation(",") { start += 1 }
        if start < passage.count {
            return speechClause(in: passage, at: start, passageIndex: close.passage)
        }
        // The quotation ends its sentence: "“...” Trump said." may be the next one.
        let next = close.passage + 1
        guard next < analysis.passages.count, analysis.passages[next].paragraph == passage.paragraph else { return nil }
        let following = analysis.passages[next]
        guard let outcome = speechClause(in: following, at: 0, passageIndex: next) else { return nil }
        // "Trump said." alone, not "Trump said the talks failed."
        if case .speaker = outcome, isShortAttribution(following) { return outcome }
        return nil
    }

    /// `NAME [adverbs] VERB`, `VERB [role words] NAME`, `according to NAME` starting at `start`.
    private func speechClause(in passage: PassageAnalysis, at start: Int, passageIndex: Int) -> Outcome? {
        let tokens = passage.tokens
        let n = passage.count
        var i = start
        while i < n, tokens[i].is(.adverb), !tokens[i].isCapitalized || i == start { i += 1 }
        if i < n, isSpeechVerb(tokens[i]) {
            let verb = Lowercase.of(passage.text(tokens: start..<(i + 1)))
            return subject(after: i + 1, in: passage, passageIndex: passageIndex).map { speaker in
                .speaker(Speaker(name: speaker, verb: verb, verbAt: TokenPosition(passage: passageIndex, token: i)))
            } ?? .nobody
        }
        if i + 1 < n, tokens[i].isWord(.according), tokens[i + 1].isWord(.to),
           let mention = passage.firstName(from: i + 2, before: i + 3), mention.kind == .person {
            return .speaker(Speaker(name: analysis.displayName(mention, in: passage), verb: "according to"))
        }
        guard let (name, end) = nounPhrase(startingAt: start, in: passage, passageIndex: passageIndex) else { return nil }
        var k = end
        // "“...,” Machado, 58, told supporters" / "“...,” Pascual, a former ambassador, said".
        if k + 2 < n, tokens[k].isPunctuation(",") {
            var close = k + 1
            while close < min(n, k + 10), !tokens[close].isPunctuation(",") { close += 1 }
            let opener = tokens[k + 1]
            if close < n, tokens[close].isPunctuation(","), opener.kind == .number || opener.is(.determiner) || opener.is(.relative) {
                k = close + 1
            }
        }
        let verbStart = k
        while k < n, tokens[k].is(.adverb) { k += 1 }
        guard k < n, isSpeechVerb(tokens[k]) else { return nil }
        return .speaker(Speaker(name: name, verb: passage.text(tokens: verbStart..<(k + 1)),
                                verbAt: TokenPosition(passage: passageIndex, token: k)))
    }

    /// Rule 2: the words right before the opening mark end with a speech verb.
    private func beforeOpen(_ quotation: Quotation) -> Outcome? {
        let passage = analysis.passages[quotation.open.passage]
        let lead = leadIn(quotation)
        var j = quotation.open.token - 1
        if j >= lead.lowerBound, passage.tokens[j].isPunctuation(",") || passage.tokens[j].isPunctuation(":") { j -= 1 }
        // "asking about “...”": a preposition may stand between the verb and the quotation.
        if j > lead.lowerBound, passage.tokens[j].is(.preposition), isSpeechVerb(passage.tokens[j - 1]) { j -= 1 }
        guard j >= lead.lowerBound, isSpeechVerb(passage.tokens[j]) else { return nil }
        var verbStart = j
        while verbStart - 1 >= lead.lowerBound, passage.tokens[verbStart - 1].is(.adverb) { verbStart -= 1 }
        let verb = Lowercase.of(passage.text(tokens: verbStart..<(j + 1)))
        guard let name = subject(before: verbStart, in: passage, passageIndex: quotation.open.passage, from: lead.lowerBound)
        else { return .nobody }
        return .speaker(Speaker(name: name, verb: verb, verbAt: TokenPosition(passage: quotation.open.passage, token: j)))
    }

    /// Rule 3: `X told the outlet that ... "quoted words"`.
    private func reportedSpeech(_ quotation: Quotation) -> Outcome? {
        let passage = analysis.passages[quotation.open.passage]
        let lead = leadIn(quotation)
        var thatIndex: Int?
        var j = quotation.open.token - 1
        while j >= lead.lowerBound, quotation.open.token - j <= 14 {
            let token = passage.tokens[j]
            if token.kind == .punctuation, !token.isPunctuation(",") || thatIndex == nil { break }
            if token.isWord(.that), thatIndex == nil { thatIndex = j }
            // A naming verb right before the quotation: "called the purchase “...”".
            let naming = token.is(.namingVerb) && quotation.open.token - j <= 4
            let isVerb = (isSpeechVerb(token) || token.is(.reportVerb) || naming) && !token.isCapitalized
            if isVerb, thatIndex.map({ j < $0 && $0 - j <= 4 }) ?? true {
                // "told the outlet that ... “...”", "said the deal was “...”", "called the purchase “...”".
                guard let name = subject(before: j, in: passage, passageIndex: quotation.open.passage, from: lead.lowerBound)
                else { return thatIndex == nil ? nil : .nobody }
                return .speaker(Speaker(name: name, verb: Lowercase.of(passage.text(tokens: j..<(j + 1))),
                                        verbAt: TokenPosition(passage: quotation.open.passage, token: j)))
            }
            j -= 1
        }
        return nil
    }

    /// Rule 4: `his response a curt “...”`, `Sofia’s TikTok ...: “...”`, `her words: “...”`.
    private func possessiveMedia(_ quotation: Quotation) -> Outcome? {
        let p = quotation.open.passage
        let passage = analysis.passages[p]
        let lead = leadIn(quotation)
        let colon = quotation.open.token > 0 && passage.tokens[quotation.open.token - 1].isPunctuation(":")
        // Without a colon the possessive must be close to the quotation; with one, anywhere in
        // the lead-in ("Sofia’s TikTok from Bogotá garnering 2 million views: “...”").
        let from = colon ? lead.lowerBound : max(lead.lowerBound, quotation.open.token - 5)
        var j = quotation.open.token - 1
        while j > from {
            let token = passage.tokens[j]
            if token.is(.mediaNoun), !passage.isInsideQuote(j) {
                let owner = passage.tokens[j - 1]
                if owner.is(.possessivePronoun), owner.isWord(.his) || owner.isWord(.her) {
                    if let name = sentenceSubject(in: passage, before: j - 1, passageIndex: p) {
                        return .speaker(Speaker(name: name, verb: nil))
                    }
                    return nil
                }
                if owner.isPossessive, let mention = passage.name(covering: j - 1), !mention.isQuoted,
                   mention.kind == .person {
                    return .speaker(Speaker(name: analysis.displayName(mention, in: passage), verb: nil))
                }
            }
            j -= 1
        }
        return nil
    }

    /// Rule 5: a lead-in ending in a colon.
    private func colonLeadIn(_ quotation: Quotation) -> Outcome? {
        let passage = analysis.passages[quotation.open.passage]
        guard quotation.open.token > 0, passage.tokens[quotation.open.token - 1].isPunctuation(":") else { return nil }
        let lead = leadIn(quotation)
        return colonSpeaker(in: passage, lead: lead.lowerBound..<(quotation.open.token - 1))
    }

    private func colonSpeaker(in passage: PassageAnalysis, lead: Range<Int>) -> Outcome? {
        guard !lead.isEmpty else { return nil }
        let tokens = passage.tokens
        var start = lead.lowerBound
        while start < lead.upperBound, tokens[start].is(.conjunction) || tokens[start].isWord(.then) || tokens[start].isWord(.so) {
            start += 1
        }
        guard start < lead.upperBound else { return nil }
        // "For Pascual, ...:" / "To Machado, ...:"
        if tokens[start].isWord(.for) || tokens[start].isWord(.to),
           let mention = passage.firstName(from: start + 1, before: start + 2), !mention.isQuoted,
           mention.kind == .person || mention.kind == .unknown {
            return .speaker(Speaker(name: analysis.displayName(mention, in: passage), verb: nil))
        }
        // "Ramirez, who fled ..., watches ...:" — the clause's subject.
        if let mention = passage.firstName(from: start, before: start + 1), mention.kind == .person, !mention.isPossessive {
            return .speaker(Speaker(name: analysis.displayName(mention, in: passage), verb: nil))
        }
        // A lead-in naming exactly one person.
        var people: Set<Int> = []
        var only: NameMention?
        for mention in passage.names(startingIn: lead) where !mention.isQuoted {
            guard let person = mention.person else { continue }
            people.insert(person)
            only = mention
        }
        if people.count == 1, let only {
            return .speaker(Speaker(name: analysis.displayName(only, in: passage), verb: nil))
        }
        return nil
    }

    /// `“I will not resign,” Maduro said in a televised address, “and I will not negotiate.”`:
    /// the second part is the same speaker's, named between the two.
    private func interrupted(_ quotation: Quotation) -> Outcome? {
        let p = quotation.open.passage
        let passage = analysis.passages[p]
        guard quotation.open.token >= 1, passage.tokens[quotation.open.token - 1].isPunctuation(",") else { return nil }
        let lead = leadIn(quotation)
        guard lead.lowerBound > 0, let close = passage.lastQuoteClose(before: quotation.open.token), close == lead.lowerBound - 1,
              let earlier = quotationClosing(at: TokenPosition(passage: p, token: close)),
              case let .speaker(speaker)? = afterClose(earlier) else { return nil }
        return .speaker(Speaker(name: speaker.name, verb: speaker.verb))
    }

    private func quotationClosing(at position: TokenPosition) -> Quotation? {
        for p in stride(from: position.passage, through: max(0, position.passage - QuotationScanner.maximumPassages), by: -1) {
            for index in analysis.quotationsOpening[p] where analysis.quotations[index].close == position {
                return analysis.quotations[index]
            }
        }
        return nil
    }

    /// Rule 6: a quotation opening its sentence with no speaker in it: the sentence before
    /// (in the same passage when a segmenter left them together, else the previous passage)
    /// ends in a colon, holds a quotation whose speaker this one continues, or is a short
    /// sentence about one person ("Gil was blunt.").
    private func neighbours(_ quotation: Quotation) -> Outcome? {
        let p = quotation.open.passage
        let passage = analysis.passages[p]
        let start = passage.sentenceStart(before: quotation.open.token)
        guard quotation.open.token == start else { return nil }
        if start > 0 {
            let previousStart = passage.sentenceStart(before: start - 1)
            // A quotation in that sentence: this one continues it.
            for index in analysis.quotationsOpening[p] {
                let other = analysis.quotations[index]
                guard other.open.token >= previousStart, other.open.token < start else { continue }
                if let speaker = speaker(of: other) { return .speaker(Speaker(name: speaker.name, verb: nil)) }
            }
            return previousSentence(in: passage, range: previousStart..<start, passageIndex: p, earlierQuote: nil)
        }
        guard p > 0 else { return nil }
        let previous = analysis.passages[p - 1]
        let standsAlone = quotation.close.map { close in
            close.passage == p && passage.tokens[(close.token + 1)...].allSatisfy { $0.kind == .punctuation }
        } ?? true
        guard previous.paragraph == passage.paragraph || standsAlone else { return nil }
        let previousStart = previous.sentenceStart(before: previous.count)
        return previousSentence(in: previous, range: previousStart..<previous.count, passageIndex: p - 1, earlierQuote: lastQuote(inPassage: p - 1))
    }

    private func previousSentence(in passage: PassageAnalysis, range: Range<Int>, passageIndex: Int, earlierQuote: Claim?) -> Outcome? {
        guard let last = range.last else { return nil }
        if passage.tokens[last].isPunctuation(":") {
            return colonSpeaker(in: passage, lead: max(range.lowerBound, last - Self.window)..<last)
        }
        if let claim = earlierQuote, case let .quote(value) = claim.value, let speaker = value.speaker {
            return .speaker(Speaker(name: speaker, verb: nil))
        }
        // "Gil was blunt.": short, about one person, who opens it.
        let words = passage.tokens[range].count { $0.kind != .punctuation }
        guard words <= 10, !range.contains(where: { passage.isInsideQuote($0) }) else { return nil }
        let people = Set(passage.names(startingIn: range).compactMap(\.person))
        guard people.count == 1, let first = passage.firstName(from: range.lowerBound, before: range.lowerBound + 1),
              first.person != nil else { return nil }
        return .speaker(Speaker(name: analysis.displayName(first, in: passage), verb: nil))
    }

    // MARK: - Noun phrases

    /// The words a quotation's speaker is looked for in: from the start of its sentence (or the
    /// end of the quotation before it in the same sentence) to the opening mark.
    private func leadIn(_ quotation: Quotation) -> Range<Int> {
        let p = quotation.open.passage
        let passage = analysis.passages[p]
        var start = passage.sentenceStart(before: quotation.open.token)
        if let close = passage.lastQuoteClose(before: quotation.open.token), close >= start {
            start = close + 1
        }
        var i = quotation.open.token - 1
        while i > start {
            if passage.tokens[i].isPunctuation(";") { start = i + 1; break }
            i -= 1
        }
        return max(start, quotation.open.token - Self.window)..<quotation.open.token
    }

    /// The speaker named right before token `verb`: a name, possibly followed by a relative
    /// clause or apposition in commas; a pronoun; or an indefinite source ("a U.S. official").
    private func subject(before verb: Int, in passage: PassageAnalysis, passageIndex: Int, from start: Int) -> String? {
        let tokens = passage.tokens
        guard let k = ClauseSubject(passage: passage).end(before: verb, floor: start) else { return nil }
        if let mention = passage.name(covering: k), mention.run.upperBound - 1 == k, !mention.isQuoted,
           !mention.isPossessive, mention.kind != .vessel, mention.kind != .descriptor {
            return analysis.displayName(mention, in: passage)
        }
        if tokens[k].is(.subjectPronoun), !tokens[k].isWord(.they) {
            return resolvePronoun(at: k, in: passage, passageIndex: passageIndex)
        }
        if k - 1 >= start, tokens[k - 1].isWord(.the) || (k - 2 >= start && tokens[k - 2].isWord(.the)),
           let name = personWithRole(head: k, in: passage) {
            return name
        }
        return indefiniteSource(endingAt: k, in: passage, from: start)
    }

    /// The speaker named after a speech verb: `said Venezuelan exile analyst Carlos Pascual`,
    /// `said a U.S. official`, `said he`.
    private func subject(after start: Int, in passage: PassageAnalysis, passageIndex: Int) -> String? {
        let tokens = passage.tokens
        let phrases = RolePhrases(passage: passage)
        var i = start
        while i < passage.count, i - start < 8 {
            if let mention = passage.firstName(from: i, before: i + 1), !mention.isQuoted, mention.kind != .descriptor {
                if mention.kind == .person || mention.kind == .unknown || mention.kind == .organization {
                    return analysis.displayName(mention, in: passage)
                }
                return nil
            }
            let token = tokens[i]
            if token.is(.subjectPronoun), i == start { return resolvePronoun(at: i, in: passage, passageIndex: passageIndex) }
            if token.isWord(.a) || token.isWord(.an) || token.isWord(.one), i == start {
                return indefiniteSource(startingAt: i, in: passage)
            }
            guard token.kind == .word, phrases.isModifier(token) || phrases.isRoleHead(token) || token.isWord(.the)
                || passage.name(covering: i)?.kind == .descriptor || phrases.isNounModifier(i) else {
                return nil
            }
            i += 1
        }
        return nil
    }

    /// A name or pronoun or indefinite source starting at `start`; returns its text and end.
    private func nounPhrase(startingAt start: Int, in passage: PassageAnalysis, passageIndex: Int) -> (String, Int)? {
        let tokens = passage.tokens
        // A role may stand before the name: "rescue chief Pedro Alvarado said".
        var nameStart = start
        let phrases = RolePhrases(passage: passage)
        while nameStart < passage.count, nameStart - start < 5, passage.name(covering: nameStart) == nil,
              phrases.isModifier(tokens[nameStart]) || phrases.isRoleHead(tokens[nameStart]) || phrases.isNounModifier(nameStart) {
            nameStart += 1
        }
        if nameStart > start, !(nameStart > start && phrases.isRoleHead(tokens[nameStart - 1])) { nameStart = start }
        if let mention = passage.firstName(from: nameStart, before: nameStart + 1), !mention.isQuoted, !mention.isPossessive,
           mention.kind != .place, mention.kind != .vessel, mention.kind != .descriptor {
            return (analysis.displayName(mention, in: passage), mention.run.upperBound)
        }
        if tokens[start].is(.subjectPronoun), !tokens[start].isWord(.they),
           let name = resolvePronoun(at: start, in: passage, passageIndex: passageIndex) {
            return (name, start + 1)
        }
        if tokens[start].isWord(.a) || tokens[start].isWord(.an), let name = indefiniteSource(startingAt: start, in: passage) {
            var end = start + 1
            while end < passage.count, tokens[end].kind == .word, !isSpeechVerb(tokens[end]), !tokens[end].is(.adverb) { end += 1 }
            return (name, end)
        }
        if tokens[start].isWord(.the) {
            var end = start + 1
            while end < passage.count, end - start <= 4, tokens[end].kind == .word, !isSpeechVerb(tokens[end]), !tokens[end].is(.adverb) {
                end += 1
            }
            if end > start + 1, let name = personWithRole(head: end - 1, in: passage) { return (name, end) }
        }
        return nil
    }

    /// "the senator", "the former ambassador": the one person the article has given a role with
    /// this head noun, else nobody (two presidents in one story make "the president" ambiguous).
    private func personWithRole(head index: Int, in passage: PassageAnalysis) -> String? {
        let head = passage.tokens[index]
        guard head.kind == .word, head.is(.roleNoun) || head.is(.title), !head.isCapitalized else { return nil }
        let word = Lowercase.of(passage.stem(index))
        var people: Set<String> = []
        for claim in earlierClaims where claim.kind == .role {
            guard case let .role(person, role) = claim.value else { continue }
            if Lowercase.of(role).split(separator: " ").last.map(String.init) == word { people.insert(person) }
        }
        return people.count == 1 ? people.first : nil
    }

    /// "a U.S. official", "an aide", "one diplomat" ending at token `end`.
    private func indefiniteSource(endingAt end: Int, in passage: PassageAnalysis, from start: Int) -> String? {
        let tokens = passage.tokens
        guard tokens[end].kind == .word, tokens[end].is(.sourceNoun) || tokens[end].is(.roleNoun), !tokens[end].isCapitalized else {
            return nil
        }
        var i = end - 1
        while i >= start, end - i <= 5 {
            let token = tokens[i]
            if token.isWord(.a) || token.isWord(.an) || token.isWord(.one) {
                return indefiniteSource(startingAt: i, in: passage)
            }
            guard token.kind == .word, !token.is(.function) else { return nil }
            i -= 1
        }
        return nil
    }

    private func indefiniteSource(startingAt start: Int, in passage: PassageAnalysis) -> String? {
        let tokens = passage.tokens
        var i = start + 1
        var head: Int?
        while i < passage.count, i - start <= 5 {
            let token = tokens[i]
            guard token.kind == .word, !token.is(.function), !isSpeechVerb(token), !token.is(.adverb) else { break }
            if (token.is(.sourceNoun) || token.is(.roleNoun)) && !token.isCapitalized { head = i }
            i += 1
        }
        guard let head, head == i - 1 else { return nil }
        let article = Lowercase.of(passage.stem(start))
        return article + " " + passage.text(tokens: (start + 1)..<(head + 1))
    }

    /// "he"/"she": the last person named before it in its sentence, else the speaker of the
    /// previous sentence's quotation, else that sentence's first person.
    private func resolvePronoun(at index: Int, in passage: PassageAnalysis, passageIndex: Int) -> String? {
        let start = passage.sentenceStart(before: index)
        if let mention = passage.names(startingIn: start..<index).last(where: { $0.person != nil && !$0.isQuoted }) {
            return analysis.displayName(mention, in: passage)
        }
        if start > 0 {
            // The sentence before, in the same passage: its quotation's speaker, else its subject.
            let previousStart = passage.sentenceStart(before: start - 1)
            for quoteIndex in analysis.quotationsOpening[passageIndex] {
                let other = analysis.quotations[quoteIndex]
                guard other.open.token >= previousStart, other.open.token < start else { continue }
                if let speaker = speaker(of: other) { return speaker.name }
            }
            if let mention = passage.names(startingIn: previousStart..<start).first(where: { $0.person != nil && !$0.isQuoted }) {
                return analysis.displayName(mention, in: passage)
            }
            return nil
        }
        guard passageIndex > 0 else { return nil }
        if let claim = lastQuote(inPassage: passageIndex - 1), case let .quote(value) = claim.value, let speaker = value.speaker {
            return speaker
        }
        let previous = analysis.passages[passageIndex - 1]
        if let mention = previous.names.first(where: { $0.person != nil && !$0.isQuoted }) {
            return analysis.displayName(mention, in: previous)
        }
        return nil
    }

    /// The person a sentence is about: its first person, if named at (or near) its start.
    private func sentenceSubject(in passage: PassageAnalysis, before index: Int, passageIndex: Int) -> String? {
        let start = passage.sentenceStart(before: index)
        var first = start
        let phrases = RolePhrases(passage: passage)
        // Past "But", "Then" and a role before the name: "Opposition leader Edmundo González".
        while first < index, first - start < 6, passage.tokens[first].is(.conjunction) || passage.tokens[first].is(.adverb)
                || passage.tokens[first].is(.determiner) || phrases.isModifier(passage.tokens[first])
                || phrases.isRoleHead(passage.tokens[first]) {
            if passage.firstName(from: first, before: first + 1)?.person != nil { break }
            first += 1
        }
        if let mention = passage.firstName(from: first, before: first + 1), mention.person != nil, !mention.isQuoted {
            return analysis.displayName(mention, in: passage)
        }
        if first < passage.count, passage.tokens[first].is(.subjectPronoun) {
            return resolvePronoun(at: first, in: passage, passageIndex: passageIndex)
        }
        return nil
    }

    private func lastQuote(inPassage index: Int) -> Claim? {
        guard index >= 0, index < analysis.ids.count else { return nil }
        let id = analysis.ids[index]
        // Claims are in passage order, so the previous passage's are at the end.
        for claim in earlierClaims.reversed() {
            guard claim.passage == id else { break }
            if claim.kind == .quote { return claim }
        }
        return nil
    }

    private func isSpeechVerb(_ token: ProseToken) -> Bool {
        token.kind == .word && token.is(.speechVerb) && !token.isCapitalized
    }

    /// "Trump said." / "He added." / "Pascual reportedly said on Monday." — a sentence that only
    /// attributes the quotation before it.
    private func isShortAttribution(_ passage: PassageAnalysis) -> Bool {
        passage.tokens.count { $0.kind != .punctuation } <= 8
    }
}

