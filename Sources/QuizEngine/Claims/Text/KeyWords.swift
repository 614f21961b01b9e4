/// The words that say what a stretch of a sentence is about, for a claim's subject: content
/// words in text order, lower case, with a person's name written as the article's fullest form.
///
/// "the regime attempted to reopen communication channels" gives "regime attempted reopen
/// communication channels"; "Trump rejected nearly all the conditions" gives "donald trump
/// rejected conditions". Function words, numbers, reporting verbs and punctuation are left out,
/// so the same report worded slightly differently gives mostly the same words.
struct KeyWords {
    let analysis: ArticleAnalysis
    let passageIndex: Int
    /// Byte ranges of figures and dates found in the sentence ("12 minutes"): their words are the
    /// figure, not what it is about.
    var figures = SentenceClaims([], kinds: [])

    func of(_ range: Range<Int>, limit: Int = 5) -> String {
        let passage = analysis.passages[passageIndex]
        var words: [String] = []
        var i = range.lowerBound
        while i < range.upperBound, words.count < limit {
            let token = passage.tokens[i]
            if let mention = passage.name(covering: i), mention.isPerson {
                let name = Lowercase.of(analysis.displayName(mention, in: passage))
                if !words.contains(name) { words.append(name) }
                i = max(i + 1, mention.run.upperBound)
                continue
            }
            defer { i += 1 }
            guard token.kind == .word, !figures.covers(token.start) else { continue }
            if token.is(.function) || token.is(.adverb) || token.is(.copula) || token.is(.speechVerb)
                || token.is(.reportVerb) || token.is(.firstOrSecondPerson) || token.is(.numberWord) {
                continue
            }
            let word = Lowercase.of(passage.stem(i))
            if !words.contains(word) { words.append(word) }
        }
        return words.joined(separator: " ")
    }
}
