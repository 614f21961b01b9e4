/// Finds the words that say what a figure is about, so the checker can tell "80% poverty" and
/// "the 96% poverty rate" (one quantity) from "80% of voters" and "80% disapproval" (others).
///
/// No parser: the patterns are the ones news prose uses around figures, tried in an order that
/// depends on the kind and form of the figure:
/// - "X of Y" and, for money, "X in Y": "80% of voters" is about voters, "$7 billion in assets"
///   about assets;
/// - the noun phrase right after the figure: "7 million refugees", "80% poverty", "a 72-hour
///   timeframe", "the November 29 Axios report";
/// - the noun phrase before a verb that leads to the figure: "the call, lasting 12 minutes",
///   "GDP shrunk 75%", "The telephone conversation, held on November 21 and lasting less than
///   15 minutes", "Hyperinflation peaking at 1.7 million percent";
/// - for an age, the person: "Maduro, 62", "35-year-old teacher Sofia Ramirez", "she was five".
/// The result is lowercased and keeps the words as written ("high-ranking chavista officials").
///
/// Methods of the scan, not a finder holding a copy of it (see `time(of:spanning:)`).
extension FigureScan {

    /// The subject of a figure of `kind` and `form`, looked for around `span` (the mention's
    /// `subjectSpan`, else its tokens).
    func subject(of kind: ClaimKind, form: Mention.Form, span: Range<Int>) -> String {
        guard let range = subjectRange(of: kind, form: form, span: span) else { return "" }
        return words(range)
    }

    /// The subject of a figure of `kind` and `form` spanning `span`.
    ///
    /// Given the two fields it reads rather than the mention: the search leftwards copied each
    /// mention it came to out of `mentions` (retaining its value) only to read these, and
    /// destroyed the copy (`subjectBefore`: 10.5M -> 10.2M instructions on 1,000 articles).
    private func subjectRange(of kind: ClaimKind, form: Mention.Form, span: Range<Int>, depth: Int = 0) -> Range<Int>? {
        let after = span.upperBound
        switch kind {
        case .number, .percentage, .money:
            if form == .attributive, let phrase = nounPhrase(startingAt: after) { return phrase }
            if let phrase = ofPhrase(at: after) { return phrase }
            if kind == .money, isWord(after, W.in_), let phrase = nounPhrase(startingAt: skipDeterminers(after + 1)) {
                return phrase
            }
            // "470 pence a share", "$5 per barrel": a rate, not what the figure is about.
            if !has(after, .rate), !isComparisonIdiom(after), let phrase = nounPhrase(startingAt: after), !isVerb(phrase.lowerBound) {
                return phrase
            }
            if let phrase = subjectBefore(span.lowerBound, depth: depth) { return phrase }
            if isVerbLike(after) { return after..<after + 1 }
            return nil
        case .duration:
            if form == .attributive, let phrase = nounPhrase(startingAt: after) { return phrase }
            if let phrase = subjectBefore(span.lowerBound, depth: depth) { return phrase }
            return ofPhrase(at: after)
        case .age:
            switch form {
            case .apposition:
                let mark = span.lowerBound - 1
                return nounPhraseBefore(isMark(mark, ",") || isMark(mark, "(") ? mark - 1 : mark)
            case .attributive: return nounPhrase(startingAt: after, allowNames: true)
            case .plain: return subjectBefore(span.lowerBound, depth: depth)
            }
        case .date, .weekdayDate, .year, .span:
            if form == .attributive, let phrase = nounPhrase(startingAt: after) { return phrase }
            if let phrase = frontedClauseSubject(span) { return phrase }
            return subjectBefore(span.lowerBound, depth: depth)
        case .quote, .attribution, .role, .location:
            return nil
        }
    }

    // MARK: Patterns

    /// "of the voters" after the figure.
    private func ofPhrase(at index: Int) -> Range<Int>? {
        guard isWord(index, W.of) else { return nil }
        return nounPhrase(startingAt: skipDeterminers(index + 1), allowNames: true)
    }

