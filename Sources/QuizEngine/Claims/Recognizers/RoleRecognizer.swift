/// People with roles or titles.
///
/// Three shapes, each around a name the article's directory knows as a person:
/// - before the name: "Sen. Marco Rubio", "Venezuelan President Nicolás Maduro", "U.S. envoy
///   Steve Witkoff", "35-year-old teacher Sofia Ramirez", "Maduro’s envoy Jorge Rodríguez",
///   "wife Cilia Flores", and with a comma "his vice president, Delcy Rodríguez";
/// - in apposition after it: "Carlos Pascual, a former U.S. ambassador", "Nicholas, 34, a
///   regime spokesperson", "Carlos Mendoza, 41, a fisherman in Puerto La Cruz";
/// - after a copula: "Rodríguez, who was foreign minister in 2018", "Machado became opposition
///   leader".
///
/// The value is the person's fullest name in the article and the role, normalised by
/// `RolePhrases.roleText`; the subject is the person's name, lower case. A year or date written
/// right after the role ("foreign minister in 2006") becomes the claim's time, so a role held
/// then is not taken to conflict with one held now. Names inside quotations are skipped: they
/// are someone's words, not the article's statement.
enum RoleRecognizer: ClaimRecognizer {
    static var kinds: [ClaimKind] { [.role] }

    static func recognize(_ sentence: inout SentenceContext) {
        guard sentence.sentence.names.contains(where: { $0.isPerson }) else { return }
        let dates = SentenceClaims(sentence.claimsInSentence, kinds: SentenceClaims.dateKinds)
        // Appended straight to the sentence's claims, moved out of the context while the roles
        // are read (see `QuoteRecognizer.recognize`).
        var claims = sentence.claimsInSentence
        sentence.claimsInSentence = []
        appendRoles(in: sentence, dates: dates, to: &claims)
        sentence.claimsInSentence = claims
    }

    /// Appends a claim for each role given to a person of the sentence.
    private static func appendRoles(in sentence: SentenceContext, dates: SentenceClaims, to claims: inout [Claim]) {
        let passage = sentence.sentence
        let analysis = sentence.analysis
        let phrases = RolePhrases(passage: passage)
        var seen = SeenPairs()
        func add(_ range: Range<Int>, person: String, role: String, phraseEnd: Int) {
            guard seen.insert(person, role) else { return }
            let bytes = passage.tokens[range.lowerBound].start..<passage.tokens[range.upperBound - 1].end
            claims.append(sentence.claim(
                .role, range: bytes, value: .role(person: person, role: role), subject: Lowercase.of(person),
                time: time(after: phraseEnd, in: sentence, dates: dates)
            ))
        }
        for mention in passage.names where mention.isPerson && !mention.isQuoted {
            let person = analysis.displayName(mention, in: passage)
            let run = mention.run
            // Before the name. A possessive name takes only titles inside its run: "broker
            // Maduro’s exit" gives Maduro no role.
            var outside = mention.isPossessive ? nil : phrases.before(run.lowerBound)
            if let phrase = outside?.phrase, phrase.lowerBound > 0, passage.tokens[phrase.lowerBound - 1].isWord(.to) {
                outside = nil               // "to broker", "to host": a verb, not a role
            }
            if let outside, passage.tokens[outside.phrase.upperBound].isPunctuation(",") {
                if let role = phrases.roleText(outside.phrase, possessor: outside.possessor) {
                    add((outside.possessor ?? outside.phrase.lowerBound)..<mention.name.upperBound, person: person, role: role, phraseEnd: mention.name.upperBound)
                }
                if let role = phrases.roleText(mention.titleTokens) {
                    add(run.lowerBound..<mention.name.upperBound, person: person, role: role, phraseEnd: mention.name.upperBound)
                }
            } else {
                let start = outside?.phrase.lowerBound ?? run.lowerBound
                let words = start..<mention.titleTokens.upperBound
                if let role = phrases.roleText(words, possessor: outside?.possessor) {
                    add((outside?.possessor ?? start)..<mention.name.upperBound, person: person, role: role, phraseEnd: mention.name.upperBound)
                }
            }
            guard !mention.isPossessive else { continue }
            // In apposition after it.
            if let phrase = phrases.after(run.upperBound), let role = phrases.roleText(phrase) {
                add(run.lowerBound..<phrase.upperBound, person: person, role: role, phraseEnd: phrase.upperBound)
            }
            // After a copula.
            if let (phrase, _) = copularRole(after: run.upperBound, in: passage), let role = phrases.roleText(phrase) {
                add(run.lowerBound..<phrase.upperBound, person: person, role: role, phraseEnd: phrase.upperBound)
            }
        }
    }

    /// "Machado is the opposition leader", "Rodríguez, who was foreign minister", "X served as
    /// ambassador": the role phrase and the copula's index.
    private static func copularRole(after end: Int, in passage: PassageAnalysis) -> (Range<Int>, Int)? {
        let tokens = passage.tokens
        var i = end
        // "Machado, 58, is ...": an age first.
        if i + 2 < tokens.count, tokens[i].isPunctuation(","), tokens[i + 1].kind == .number, tokens[i + 2].isPunctuation(",") { i += 3 }
        if i + 1 < tokens.count, tokens[i].isPunctuation(","), tokens[i + 1].isWord(.who) { i += 2 }
        guard i < tokens.count, tokens[i].is(.copula), !tokens[i].isCapitalized else { return nil }
        let copula = i
        i += 1
        if i < tokens.count, tokens[i].isWord(.as) { i += 1 }
        guard let phrase = RolePhrases(passage: passage).phrase(at: i) else { return nil }
        return (phrase, copula)
    }

    /// A date or year claim (from the recognizers before this one) starting within three words
    /// after the role: "foreign minister in 2006", "vice president since 2018".
    private static func time(after index: Int, in sentence: SentenceContext, dates: SentenceClaims) -> DateValue? {
        let passage = sentence.sentence
        guard index < passage.count else { return nil }
        let from = passage.tokens[index].start
        let to = passage.tokens[min(index + 3, passage.count - 1)].end
        return dates.starting(in: from..<to).lazy.compactMap { ClaimTime.date(of: $0) }.first
    }
}

