/// Finds capitalised names in a sentence and says what each is likely to name.
///
/// A name is a run of capitalised words, with the particles of Spanish and other names inside
/// it ("Puerto La Cruz", "Juan de la Cruz"), an abbreviated title's period ("Sen. Marco
/// Rubio"), initials ("Gerald R. Ford") and a nickname in quotes (Nicolás “Nicholas” Maduro
/// Guerra). A run ends after a possessive ("Maduro’s"). Titles and adjectives of origin at its
/// start are split off ("Venezuelan President" | "Nicolás Maduro"). Capitalised function words
/// ("The", "For", "In") never start a name.
///
/// Whether a name is a person is decided from evidence in the sentence (a first name, a title
/// or role, an age, a speech verb) and later, article-wide, by `PersonDirectory`: a surname
/// alone is a person once the full name has been one.
struct NameFinder {
    let passage: PassageAnalysis

    /// The first capitalised word at or after `start`, or the token count: where a name may
    /// start.
    ///
    /// A tight loop over the token buffer: stepping over each word in `mentions()`'s own loop,
    /// with the array's bounds checked at every token, took 17 instructions a token
    /// (`mentions()` itself: 5.25M -> 3.96M instructions on 1,000 articles). A test compares it
    /// with the plain test of each token.
    static func nextCapitalizedWord(in tokens: [ProseToken], from start: Int) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            var i = start
            while i < tokens.count, tokens[i].kind != .word || !tokens[i].isCapitalized { i += 1 }
            return min(i, tokens.count)
        }
    }

    func mentions() -> [NameMention] {
        let tokens = passage.tokens
        let n = tokens.count
        var mentions: [NameMention] = []
        var i = 0
        while i < n {
            // Most tokens are not capitalised words: they are passed over on the local array
            // (`nextCapitalizedWord`), without reading the passage's tokens again for the full test.
            guard tokens[i].kind == .word, tokens[i].isCapitalized, startsName(i) else {
                i = Self.nextCapitalizedWord(in: tokens, from: i + 1)
                continue
            }
            var j = i
            var alias: Int?
            var end = i + 1
            while true {
                let token = tokens[j]
                if token.is(.titleAbbreviation), j + 2 < n, tokens[j + 1].isPunctuation("."),
                   continuesName(j + 2) {
                    j += 2
                    continue
                }
                end = j + 1
                if token.isPossessive { break }
                if j + 1 < n, continuesName(j + 1) {
                    j += 1
                    continue
                }
                if j + 2 < n, tokens[j + 1].is(.nameParticle), !tokens[j + 1].isCapitalized, continuesName(j + 2) {
                    j += 2
                    continue
                }
                if alias == nil, j + 4 < n, isQuoteMark(tokens[j + 1]), tokens[j + 2].isCapitalized,
                   tokens[j + 2].kind == .word, isQuoteMark(tokens[j + 3]), continuesName(j + 4) {
                    alias = j + 2
                    j += 4
                    continue
                }
                break
            }
            // "Securities and Exchange Commission", "Food and Drug Administration": one name
            // when what follows "and" ends like an organisation's name. "Reuters and Bloomberg",
            // "Maduro and Cabello" stay two.
            if end + 1 < n, tokens[end].isWord(.and), !tokens[end - 1].isPossessive, continuesName(end + 1),
               !tokens[i].is(.givenName), !tokens[i].is(.outlet), !tokens[i].is(.place) {
                var second = end + 1
                while second < n, continuesName(second), !tokens[second].isPossessive { second += 1 }
                if tokens[second - 1].is(.orgWord) { end = second }
            }
            // "Officials said", "Sources consulted by": a common word capitalised because it
            // opens the sentence is not a name.
            if end - i == 1, isCommonWord(tokens[i]), isSentenceInitial(i) {
                i = end
                continue
            }
            // Room for four with the first: a sentence that names anyone often names two or
            // three, and a mention is 112 bytes, so the array grew one, two, four.
            if mentions.isEmpty { mentions.reserveCapacity(4) }
            mentions.append(mention(run: i..<end, alias: alias))
            i = end
        }
        return mentions
    }

    private func startsName(_ i: Int) -> Bool {
        let token = passage.tokens[i]
        guard isNameWord(token) else { return false }
        return !token.is(.function)
    }

    private func continuesName(_ i: Int) -> Bool {
        let token = passage.tokens[i]
        return isNameWord(token) && token.hasSpaceBefore
    }

    private func isNameWord(_ token: ProseToken) -> Bool {
        token.kind == .word && token.isCapitalized && !token.is(.month) && !token.is(.weekday)
    }

    private func isCommonWord(_ token: ProseToken) -> Bool {
        let common: WordClass = [
            .roleNoun, .sourceNoun, .groupNoun, .mediaNoun, .eventNoun, .adverb, .speechVerb, .reportVerb,
            .moveVerb, .stayVerb, .travelVerb, .numberWord, .copula, .roleModifier, .venueNoun, .subordinator,
            .reportNoun, .anaphoricSource, .born,
        ]
        let proper: WordClass = [.givenName, .place, .outlet, .demonym, .title]
        return token.is(common) && !token.is(proper)
    }

    private func isQuoteMark(_ token: ProseToken) -> Bool {
        token.kind == .punctuation && (token.scalar == QuoteMarks.leftDouble || token.scalar == QuoteMarks.rightDouble
            || token.scalar == QuoteMarks.straightDouble)
    }

    private func mention(run: Range<Int>, alias: Int?) -> NameMention {
        let tokens = passage.tokens
        // Split titles, adjectives of origin and acronyms ("U.S.") off the front.
        var p = run.lowerBound
        var hasTitle = false
        var isVessel = false
        while p < run.upperBound - 1 {
            let token = tokens[p]
            if token.is(.titleAbbreviation), p + 1 < run.upperBound, tokens[p + 1].isPunctuation(".") {
                hasTitle = true
                p += 2
                continue
            }
            if token.is(.title) || token.is(.titleAbbreviation) {
                hasTitle = true
            } else if p == run.lowerBound, token.is(.roleNoun) || !token.is(.givenName),
                      token.is(.roleNoun) && (isSentenceInitial(p) || tokens[p + 1].is(.givenName))
                        || (isSentenceInitial(p) && tokens[p + 1].is(.givenName) && !token.is(.place)) {
                // "Teacher Sofia Ramirez" or "Climber Tomás Rivera" opening a sentence.
                hasTitle = token.is(.roleNoun)
            } else if token.is(.vesselPrefix) {
                isVessel = true
            } else if token.is(.demonym) || token.flags.contains(.dotted) {
                // "Venezuelan", "U.S."
            } else if token.is(.roleModifier) {
                // "Vice President", "Foreign Minister", "Former Vice President": modifiers
                // count only when a title follows them ("White House" keeps its "White").
                var q = p
                while q < run.upperBound - 1, tokens[q].is(.roleModifier), !tokens[q].is(.title) { q += 1 }
                guard q < run.upperBound - 1, tokens[q].is(.title) else { break }
            } else {
                break
            }
            p += 1
        }
        let name = p..<run.upperBound
        var key = NameKey.start
        var wordCount = 0
        for index in name where tokens[index].kind == .word && index != alias {
            key = NameKey.adding(tokens[index].key, to: key)
            wordCount += 1
        }
        var mention = NameMention(
            run: run, name: name, key: key, wordCount: wordCount, alias: alias,
            titleTokens: run.lowerBound..<p, kind: .unknown, evidence: [],
            isPossessive: tokens[run.upperBound - 1].isPossessive,
            isSentenceInitial: isSentenceInitial(run.lowerBound)
        )
        mention.evidence = evidence(for: mention, hasTitle: hasTitle)
        mention.kind = isVessel ? .vessel : kind(of: mention)
        return mention
    }

    private func isSentenceInitial(_ index: Int) -> Bool {
        var i = index - 1
        while i >= 0, passage.tokens[i].kind == .punctuation, QuoteMarks.isOpening(passage.tokens[i].scalar) || passage.tokens[i].isPunctuation("(") {
            i -= 1
        }
        return i < 0 || passage.endsSentence(at: i) || passage.tokens[i].isPunctuation(":")
    }

    private func evidence(for mention: NameMention, hasTitle: Bool) -> NameMention.Evidence {
        let tokens = passage.tokens
        let n = tokens.count
        var evidence: NameMention.Evidence = []
        let first = mention.name.lowerBound
        if mention.wordCount >= 2, tokens[first].is(.givenName) { evidence.insert(.givenName) }
        let phrases = RolePhrases(passage: passage)
        if hasTitle || phrases.before(mention.run.lowerBound) != nil { evidence.insert(.title) }
        let end = mention.run.upperBound
        if !mention.isPossessive {
            if end + 1 < n, tokens[end].isPunctuation(","), isAge(tokens[end + 1]),
               end + 2 == n || tokens[end + 2].kind == .punctuation {
                evidence.insert(.age)
            }
            if phrases.after(end) != nil { evidence.insert(.appositive) }
            var k = end
            while k < n, tokens[k].is(.adverb) { k += 1 }
            if k < n, tokens[k].is(.speechVerb), !tokens[k].isCapitalized { evidence.insert(.speaker) }
        } else if end < n, tokens[end].kind == .word, tokens[end].is(.family) || tokens[end].isWord(.family)
                    || tokens[end].isWord(.envoy) || tokens[end].isWord(.children) {
            evidence.insert(.relations)
        }
        return evidence
    }

    private func isAge(_ token: ProseToken) -> Bool {
        guard token.kind == .number, token.end - token.start <= 3 else { return false }
        let value = Int(passage.text(token.range)) ?? 0
        return value >= 1 && value <= 120
    }

    private func kind(of mention: NameMention) -> NameMention.Kind {
        let tokens = passage.tokens
        // The name's words counted in place: an array of them per mention was a third of this.
        var firstIndex: Int?
        var lastIndex = 0, wordCount = 0
        var isAllCaps = true
        for index in mention.name where tokens[index].kind == .word {
            if firstIndex == nil { firstIndex = index }
            lastIndex = index
            wordCount += 1
            if !tokens[index].flags.contains(.allCaps), !tokens[index].flags.contains(.dotted) { isAllCaps = false }
        }
        guard let firstIndex else { return .unknown }
        let first = tokens[firstIndex], last = tokens[lastIndex]
        if isAllCaps {
            return PlaceGazetteer.isKnown(key: mention.key) ? .place : .organization
        }
        if PlaceGazetteer.isKnown(key: mention.key) { return .place }
        if last.is(.orgWord) || (wordCount == 1 && first.is(.outlet)) || first.is(.outlet) { return .organization }
        if wordCount >= 2, first.is(.placeFirst) || last.is(.placeHead) { return .place }
        if wordCount == 1, first.is(.place) { return .place }
        if wordCount == 1, first.is(.demonym) || first.is(.title) || first.is(.titleAbbreviation) { return .descriptor }
        if !mention.evidence.isEmpty { return .person }
        return .unknown
    }
}