    /// A date opening the sentence ("The following day, Trump ordered ...", "In 2018, ...") is
    /// about the clause after its comma: its subject and verb.
    private func frontedClauseSubject(_ span: Range<Int>) -> Range<Int>? {
        var start = span.lowerBound
        if start > 0, has(start - 1, .preposition) { start -= 1 }
        guard start == 0, isMark(span.upperBound, ",") else { return nil }
        let clause = skipDeterminers(span.upperBound + 1)
        guard let phrase = nounPhrase(startingAt: clause, allowNames: true) else { return nil }
        var verb = phrase.upperBound
        while has(verb, .auxiliary) || has(verb, .adverb) { verb += 1 }
        if isVerbLike(verb) { return phrase.lowerBound..<verb + 1 }
        return phrase
    }

    /// What a figure is about, read leftwards: past a preposition ("rate of 96%", "peaking at
    /// 1.7 million percent"), another figure ("75% since 2013"), a verb and its helpers
    /// ("has left", "lasting"), a coordinated participle ("held on November 21 and lasting"),
    /// and the comma of an appositive participle ("The call, lasting").
    private func subjectBefore(_ start: Int, depth: Int = 0) -> Range<Int>? {
        var at = start - 1
        var crossedPreposition = false
        var steps = 0
        while at >= 0, steps < 12 {
            steps += 1
            if has(at, .adverb) || isWord(at, W.early) || isWord(at, W.late) || isWord(at, W.mid) {
                at -= 1
            } else if let found = mentionIndex(covering: at) {
                // "1.7 million percent in 2018": the year is when that figure held, so it is
                // about what the figure is about. "75% since 2013": look past the figure.
                let kind = mentions[found].kind
                if crossedPreposition, depth == 0, kind != .date, kind != .year {
                    return subjectRange(
                        of: kind, form: mentions[found].form, span: mentions[found].subjectSpan ?? mentions[found].tokens,
                        depth: depth + 1
                    )
                }
                at = mentions[found].tokens.lowerBound - 1
            } else if has(at, .preposition), !crossedPreposition {
                crossedPreposition = true
                at -= 1
            } else {
                break
            }
        }
        guard at >= 0 else { return nil }
        if isVerbLike(at) || has(at, .auxiliary) {
            let verb = at
            at = skipVerbChain(from: at)
            if let earlier = coordinatedVerb(before: at) { at = skipVerbChain(from: earlier) }
            // "The call, lasting ...", "The conversation, held on ...": the participle's noun.
            if isMark(at, ",") { at -= 1 }
            if let phrase = nounPhraseBefore(at) { return phrase }
            if has(at, .pronoun) { return at..<at + 1 }
            return verb..<verb + 1
        }
        if isContent(at) { return nounPhraseBefore(at) }
        if has(at, .pronoun) { return at..<at + 1 }
        return nil
    }

    /// Back over "has been", "had", "reportedly": returns the token before the verb group.
    private func skipVerbChain(from index: Int) -> Int {
        var at = index - 1
        while at >= 0, index - at < 8, has(at, .auxiliary) || has(at, .adverb) || (isVerbLike(at) && !isMark(at + 1, ",")) {
            at -= 1
        }
        return at
    }

    /// In "held on November 21 and lasting ...", the verb before "and": the participles share a
    /// subject.
    private func coordinatedVerb(before index: Int) -> Int? {
        guard isWord(index, W.and) || isMark(index, ",") else { return nil }
        var at = index - 1
        var steps = 0
        while at >= 0, steps < 8 {
            if isHardBoundary(at) { return nil }
            if isVerbLike(at), isMark(at - 1, ",") { return at }
            at -= 1
            steps += 1
        }
        return nil
    }

    // MARK: Noun phrases

