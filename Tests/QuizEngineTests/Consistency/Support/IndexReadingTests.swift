@testable import QuizEngine
import Testing

/// What the check index reads around each claim, in place or on demand, is what the plain
/// reading that made it for every claim up front gave.
@Suite("check index readings")
struct IndexReadingTests {
    /// Generated articles, with claims of several kinds on random spans of one or two words.
    static func generated(seed: UInt64, articles count: Int) -> (articles: [Article], claims: [Claim]) {
        var random = SplitMix64(seed: seed)
        let pieces = [
            "the", "poverty", "rate", "of", "80%", "20", "1,200", "$7 billion", "people", "refugees", "born", "in",
            "2018", "Maduro", "Sofia Ramirez", "rose", "from", "to", "per", "month", "reached", "not", "said",
            "voters", "at", "total", "all", "members", "after", "days", "Caracas", "percent", "’s", "é", "Ñandú",
            "averylongwordindeedthatislong",
        ]
        let gaps = [" ", " ", " ", " ", " ", " ", ", ", ". ", " — ", " (", ") ", ": ", "-", ""]
        let kinds: [(ClaimKind, ClaimValue)] = [
            (.number, .number(Quantity(stated: 20, hedge: .exact))),
            (.percentage, .percentage(Quantity(stated: 0.8, hedge: .exact))),
            (.money, .money(Quantity(stated: 7e9, hedge: .exact), currency: "USD")),
            (.span, .span(years: Quantity(stated: 3, hedge: .exact), from: nil, to: nil)),
            (.year, .year(2018)),
            (.duration, .duration(Quantity(stated: 3 * 86_400, hedge: .exact))),
            (.age, .age(Quantity(stated: 52, hedge: .exact))),
        ]
        let subjects = ["", "", "poverty rate", "the number of refugees", "voters"]
        var articles: [Article] = []
        var claims: [Claim] = []
        for a in 0..<count {
            let body = (0..<(1 + random.next(below: 4))).map { _ in
                "Word " + (0..<random.next(below: 30)).map { _ in
                    pieces[random.next(below: pieces.count)] + gaps[random.next(below: gaps.count)]
                }.joined() + "."
            }.joined(separator: "\n\n")
            let text = "---\ntitle: Story \(a)\nid: a\(a)\npublished: 2025-12-01\n---\n" + body
            guard let article = ArticleReader().read(SourceFile(path: "a\(a).md", text: text), sink: DiagnosticSink()) else { continue }
            articles.append(article)
            for passage in article.passages {
                let words = WordScanner.words(in: passage.text, table: PassageWordTable())
                guard !words.isEmpty else { continue }
                for _ in 0..<random.next(below: 4) {
                    let first = random.next(below: words.count)
                    let last = min(words.count - 1, first + random.next(below: 2))
                    let range = words[first].range.lowerBound..<words[last].range.upperBound
                    let utf8 = Array(passage.text.utf8)
                    let (kind, value) = kinds[random.next(below: kinds.count)]
                    claims.append(Claim(
                        kind: kind, article: article.id, passage: passage.id, range: range,
                        text: String(decoding: utf8[range], as: UTF8.self), value: value,
                        subject: subjects[random.next(below: subjects.count)]
                    ))
                }
            }
        }
        return (articles, claims)
    }

    @Test("neighbouring words read in place are those the index copied out for every claim")
    func neighbours() {
        for seed: UInt64 in 1...6 {
            let (articles, claims) = Self.generated(seed: seed, articles: 20)
            let context = CheckContext(articles: articles, claims: claims)
            #expect(!context.claims.isEmpty)
            for claim in context.claims {
                let words = context.words(claim.ref)
                let span = words.indices(covering: claim.claim.range)
                let plain = ReferenceReading.neighbours(words, start: span.lowerBound, end: span.upperBound, table: context.wordTable)
                #expect(Array(claim.before) == plain.before, "\(claim.text) in \(context.passage(claim.ref).text)")
                #expect(Array(claim.after) == plain.after, "\(claim.text) in \(context.passage(claim.ref).text)")
                #expect(claim.near == plain.near)
                #expect(claim.before.first == plain.before.first)
                #expect(Array(claim.before.dropFirst().prefix(2)) == Array(plain.before.dropFirst().prefix(2)))
                #expect(claim.after.contains("to") == plain.after.contains("to"))
            }
        }
    }

