/// Finds the role phrase written next to a name: before it ("Venezuelan exile analyst Carlos
/// Pascual", "his vice president, Delcy Rodríguez") or after it in apposition ("Carlos Pascual,
/// a former U.S. ambassador", "Nicholas, 34, a regime spokesperson").
///
/// A role phrase is a few modifier words ending in a role noun from `RoleWords`; anything else
/// ("Maduro, 62, whose 11-year rule", "Machado, barred from 2024 races") is not a role.
struct RolePhrases {
    let passage: PassageAnalysis

    /// A role phrase ending right before token `start` (directly, or followed by a comma).
    /// Returns the phrase's tokens (possessor and commas excluded) and the possessor's token
    /// ("Maduro’s" in "Maduro’s envoy Jorge Rodríguez").
    func before(_ start: Int) -> (phrase: Range<Int>, possessor: Int?)? {
        let tokens = passage.tokens
        var end = start
        var comma = false
        if end >= 1, tokens[end - 1].isPunctuation(",") {
            end -= 1
            comma = true
        }
        guard end >= 1, isRoleHead(tokens[end - 1]) else { return nil }
        var first = end - 1
        var possessor: Int?
        var i = end - 2
        var plainNouns = 0
        while i >= 0, end - i <= 7 {
            let token = tokens[i]
            if token.kind == .word, token.isPossessive, token.isCapitalized, !token.is(.function) {
                possessor = i
                break
            }
            if !(isModifier(token) || isRoleHead(token)) {
                // "rescue chief", "civil protection commander", "border czar": up to two plain
                // nouns in front of the role word.
                guard plainNouns < 2, isNounModifier(i) else { break }
                plainNouns += 1
            }
            first = i
            i -= 1
        }
        if comma {
            // "his vice president, Delcy Rodríguez": the phrase must start a noun phrase, or it
            // is the end of a list ("teachers, doctors, Sofia").
            let before = first - 1
            let opensPhrase = possessor != nil || before < 0 || tokens[before].is(.determiner) || tokens[before].is(.possessivePronoun)
            guard opensPhrase else { return nil }
        }
        return (first..<end, possessor)
    }

    /// A role phrase in apposition after token `end` (exclusive): ", a former U.S. ambassador".
    /// Skips an age (", 34,").
    func after(_ end: Int) -> Range<Int>? {
        let tokens = passage.tokens
        let n = tokens.count
        var i = end
        guard i < n, tokens[i].isPunctuation(",") else { return nil }
        i += 1
        if i + 1 < n, tokens[i].kind == .number, tokens[i + 1].isPunctuation(",") { i += 2 }
        return phrase(at: i)
    }

    /// A role phrase starting at token `start`, with or without an article: "a regime
    /// spokesperson", "vice president of Venezuela", "the son of ...". It must end in a role noun
    /// followed by punctuation, a preposition, a relative pronoun or "and"; a capitalised "of"
    /// tail is kept ("vice president of Venezuela").
    func phrase(at start: Int) -> Range<Int>? {
        let tokens = passage.tokens
        let n = tokens.count
        var i = start
        var hasDeterminer = false
        if i < n, tokens[i].kind == .word, tokens[i].isWord(.a) || tokens[i].isWord(.an) || tokens[i].isWord(.the) {
            hasDeterminer = true
            i += 1
        }
        let phraseStart = i
        var lastRole: Int?
        var j = i
        while j < n, j - phraseStart < 9 {
            let token = tokens[j]
            if token.kind == .punctuation { break }
            // "the founder and chief executive": two roles joined.
            if token.isWord(.and), lastRole == j - 1, j + 1 < n, isModifier(tokens[j + 1]) || isRoleHead(tokens[j + 1]) {
                j += 1
                continue
            }
            if token.is(.preposition) || token.is(.relative) || token.is(.conjunction) { break }
            if token.kind == .number { return nil }
            if isRoleHead(token) {
                lastRole = j
            } else if !isModifier(token) && token.isCapitalized && !(j == phraseStart && token.isPossessive) {
                break                       // "Brightline's chief executive" keeps its owner
            }
            j += 1
        }
        guard let head = lastRole, head == j - 1, j > phraseStart else { return nil }
        if !hasDeterminer {
            let first = tokens[phraseStart]
            guard isModifier(first) || isRoleHead(first) || first.isPossessive && first.isCapitalized else { return nil }
        }
        guard j >= n || isPhraseEnd(j) else { return nil }
        var phraseEnd = j
        if j + 1 < n, tokens[j].isWord(.of) || tokens[j].isWord(.to) || tokens[j].isWord(.for) {
            var k = j + 1
            if k < n, tokens[k].isWord(.the) { k += 1 }
            var tail = k
            while tail < n, tokens[tail].kind == .word, tokens[tail].isCapitalized { tail += 1 }
            if tail > k { phraseEnd = tail }
        }
        return phraseStart..<phraseEnd
    }