    /// Content words from `index` on: "refugees", "poverty rate", "high-ranking Chavista
    /// officials", "Axios report". At most five words; stops at a function word, a figure,
    /// punctuation other than a joining hyphen, or an adverb/participle after the first word.
    func nounPhrase(startingAt index: Int, allowNames: Bool = true) -> Range<Int>? {
        var at = index
        var words = 0
        var sawCommonNoun = false
        var nameLength = 0
        while at < count, words < 5 {
            if isContent(at) {
                let capitalized = tokens[at].isCapitalized
                if words > 0, isAdverbLike(at) || (isVerbLike(at) && !isAttachedHyphen(at - 1)) { break }
                if !allowNames, capitalized, words > 0 { break }
                // "teacher Sofia Ramirez huddle": after a title and a full name, a lowercase word
                // is the verb; "Latin America pivot" and "Chavista officials" keep their noun.
                if words > 0, !capitalized, nameLength >= 2, sawCommonNoun { break }
                nameLength = capitalized ? nameLength + 1 : 0
                if !capitalized { sawCommonNoun = true }
                words += 1
                at += 1
                // "300,000 people live ...", "7 million refugees since ...": a plural ends what
                // a count is of, before the verb.
                if !capitalized, isPluralNoun(at - 1), !isAttachedHyphen(at) { break }
            } else if words > 0, isAttachedHyphen(at), isContent(at + 1) || token(at + 1)?.kind == .number {
                at += 1
            } else if words > 0, token(at)?.kind == .number, isAttachedHyphen(at - 1) {
                at += 1
            } else {
                break
            }
        }
        return words > 0 ? index..<at : nil
    }

    /// Content words ending at `end` (inclusive), reading back over possessives ("Sofia's
    /// TikTok"), joining hyphens and "of" between nouns ("Great Wall of China"). When the
    /// phrase is the object of a preposition after another noun phrase ("U.S. aid to opposition
    /// groups"), the first noun phrase is the subject.
    func nounPhraseBefore(_ end: Int) -> Range<Int>? {
        var at = end
        var words = 0
        while at >= 0, words < 5 {
            if isContent(at), !(words > 0 && isVerbLike(at)) {
                words += 1
                at -= 1
            } else if words > 0, isAttachedHyphen(at), isContent(at - 1) {
                at -= 1
            } else if words > 0, tokens.isWord(at, SentenceTokens.possessiveKey), isContent(at - 1) {
                at -= 1
            } else if words > 0, isWord(at, W.of), isContent(at - 1) {
                at -= 1
            } else if words > 0, isInitialDot(at) {
                at -= 1
            } else {
                break
            }
        }
        guard words > 0 else { return nil }
        var range = at + 1..<end + 1
        while isWord(range.lowerBound, W.of) || isMark(range.lowerBound, ".") {
            range = range.lowerBound + 1..<range.upperBound
        }
        // "aid to opposition groups": prefer the head phrase before "to" (other prepositions
        // after a noun phrase usually start a place or a time: "hung heavy over the palace").
        if at >= 1, isWord(at, W.to), isContent(at - 1), !isVerbLike(at - 1),
           let head = nounPhraseBefore(at - 1) {
            return head
        }
        return range
    }

    /// "U.S.": a dot inside an abbreviation of capitals.
    private func isInitialDot(_ index: Int) -> Bool {
        guard isMark(index, "."), let before = token(index - 1), before.kind == .word, before.isCapitalized,
              before.range.count <= 2 else { return false }
        return true
    }

    private func skipDeterminers(_ index: Int) -> Int {
        var at = index
        while has(at, .determiner) || tokens.isWord(at, SentenceTokens.possessiveKey) { at += 1 }
        return at
    }

    // MARK: Word classes

    /// A word that can be part of a noun phrase: not a function word, verb, pronoun, figure.
    func isContent(_ index: Int) -> Bool {
        guard let token = token(index), token.kind == .word, !isTaken(index) else { return false }
        if token.key == SentenceTokens.possessiveKey { return false }
        if let lexeme = lexeme(index) {
            let excluded: Lexeme.Roles = [.determiner, .preposition, .conjunction, .pronoun, .auxiliary, .verb]
            if !lexeme.roles.isDisjoint(with: excluded) { return false }
            if lexeme.roles.contains(.adverb), !lexeme.roles.contains(.timeAdjective) { return false }
            if lexeme.relative != nil, lexeme.relative != .weekend { return false }
        }
        return true
    }