    /// The story plan no longer reads passages' vocabularies: the index unions them from the
    /// words it splits passages with claims into, and scans the others for them alone.
    @Test("the vocabularies of every passage, claims or none, are those of its words")
    func passageSummaries() {
        for seed: UInt64 in 21...26 {
            let (articles, claims) = Self.generated(seed: seed, articles: 20)
            // Claims in about half the passages.
            let context = CheckContext(articles: articles, claims: claims.enumerated().filter { $0.offset % 3 != 0 }.map(\.element))
            for entry in context.articles {
                for (index, passage) in entry.article.passages.enumerated() {
                    let words = WordScanner.words(in: passage.text, table: PassageWordTable())
                    let union = words.reduce(Word.Classes()) { $0.union($1.classes) }
                    #expect(context.summary(PassageRef(article: entry.order, index: index)) == union, "\(passage.text)")
                }
            }
        }
    }

    /// A passage's claims are handed to each claim's reading where they lie in the claim groups:
    /// the same claims, in the same order, as the array they were copied into.
    @Test("a passage's claims read in place are those copied out of the claim groups")
    func passageClaimsInPlace() {
        let (_, claims) = Self.generated(seed: 31, articles: 10)
        var random = SplitMix64(seed: 37)
        var groups: [[Claim]] = []
        var rest = claims[...]
        while !rest.isEmpty {
            let count = min(rest.count, 1 + random.next(below: 6))
            groups.append(Array(rest.prefix(count)))
            rest = rest.dropFirst(count)
        }
        let ref = PassageRef(article: 0, index: 0)
        var located: [ClaimLocation] = []
        for (g, group) in groups.enumerated() {
            for (i, claim) in group.enumerated() { located.append(ClaimLocation(ref: ref, range: claim.range, group: Int32(g), index: Int32(i))) }
        }
        for _ in 0..<200 {
            let start = random.next(below: located.count + 1)
            let end = start + random.next(below: located.count - start + 1)
            let inPlace = PassageClaims(located: located[start..<end], groups: groups)
            let copied = located[start..<end].map { groups[Int($0.group)][Int($0.index)] }
            #expect(Array(inPlace) == copied)
            #expect(inPlace.count == copied.count)
        }
    }

    @Test("the nouns next to a figure read by position are those read into arrays")
    func localReadings() {
        for seed: UInt64 in 11...16 {
            let (articles, claims) = Self.generated(seed: seed, articles: 20)
            let context = CheckContext(articles: articles, claims: claims)
            var figures = 0
            for claim in context.claims {
                let words = context.words(claim.ref)
                let span = words.indices(covering: claim.claim.range)
                let plain = ReferenceReading.local(claim.claim, words: words, start: span.lowerBound, end: span.upperBound, table: context.wordTable)
                if plain.phrase != "" { figures += 1 }
                #expect(claim.localPhrase == plain.phrase, "\(claim.text) in \(context.passage(claim.ref).text)")
                #expect(claim.localTopic == plain.topic, "\(claim.text) in \(context.passage(claim.ref).text)")
                #expect(claim.readingRange == plain.readingRange)
                #expect(Array(claim.context) == plain.context, "\(claim.text) in \(context.passage(claim.ref).text)")
                #expect(claim.context.count == plain.context.count)
            }
            #expect(figures > 20)
        }
    }

