/// Pairs of quotations in a story that share wording, found through an index of word pairs
/// rather than by comparing every quote with every other.
struct QuotePairs {
    /// A class: the checks pass quotes around in pairs, groups and lists, and as a struct each
    /// copy retained and released the half-dozen arrays of its wording and speaker (8,000
    /// copies on 1,000 articles, 0.2% of a compile).
    final class Quote {
        let claim: IndexedClaim
        let wording: QuoteWording
        let speaker: PersonName?
        /// Its position in `quotes`: the checks that group quotes of pairs look it up here, not
        /// in a dictionary by claim.
        let index: Int

        init(claim: IndexedClaim, wording: QuoteWording, speaker: PersonName?, index: Int) {
            self.claim = claim
            self.wording = wording
            self.speaker = speaker
            self.index = index
        }
    }

    struct Pair {
        let first: Quote
        let second: Quote
        let relation: QuoteWording.Relation
    }

    let quotes: [Quote]
    let pairs: [Pair]

    /// Two neighbouring words of a quote, by their numbers in this index, within a story.
    struct Bigram: Equatable {
        let story: Int
        let first: Int32
        let second: Int32
    }

    /// The quotes that use one word pair: the newest's link, how many, and the newest quote.
    struct Posting: Equatable {
        let head: Int32
        let count: Int
        let last: Int
    }

    /// Word pairs shared by more quotes than this say little (a slogan, a stock phrase) and are
    /// not followed, which also keeps the work linear.
    static let postingLimit = 48

    init(context: CheckContext) {
        var quotes: [Quote] = []
        for claim in context.claims {
            guard let reading = context.quoteReading(claim), reading.wording.tokens.count >= 4 else { continue }
            quotes.append(Quote(claim: claim, wording: reading.wording, speaker: reading.speaker, index: quotes.count))
        }
        // Words are numbered once, so word pairs are hashed and compared as numbers: as pairs of
        // strings, hashing them was most of this index's cost. Negative numbers are stopwords.
        var words = WordNumbers()
        // For each word pair, the quotes that use it (up to `postingLimit`), as a chain through
        // `links`, newest first: one dictionary entry per pair and no array per pair.
        var postings = PostingTable(capacity: 0)
        var links: [(quote: Int32, next: Int32)] = []
        // Pairs of quotes sharing two word pairs or more, each with the earlier quote first.
        var candidates: [(first: Int, second: Int)] = []
        // For the quote being read: how many word pairs it shares with each earlier one, and
        // which earlier ones it shares any with.
        var shared = [Int32](repeating: 0, count: quotes.count)
        var touched: [Int] = []
        let numbered = quotes.map { quote in
            let wording = quote.wording
            var tokens: [Int32] = []
            tokens.reserveCapacity(wording.tokens.count)
            for (token, id) in zip(wording.tokens, wording.ids) { tokens.append(words.number(token, id: id)) }
            return QuoteWording.Words(tokens: tokens, fragments: wording.fragments)
        }
        // Room for every word pair up front: grown from empty, the table was rehashed a dozen
        // times per story batch.
        let wordPairs = numbered.reduce(0) { $0 + max(0, $1.tokens.count - 1) }
        postings = PostingTable(capacity: wordPairs)
        links.reserveCapacity(wordPairs)
        for (index, quote) in quotes.enumerated() {
            let story = context.story(quote.claim.ref)
            let tokens = numbered[index].tokens
            for k in 0..<max(0, tokens.count - 1) {
                let (x, y) = (tokens[k], tokens[k + 1])
                if x < 0, y < 0 { continue }
                let key = Bigram(story: story, first: x, second: y)
                // One hash look-up for a pair seen before: found by index, updated in place.
                guard let found = postings.find(key) else {
                    links.append((Int32(index), -1))
                    postings.add(key, Posting(head: Int32(links.count - 1), count: 1, last: index))
                    continue
                }
                let posting = postings[found]
                // Already posted for this quote (a repeated word pair), or followed by too many
                // quotes to say anything.
                if posting.last == index || posting.count >= QuotePairs.postingLimit { continue }
                var link = posting.head
                while link >= 0 {
                    let other = Int(links[Int(link)].quote)
                    if shared[other] == 0 { touched.append(other) }
                    shared[other] += 1
                    link = links[Int(link)].next
                }
                links.append((Int32(index), posting.head))
                postings[found] = Posting(head: Int32(links.count - 1), count: posting.count + 1, last: index)
            }
            for other in touched {
                if shared[other] >= 2 { candidates.append((other, index)) }
                shared[other] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        candidates.sort { $0.first != $1.first ? $0.first < $1.first : $0.second < $1.second }
        var pairs: [Pair] = []
        for (first, second) in candidates {
            let (a, b) = (quotes[first], quotes[second])
            guard a.claim.ref != b.claim.ref || a.claim.claim.range != b.claim.claim.range else { continue }
            let relation = QuoteWording.relation(numbered[first], numbered[second])
            if relation != .unrelated { pairs.append(Pair(first: a, second: b, relation: relation)) }
        }
        self.quotes = quotes
        self.pairs = pairs
    }
}

extension QuotePairs {
    /// Numbers for the words of quotations: the same token the same number, numbered in the
    /// order first seen from 1, negative for stopwords.
    ///
    /// A token read from a word written in ASCII is its word's text in the run's table
    /// (`QuoteWording.ids`), so its number is also kept by that id and found again in an array:
    /// numbering each token by its bytes again was a tenth of finding the quote pairs. Every
    /// token is numbered by its bytes the first time, so ids only shorten the way to the
    /// number the bytes give. Ids are those of one table (the run's, which reads every quote).
    struct WordNumbers {
        private var words = ByteWordSet()
        /// By position in `words`.
        private var assigned: [Int32] = []
        /// By table id: the number, or 0 for an id not numbered yet.
        private var byID: [Int32] = []

        /// The number of `token`.
        mutating func number(_ token: String) -> Int32 {
            let (index, isNew) = words.number(token)
            if isNew {
                let next = Int32(index + 1)
                assigned.append(CheckLexicon.stopwords.contains(token) ? -next : next)
            }
            return assigned[index]
        }

        /// The number of `token`, whose text is that of the word `id` in the table when `id`
        /// is not negative.
        mutating func number(_ token: String, id: Int32) -> Int32 {
            guard id >= 0 else { return number(token) }
            let slot = Int(id)
            if slot < byID.count, byID[slot] != 0 { return byID[slot] }
            let number = number(token)
            if slot >= byID.count { byID.append(contentsOf: repeatElement(0, count: max(slot + 1, 2 * byID.count) - byID.count)) }
            byID[slot] = number
            return number
        }
    }
}