    /// A verb form: known verbs and helpers, and lowercase words in -ed or -ing that do not
    /// follow a determiner ("the meeting" is a noun).
    func isVerbLike(_ index: Int) -> Bool {
        guard let token = token(index), token.kind == .word else { return false }
        if let lexeme = lexeme(index) {
            if lexeme.roles.contains(.verb) || lexeme.roles.contains(.auxiliary) { return true }
            if !lexeme.roles.isDisjoint(with: [.determiner, .preposition, .conjunction, .pronoun]) { return false }
            if lexeme.scale != nil || lexeme.cardinal != nil || lexeme.month != nil { return false }
        }
        return isParticiple(index)
    }

    /// A verb that cannot start a noun phrase after a figure: "200 gathered", "50 died" (but
    /// "$1.2 trillion spending bill" starts with a noun).
    private func isVerb(_ index: Int) -> Bool {
        if has(index, .verb) || has(index, .auxiliary) { return true }
        return isParticiple(index) && !tokens.hasSuffix(index, "ing")
    }

    private func isParticiple(_ index: Int) -> Bool {
        guard let token = token(index), token.kind == .word, !token.isCapitalized, token.range.count >= 5,
              token.key != .unrepresentable else { return false }
        if has(index - 1, .determiner) || tokens.isWord(index - 1, SentenceTokens.possessiveKey) { return false }
        // "need", "speed", "greed" are not past forms; "agreed", "guaranteed" are.
        if tokens.hasSuffix(index, "eed"), token.range.count <= 5 { return false }
        return tokens.hasSuffix(index, "ed") || tokens.hasSuffix(index, "ing")
    }

    /// "refugees", "people", "posts": a lowercase plural (not "-ss", "-us", "-is").
    private func isPluralNoun(_ index: Int) -> Bool {
        if tokens.isWord(index, W.people.key) { return true }
        guard tokens.hasSuffix(index, "s"), tokens[index].range.count > 3 else { return false }
        return !tokens.hasSuffix(index, "ss") && !tokens.hasSuffix(index, "us") && !tokens.hasSuffix(index, "is")
    }

    /// "year on year", "month-on-month" after a figure: how it is measured, not what it is of.
    private func isComparisonIdiom(_ index: Int) -> Bool {
        guard lexeme(index)?.unitSeconds != nil else { return false }
        var at = index + 1
        if isHyphen(at) { at += 1 }
        guard isWord(at, W.on) else { return false }
        at += 1
        if isHyphen(at) { at += 1 }
        return lexeme(at)?.unitSeconds != nil
    }

    private func isAdverbLike(_ index: Int) -> Bool {
        guard let token = token(index), token.kind == .word, !token.isCapitalized, token.range.count > 4 else { return false }
        if has(index, .timeAdjective) { return false }
        return tokens.hasSuffix(index, "ly")
    }

    private func isAttachedHyphen(_ index: Int) -> Bool {
        isHyphen(index) || (isMark(index, "-") && tokens.isAttached(index) && tokens.isAttached(index + 1))
    }

    private func isHardBoundary(_ index: Int) -> Bool {
        guard let token = token(index), token.kind == .punctuation else { return false }
        return [0x3B, 0x3A, 0x28, 0x29, 0x2014, 0x201C, 0x201D, 0x22, 0x2E].contains(token.scalar)
    }

    // MARK: Text

    /// The phrase's words, lowercased, with white space collapsed.
    private func words(_ range: Range<Int>) -> String {
        // Rebuilt from the tokens, one space where the text had any white space, so a line
        // break inside a phrase does not reach the subject.
        let source = tokens.bytes
        var length = 0
        for index in range {
            if index > range.lowerBound, tokens[index].spaceBefore { length += 1 }
            length += tokens[index].range.count
        }
        var ascii = true
        let text = String(unsafeUninitializedCapacity: length) { buffer in
            var at = 0
            for index in range {
                let token = tokens[index]
                if index > range.lowerBound, token.spaceBefore {
                    buffer[at] = 0x20
                    at += 1
                }
                for offset in token.range {
                    let byte = source[offset]
                    if byte >= 0x80 { ascii = false }
                    buffer[at] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                    at += 1
                }
            }
            return at
        }
        return ascii ? text : text.lowercased()
    }
}