    @Test("topics read a word at a time are those read as lists of runs")
    func topicsReadFlat() {
        var random = SplitMix64(seed: 41)
        let vocabulary = ["rate", "poverty", "of", "the", "number", "refugees", "toll", "death", "in", "for", "march",
                          "monday", "2018", "people", "total", "cost", "price", "votes", "with", "data", "by", "", "a"]
        for _ in 0..<3_000 {
            let words = (0..<random.next(below: 9)).map { _ in vocabulary[random.next(below: vocabulary.count)] }
            #expect(Topic(words: words) == ReferenceReading.topic(words: words), "\(words)")
            let normalized = words.filter { !Topic.prepositions.contains($0) }
            #expect(Topic(normalized: normalized) == ReferenceReading.topic(segments: [normalized]), "\(normalized)")
            let phrase = words.joined(separator: " ")
            let table = PassageWordTable()
            let referenceTable = PassageWordTable()
            #expect(Topic(words: WordScanner.words(in: phrase, table: table), table: table)
                        == ReferenceReading.topic(words: WordScanner.words(in: phrase, table: referenceTable), table: referenceTable))
        }
        // Past the 64 words marked as they arrive.
        let long = (0..<150).map { vocabulary[$0 % vocabulary.count] }
        #expect(Topic(words: long) == ReferenceReading.topic(words: long))
        #expect(Topic(normalized: long) == ReferenceReading.topic(segments: [long]))
        let measures = (0..<70).map { _ in "rate" } + ["toll", "poverty"]
        #expect(Topic(normalized: measures) == ReferenceReading.topic(segments: [measures]))
    }

    @Test("a passage looked for after the last one is the one its id gives, duplicate ids or not")
    func passagePositions() {
        var random = SplitMix64(seed: 53)
        let (articles, _) = Self.generated(seed: 7, articles: 40)
        for article in articles {
            // The article as read (unique ids), and with ids drawn so that some repeat.
            let repeated = article.passages.map { passage in
                Passage(paragraph: 1 + random.next(below: 2), sentence: 1 + random.next(below: 3), text: passage.text, range: passage.range)
            }
            for passages in [article.passages, repeated] {
                let variant = Article(metadata: article.metadata, source: article.source, bodyOffset: article.bodyOffset,
                                      paragraphs: article.paragraphs, passages: passages, dropped: article.dropped)
                var index: [String: Int] = [:]
                for (i, passage) in passages.enumerated() { index[passage.id] = i }
                let ids = passages.map(\.id) + ["p9.s9", ""]
                for id in ids {
                    for previous in [nil] + passages.indices.map(Optional.some) {
                        #expect(CheckContext.passagePosition(id, after: previous, in: variant, index: PassageIndex(passages)) == index[id], "\(id) after \(String(describing: previous))")
                    }
                }
            }
        }
    }

    /// Short articles are searched in place, long ones through a dictionary: either way, a
    /// passage index finds what a dictionary filled in passage order finds (the last passage
    /// with a repeated id), and knows whether ids repeat.
    @Test("a passage index finds the passage a dictionary by id finds")
    func passageIndexes() {
        var random = SplitMix64(seed: 59)
        for round in 0..<600 {
            let count = random.next(below: 2 * PassageIndex.searchedInPlace + 8)
            // Ids from a pool as large as the article or smaller, so that some repeat.
            let pool = 1 + random.next(below: round % 2 == 0 ? 3 : 9)
            let passages = (0..<count).map { _ in
                Passage(paragraph: 1 + random.next(below: pool), sentence: 1 + random.next(below: pool), text: "x", range: 0..<1)
            }
            var byID: [String: Int] = [:]
            for (i, passage) in passages.enumerated() { byID[passage.id] = i }
            let index = PassageIndex(passages)
            #expect(index.isUnique == (byID.count == passages.count), "\(passages.map(\.id))")
            for id in passages.map(\.id) + ["p99.s99", ""] {
                #expect(index[id] == byID[id], "\(id) in \(passages.map(\.id))")
            }
        }
    }

    @Test("the quote pairs' posting table finds and updates what a dictionary does")
    func postingTable() {
        var random = SplitMix64(seed: 61)
        for capacity in [0, 10, 5_000] {
            var table = PostingTable(capacity: capacity)
            var plain: [Key: QuotePairs.Posting] = [:]
            for step in 0..<6_000 {
                let key = QuotePairs.Bigram(story: [0, 1, 7, -3, Int.max][random.next(below: 5)],
                                            first: Int32(random.next(below: 60)) - 10, second: Int32(random.next(below: 60)) - 10)
                let plainKey = Key(story: key.story, first: key.first, second: key.second)
                let posting = QuotePairs.Posting(head: Int32(step), count: random.next(below: 50), last: step)
                if let found = table.find(key) {
                    #expect(table[found] == plain[plainKey])
                    table[found] = posting
                } else {
                    #expect(plain[plainKey] == nil)
                    table.add(key, posting)
                }
                plain[plainKey] = posting
            }
            for (key, posting) in plain {
                let found = table.find(QuotePairs.Bigram(story: key.story, first: key.first, second: key.second))
                #expect(found.map { table[$0] } == posting)
            }
        }

        struct Key: Hashable {
            let story: Int
            let first: Int32
            let second: Int32
        }
    }

    @Test("a citation cut from the passage in place quotes what one cut through UTF-8 views did")
    func citationsCutInPlace() {
        let (articles, claims) = Self.generated(seed: 71, articles: 15)
        let context = CheckContext(articles: articles, claims: claims)
        for (a, article) in articles.enumerated() {
            for (p, passage) in article.passages.enumerated() {
                let ref = PassageRef(article: a, index: p)
                let count = passage.text.utf8.count
                for lower in stride(from: -2, through: count + 2, by: 1) {
                    for upper in [lower, lower + 1, lower + 2, lower + 3, lower + 7, count, count + 5] where upper >= lower {
                        let cited = context.citation(ref, range: lower..<upper)
                        #expect(cited.quote == ReferenceReading.quote(passage.text, lower..<upper), "\(lower)..<\(upper) of \(passage.text)")
                        #expect(cited.passage == passage.id)
                        #expect(cited.article == article.id)
                    }
                }
            }
        }
    }

    @Test("quotations read a word at a time with the run's table read as they do split into words without one")
    func quotationsWithTable() {
        var random = SplitMix64(seed: 83)
        let pieces = ["word", "Words", "WORD", " ", " ", "[", "]", "...", "…", ".", "’s", "'s", "é", "José", "Ñandú", "ÉCOLE",
                      "—", "1,200", "U.S.", "don't", "naïve", "straße", "日本", "ß"]
        // One table for all, as in a run: words are added to it by earlier quotations.
        let table = PassageWordTable()
        for _ in 0..<3_000 {
            let text = random.text(of: pieces, fewerThan: 16)
            let plain = QuoteWording(text)
            let read = QuoteWording(text, table: table)
            #expect(read.tokens == plain.tokens, "\(text)")
            #expect(read.fragments == plain.fragments, "\(text)")
            #expect(read.display == plain.display, "\(text)")
        }
    }

    @Test("words singularised from their bytes are singularised as by their characters")
    func singularsFromBytes() {
        var random = SplitMix64(seed: 97)
        let pieces = ["s", "es", "ies", "ss", "us", "is", "'s", "x", "ch", "sh", "e", "i", "y", "call", "talk", "a",
                      "é", "\r", "\n", "\r\n", "\u{0600}", "\u{301}", "ṡ", "S", "’"]
        for _ in 0..<20_000 {
            let word = random.text(of: pieces, fewerThan: 6)
            #expect(CheckLexicon.singularize(word) == ReferenceReading.singularize(word), "\(word.unicodeScalars.map(\.value))")
        }
        for word in ["calls", "talks", "parties", "classes", "boxes", "churches", "crashes", "bus", "crisis", "maduro's", "news",
                     "ies", "sies", "\u{0600}s\u{0600}s", "abc\r\n", "ab\rs"] {
            #expect(CheckLexicon.singularize(word) == ReferenceReading.singularize(word), "\(word)")
        }
    }
}

