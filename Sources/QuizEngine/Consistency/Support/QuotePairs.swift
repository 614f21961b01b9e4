/// Pairs of quotations in a story that share wording, found through an index of word pairs
/// rather than by comparing every quote with every other.
struct QuotePairs {
    struct Quote {
        let claim: IndexedClaim
        let wording: QuoteWording
        let speaker: PersonName?
    }

    struct Pair {
        let first: Quote
        let second: Quote
        let relation: QuoteWording.Relation
    }

    let quotes: [Quote]
    let pairs: [Pair]

    /// Two neighbouring words of a quote, by their numbers in this index, within a story.
    private struct Bigram: Hashable {
        let story: Int
        let first: Int32
        let second: Int32
    }

    /// Word pairs shared by more quotes than this say little (a slogan, a stock phrase) and are
    /// not followed, which also keeps the work linear.
    static let postingLimit = 48

    init(context: CheckContext) {
        var quotes: [Quote] = []
        for claim in context.claims {
            guard let reading = context.quoteReading(claim), reading.wording.tokens.count >= 4 else { continue }
            quotes.append(Quote(claim: claim, wording: reading.wording, speaker: reading.speaker))
        }
        // Words are numbered once, so word pairs are hashed and compared as numbers: as pairs of
        // strings, hashing them was most of this index's cost. Negative numbers are stopwords.
        var numbers: [String: Int32] = [:]
        func number(_ token: String) -> Int32 {
            if let known = numbers[token] { return known }
            let next = Int32(numbers.count + 1)
            let assigned = CheckLexicon.stopwords.contains(token) ? -next : next
            numbers[token] = assigned
            return assigned
        }
        var postings: [Bigram: [Int]] = [:]
        // Pairs of quotes sharing two word pairs or more, each with the earlier quote first.
        var candidates: [(first: Int, second: Int)] = []
        // For the quote being read: how many word pairs it shares with each earlier one.
        var shared: [Int: Int] = [:]
        let numbered = quotes.map { QuoteWording.Words(tokens: $0.wording.tokens.map(number), fragments: $0.wording.fragments) }
        for (index, quote) in quotes.enumerated() {
            let story = context.story(quote.claim.ref)
            shared.removeAll(keepingCapacity: true)
            let tokens = numbered[index].tokens
            for k in 0..<max(0, tokens.count - 1) {
                let (x, y) = (tokens[k], tokens[k + 1])
                if x < 0, y < 0 { continue }
                let key = Bigram(story: story, first: x, second: y)
                if let list = postings[key] {
                    // Already posted for this quote (a repeated word pair), or followed by too
                    // many quotes to say anything.
                    if list.last == index || list.count >= QuotePairs.postingLimit { continue }
                    for other in list { shared[other, default: 0] += 1 }
                }
                postings[key, default: []].append(index)
            }
            for (other, count) in shared where count >= 2 { candidates.append((other, index)) }
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