    /// The role a phrase's tokens say, normalised: role words lower case, abbreviated titles
    /// written out ("Sen." is "senator"), adjectives of origin and acronyms as written
    /// ("Venezuelan president", "former U.S. ambassador"). Nil when no word in it is a role.
    func roleText(_ range: Range<Int>, possessor: Int? = nil) -> String? {
        let tokens = passage.tokens
        var words: [String] = []
        var hasRole = false
        if let possessor { words.append(passage.text(tokens[possessor].range)) }
        var i = range.lowerBound
        while i < range.upperBound {
            let token = tokens[i]
            defer { i += 1 }
            guard token.kind == .word else { continue }
            if token.is(.titleAbbreviation), i + 1 < range.upperBound + 1, i + 1 < tokens.count, tokens[i + 1].isPunctuation("."),
               let long = ProseLexicon.shared.expansion(ofAbbreviation: token.key) {
                if !long.isEmpty {
                    words.append(long)
                    hasRole = true
                }
                continue
            }
            let nextIsRole = i + 1 < tokens.count && (tokens[i + 1].is(.title) || tokens[i + 1].is(.roleNoun))
            let opensSentence = token.isCapitalized && passage.sentenceStart(before: i) == i
                && (passage.name(covering: i).map { $0.kind == .unknown || $0.kind == .organization } ?? true)
            if token.flags.contains(.allCaps), isRoleHead(token) {
                words.append(passage.text(token.range))                    // "CEO"
                hasRole = true
            } else if opensSentence, !token.is(.demonym), !token.flags.contains(.allCaps), !token.flags.contains(.dotted) {
                words.append(Lowercase.of(passage.text(token.range)))       // "Union president" opening a sentence
                if isRoleHead(token) { hasRole = true }
            } else if token.is(.demonym) || token.flags.contains(.dotted) || token.flags.contains(.allCaps) {
                words.append(passage.text(token.range))
            } else if isRoleHead(token) || token.is(.roleNoun) {
                if isRoleHead(token) { hasRole = true }
                words.append(Lowercase.of(passage.text(token.range)))
            } else if token.is(.roleModifier), !token.isCapitalized || (nextIsRole && !token.is(.orgWord)) {
                // "Foreign Minister", "Vice President": a title's words; "White House" stays a name.
                words.append(Lowercase.of(passage.text(token.range)))
            } else {
                words.append(passage.text(token.range))
            }
        }
        return hasRole ? words.joined(separator: " ") : nil
    }

    private func isPhraseEnd(_ index: Int) -> Bool {
        let token = passage.tokens[index]
        if token.kind == .punctuation {
            return token.isPunctuation(",") || token.isPunctuation(".") || token.isPunctuation(";")
                || token.isPunctuation(":") || token.isPunctuation(")") || token.scalar == 0x2014 || token.scalar == 0x2013
        }
        return token.is(.preposition) || token.is(.relative) || token.isWord(.and)
    }

    /// A word that can end a role phrase: "analyst", "envoy", "president", "Sen.".
    func isRoleHead(_ token: ProseToken) -> Bool {
        token.kind == .word && (token.is(.roleNoun) || token.is(.title)) && !token.isPossessive
            && !(token.isCapitalized && token.is(.givenName))
    }

    /// A lower-case word that can stand in front of a role word as a noun ("rescue" chief,
    /// "border" czar): not a function word, verb, adverb or number, and not shaped like a
    /// participle or an adverb ("visited", "leading", "quickly"). A capitalised word opening the
    /// sentence counts when it is not a name ("Civil protection commander").
    func isNounModifier(_ index: Int) -> Bool {
        let token = passage.tokens[index]
        guard token.kind == .word, !token.isPossessive, !token.flags.contains(.dotted) else { return false }
        if token.isCapitalized {
            guard let mention = passage.name(covering: index) else { return passage.sentenceStart(before: index) == index }
            guard mention.kind == .unknown, mention.isSentenceInitial, mention.run.count == 1 else { return false }
        }
        let verbs: WordClass = [
            .function, .adverb, .speechVerb, .reportVerb, .moveVerb, .stayVerb, .travelVerb, .copula, .namingVerb,
            .numberWord, .subordinator, .born, .givenName,
        ]
        guard !token.is(verbs) else { return false }
        // Participle and adverb endings, read from the bytes: "-ed", "-ing", "-ly".
        return passage.withBytes { bytes in
            let end = token.end
            func endsWith(_ suffix: StaticString) -> Bool {
                let count = suffix.utf8CodeUnitCount
                guard end - token.start > count else { return false }
                for k in 0..<count where bytes[end - count + k] | 0x20 != suffix.utf8Start[k] { return false }
                return true
            }
            return !(endsWith("ed") || endsWith("ing") || endsWith("ly"))
        }
    }

    /// A word that can qualify a role: "former", "opposition", "U.S.", "Venezuelan".
    func isModifier(_ token: ProseToken) -> Bool {
        guard token.kind == .word, !token.isPossessive else { return false }
        if token.flags.contains(.dotted) || token.flags.contains(.allCaps) { return true }
        return token.is(.roleModifier) || token.is(.demonym) || token.is(.roleNoun)
    }
}