/// The index's readings as they were made before they were read in place or on demand.
enum ReferenceReading {
    /// A plural ending dropped, tested on the word's characters.
    static func singularize(_ word: String) -> String {
        guard word.utf8.count > 3 else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") || word.hasSuffix("'s") { return word }
        if word.hasSuffix("s") { return String(word.dropLast()) }
        return word
    }

    /// The words a citation of a span quotes, cut and compared through the text's UTF-8 view.
    static func quote(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let lower = max(0, min(range.lowerBound, utf8.count)), upper = max(lower, min(range.upperBound, utf8.count))
        let bytes = utf8.dropFirst(lower).prefix(upper - lower)
        let quote = String(decoding: bytes, as: UTF8.self)
        return quote.isEmpty || !quote.utf8.elementsEqual(bytes) ? text : quote
    }

    /// A figure's nouns, their topic, their words joined and the span they widen the claim to,
    /// read into arrays for every figure.
    static func local(
        _ claim: Claim, words: [Word], start: Int, end: Int, table: PassageWordTable
    ) -> (topic: Topic, phrase: String, readingRange: Range<Int>, context: [String]) {
        switch claim.kind {
        case .number, .percentage, .money, .span: break
        default: return (.none, "", claim.range, [])
        }
        var context: [String] = []
        let low = max(0, start - 8), high = min(words.count, end + 8)
        for i in low..<high where (i < start || i >= end) && context.count < 16 {
            let word = words[i]
            if word.is(.function) || word.isNumeric { continue }
            context.append(table.text(word.id))
        }
        let (local, localSpan) = localWords(words, start: start, end: end)
        var readingRange = claim.range
        if let localSpan {
            readingRange = min(claim.range.lowerBound, words[localSpan.lowerBound].range.lowerBound)
                ..< max(claim.range.upperBound, words[localSpan.upperBound - 1].range.upperBound)
        }
        let topic = topic(segments: [local.map { table.normalizedForm($0.id) }])
        return (topic, local.map { table.text($0.id) }.joined(separator: " "), readingRange, context)
    }

    static func localWords(_ words: [Word], start: Int, end: Int) -> ([Word], Range<Int>?) {
        var collected: [Word] = []
        var lastIndex = -1
        var j = end
        while j < words.count, collected.count < 3 {
            let word = words[j]
            if word.afterPause || word.isNumeric { break }
            if word.is(.function) {
                if collected.isEmpty, word.is(.figureLink) {
                    j += 1
                    continue
                }
                break
            }
            if word.is(.unit) { j += 1; continue }
            collected.append(word)
            lastIndex = j
            j += 1
        }
        if !collected.isEmpty { return (collected, end..<(lastIndex + 1)) }
        var k = start - 1
        var back: [Word] = []
        var firstIndex = start
        while k >= 0, back.count < 2 {
            let word = words[k]
            if word.isNumeric { break }
            if word.is([.stopword, .preposition, .linking]) {
                if back.isEmpty { k -= 1; if word.afterPause { break }; continue }
                break
            }
            back.append(word)
            firstIndex = k
            if word.afterPause { break }
            k -= 1
        }
        return back.isEmpty ? ([], nil) : (back.reversed(), firstIndex..<start)
    }

    /// A topic as it was read from split words: runs of words between prepositions.
    static func topic(words: [Word], table: PassageWordTable) -> Topic {
        var segments: [[String]] = [[]]
        for word in words {
            if word.is(.preposition) {
                if !(segments.last?.isEmpty ?? true) { segments.append([]) }
                continue
            }
            if word.is([.stopword, .month, .weekday]) || word.isNumeric { continue }
            segments[segments.count - 1].append(CheckLexicon.normalize(table.text(word.id)))
        }
        return topic(segments: segments)
    }

    /// A topic as it was read from lowercased words.
    static func topic(words raw: [String]) -> Topic {
        var segments: [[String]] = [[]]
        for word in raw {
            if Topic.prepositions.contains(word) {
                if !(segments.last?.isEmpty ?? true) { segments.append([]) }
                continue
            }
            if CheckLexicon.stopwords.contains(word) || CheckLexicon.months.contains(word) || CheckLexicon.weekdays.contains(word) { continue }
            if let first = word.utf8.first, first >= 0x30, first <= 0x39 { continue }
            segments[segments.count - 1].append(CheckLexicon.normalize(word))
        }
        return topic(segments: segments)
    }

    static func topic(segments raw: [[String]]) -> Topic {
        var segments = raw
        segments.removeAll { $0.isEmpty }
        let all = segments.flatMap { $0 }
        let meaningful = all.filter { !CheckLexicon.measureWords.contains($0) }
        let kept = meaningful.isEmpty ? all : meaningful
        var head = ""
        for segment in segments {
            if let last = segment.last(where: { !CheckLexicon.measureWords.contains($0) }) {
                head = last
                break
            }
        }
        if head.isEmpty { head = all.last ?? "" }
        return Topic(words: kept, head: head)
    }

    /// Up to four words before the span and after it, nearest first, as copied strings, and the
    /// vocabularies of the two nearest on each side.
    static func neighbours(
        _ words: [Word], start: Int, end: Int, table: PassageWordTable
    ) -> (before: [String], after: [String], near: Word.Classes) {
        var before: [String] = []
        var near: Word.Classes = []
        var k = start - 1
        while k >= 0, before.count < 4 {
            before.append(table.text(words[k].id))
            if before.count <= 2 { near.formUnion(words[k].classes) }
            if words[k].afterPause || words[k].startsClause { break }
            k -= 1
        }
        var after: [String] = []
        k = end
        while k < words.count, after.count < 4, !words[k].afterPause {
            after.append(table.text(words[k].id))
            if after.count <= 2 { near.formUnion(words[k].classes) }
            k += 1
        }
        return (before, after, near.subtracting(Word.Classes.shape))
    }
}
