/// Flags one report, figure or quotation credited to different sources: the same words put in
/// Trump's mouth in one passage and Rubio's in another; an 80% figure from "an Edison Research
/// poll" here and "a Gallup survey" there; "Axios first reported the call" against "Reuters was
/// first to report it".
///
/// Three patterns, all within a story. The same quotation (word for word, an excerpt, or a
/// version that differs in a word or two) from two people who cannot be the same person. The
/// same figure (same subject, agreeing values) attributed in its own sentence to sources that
/// share nothing, where at least one attribution names where the figure comes from (a poll,
/// survey, study, census, data, estimate). Two sources each said to have been first to report.
///
/// Deliberately let pass: one outlet citing another ("Reuters, citing UNHCR data", then
/// "UNHCR data"); vague sources ("officials", "sources", "analysts"), which can be anyone;
/// outlets that merely repeat a figure ("Reuters reported 50 dead", "the Herald reported 50
/// dead"): several outlets can report the same thing; a quotation the text says was repeated,
/// echoed or quoted by someone else, a joint statement, a chant or slogan; quotations of fewer
/// than five words.
public struct AttributionConflict: ConsistencyCheck {
    public let kind = Finding.Kind.attributionConflict

    public init() {}

    static let echoWords: Set<String> = [
        "echoing", "echoed", "echoes", "echo", "repeating", "repeated", "repeats", "quoting", "quoted", "quotes",
        "borrowing", "joint", "jointly", "both", "together", "chanted", "chanting", "chant", "slogan", "motto",
        "unison", "agreed", "paraphrasing", "paraphrased", "reiterated", "reiterating", "read", "reading", "citing",
    ]
    static let originWords: Set<String> = [
        "poll", "polling", "survey", "study", "census", "data", "estimate", "estimates", "estimated", "count",
        "tally", "analysis", "research", "figure", "figures", "statistic", "statistics", "report", "audit",
        "calculation", "calculations", "model", "projection", "index", "ranking", "per",
    ]
    static let vagueSources: Set<String> = [
        "source", "sources", "official", "officials", "analyst", "analysts", "expert", "experts", "observer",
        "observers", "critic", "critics", "people", "person", "insider", "insiders", "aide", "aides", "diplomat",
        "diplomats", "witness", "witnesses", "resident", "residents", "report", "reports", "media", "press",
        "outlet", "outlets", "authority", "authorities", "government", "estimate", "estimates", "data",
        "according", "some", "several", "many", "u.s", "western", "local", "senior", "familiar", "close",
        "knowledge", "matter", "direct", "two", "three", "cited", "consulted", "person", "administration",
        "officials", "spokesperson", "spokesman", "spokeswoman", "unnamed", "anonymous", "one", "other",
    ]
    static let firstWords: Set<String> = ["first", "broke", "exclusive", "exclusively", "scoop", "originally"]
    static let reportingWords: Set<String> = ["reported", "report", "revealed", "reveal", "published", "story", "news", "broke"]

    public func findings(in context: CheckContext) -> [Finding] {
        sameQuote(context) + sameFigure(context) + firstToReport(context)
    }

    // MARK: One quotation, two speakers

    private func sameQuote(_ context: CheckContext) -> [Finding] {
        // Group quotations that are the same words (identical, excerpts, or nearly so), then
        // report each group once if it holds two people's names: linear, however many articles
        // repeat a line.
        let index = context.quotePairs
        var groups = DisjointSets(count: index.quotes.count)
        var linked = [Bool](repeating: false, count: index.quotes.count)
        for pair in index.pairs {
            guard pair.first.speaker != nil, pair.second.speaker != nil,
                  pair.first.wording.tokens.count >= 5, pair.second.wording.tokens.count >= 5 else { continue }
            switch pair.relation {
            case .identical, .excerpt: break
            case let .variant(similarity) where similarity >= 0.8: break
            default: continue
            }
            let (a, b) = (pair.first.index, pair.second.index)
            groups.union(a, b)
            linked[a] = true
            linked[b] = true
        }
        var members: [Int: [Int]] = [:]
        for i in index.quotes.indices where linked[i] { members[groups.find(i), default: []].append(i) }
        var findings: [Finding] = []
        for root in members.keys.sorted() {
            let quotes = members[root]!.map { index.quotes[$0] }.filter { !mentionsEcho($0.claim, context: context) }
            // Only a speaker written differently can be someone else: a group with one spelling
            // of one speaker (most of them) is let go before resolving it, which would build the
            // story's registry of names for nothing.
            guard let first = quotes.first, let a = first.speaker,
                  quotes.contains(where: { $0.speaker.map { $0.tokens != a.tokens } ?? false }),
                  context.resolve(a, in: first.claim.ref) != nil else { continue }
            guard let second = quotes.first(where: { other in
                guard let b = other.speaker, other.claim.ref != first.claim.ref,
                      context.sameStory(first.claim.ref, other.claim.ref),
                      context.resolve(b, in: other.claim.ref) != nil else { return false }
                return !context.samePerson(a, in: first.claim.ref, b, in: other.claim.ref)
            }), let b = second.speaker else { continue }
            let (x, y) = (first.claim, second.claim)
            let (na, nb) = (context.resolve(a, in: x.ref)?.display ?? a.display, context.resolve(b, in: y.ref)?.display ?? b.display)
            let summary = "The same quotation is credited to \(na) in one place and to \(nb) in another."
            var explanation = "\(Phrasing.quoted(context.quote(x, widened: false))) is attributed to \(na); "
            explanation += "\(Phrasing.quoted(context.quote(y, widened: false))) is attributed to \(nb). "
            explanation += "These are the same words, and nothing says one was repeating the other, so the quotation cannot belong to both."
            findings.append(Finding(
                kind: kind, confidence: 0.8, summary: summary, explanation: explanation,
                citations: [context.citation(x, widened: false), context.citation(y, widened: false)]
            ))
        }
        return findings
    }

    private func mentionsEcho(_ claim: IndexedClaim, context: CheckContext) -> Bool {
        context.summary(claim.ref).contains(.echo)
    }

    // MARK: One figure, two sources

    struct Sourced {
        let claim: IndexedClaim
        let figure: FigureInterval
        let dimension: String
        let sources: [Set<String>]
        let origin: Bool
        let names: [String]
    }

    /// What the words of an attribution name, as `sameFigure` compares sources: their folded
    /// forms other than vague sources, stopwords and origin words, and whether one is an origin
    /// word ("poll", "study").
    ///
    /// A word in plain ASCII is its own folded form, and the scanner gave it the classes of
    /// those vocabularies, so it is sorted by a bit test: looking every word up in four sets of
    /// strings was most of what reading an attribution cost. Other words are looked up.
    static func sourceReading(_ words: [Word], table: PassageWordTable) -> (tokens: Set<String>, origin: Bool) {
        var tokens = Set<String>()
        var origin = false
        for word in words {
            let text = table.text(word.id)
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                if word.is(.origin) { origin = true }
                if !word.is([.vagueSource, .stopword, .origin]) { tokens.insert(text) }
                continue
            }
            if Self.originWords.contains(text) { origin = true }
            let token = PersonName.fold(text)
            if !Self.vagueSources.contains(token), !CheckLexicon.stopwords.contains(token), !Self.originWords.contains(token) {
                tokens.insert(token)
            }
        }
        return (tokens, origin)
    }

    /// Sources are read (`sourceReading`) and intervals (`CheckContext.figure`) only for
    /// figures that share a bucket with another attributed figure: most attributed figures of a
    /// story share it with none, and reading every attribution next to a figure was most of
    /// what this check cost (28.2M instructions compiling 1,000 articles; 7.7M now). Buckets
    /// are then taken in the order of their first figure with a source, as grouping only the
    /// figures with sources would order them.
    private func sameFigure(_ context: CheckContext) -> [Finding] {
        // What each attribution names, read once however many figures share its sentence.
        var readings: [Int: (tokens: Set<String>, origin: Bool)] = [:]
        func reading(_ other: IndexedClaim, source: String) -> (tokens: Set<String>, origin: Bool) {
            if let known = readings[other.position] { return known }
            let named = Self.sourceReading(WordScanner.words(in: source, table: context.wordTable), table: context.wordTable)
            let origin = other.before.prefix(3).contains(where: Self.originWords.contains)
                || other.after.prefix(3).contains(where: Self.originWords.contains)
                || named.origin
            let result = (named.tokens, origin)
            readings[other.position] = result
            return result
        }
        // Figures with an attribution in their sentence: the only ones that can have a source.
        var attributed: [(claim: IndexedClaim, dimension: String)] = []
        for claim in context.claims {
            let dimension: String
            switch claim.value {
            case .number: dimension = "count"
            case .percentage: dimension = "percent"
            case let .money(_, c): dimension = "money:" + c
            default: continue
            }
            guard !claim.topic.isEmpty, claim.cues.isDisjoint(with: [.change, .modal, .negated, .range]) else { continue }
            guard context.claims(in: claim.ref).contains(where: { if case .attribution = $0.value { true } else { false } }) else { continue }
            attributed.append((claim, dimension))
        }
        var buckets: [[Sourced]] = []
        let candidates = Buckets.group(attributed) {
            StoryKey(context.story($0.claim.ref), KeyPair(first: $0.dimension, second: $0.claim.topic.head))
        }
        for candidate in candidates where candidate.count > 1 {
            var bucket: [Sourced] = []
            for (claim, dimension) in candidate {
                var sources: [Set<String>] = []
                var names: [String] = []
                var origin = false
                for other in context.claims(in: claim.ref) {
                    guard case let .attribution(source) = other.value else { continue }
                    let (tokens, namesOrigin) = reading(other, source: source)
                    guard !tokens.isEmpty else { continue }
                    sources.append(tokens)
                    names.append(source)
                    if namesOrigin { origin = true }
                }
                guard !sources.isEmpty, let figure = context.figure(claim) else { continue }
                bucket.append(Sourced(
                    claim: claim, figure: figure,
                    dimension: dimension, sources: sources, origin: origin, names: names
                ))
            }
            if bucket.count > 1 { buckets.append(bucket) }
        }
        buckets.sort { $0[0].claim.position < $1[0].claim.position }
        var findings: [Finding] = []
        for bucket in buckets {
            var reported = 0
            outer: for i in 0..<min(bucket.count, 12) {
                for j in (i + 1)..<min(bucket.count, 12) {
                    let (a, b) = (bucket[i], bucket[j])
                    guard a.claim.ref != b.claim.ref, a.origin || b.origin,
                          a.claim.topic.matches(b.claim.topic), a.figure.agrees(with: b.figure) else { continue }
                    let shared = a.sources.contains { sa in b.sources.contains { !sa.isDisjoint(with: $0) } }
                    guard !shared else { continue }
                    findings.append(figureFinding(a, b, context: context))
                    reported += 1
                    if reported == 4 { break outer }
                }
            }
        }
        return findings
    }

    private func figureFinding(_ a: Sourced, _ b: Sourced, context: CheckContext) -> Finding {
        let subject = a.claim.subjectPhrase
        let figure = a.claim.text
        let (sa, sb) = (Phrasing.list(a.names), Phrasing.list(b.names))
        let summary = "The same figure is credited to \(sa) in one place and to \(sb) in another."
        var explanation = "The figure \(Phrasing.quoted(figure))\(subject.isEmpty ? "" : " for " + Phrasing.subject(subject)) "
        explanation += "comes from \(sa) in one passage (\(Phrasing.quoted(context.quote(a.claim)))) "
        explanation += "and from \(sb) in another (\(Phrasing.quoted(context.quote(b.claim)))). "
        explanation += "A figure from a poll, study or data set has one source; unless the text says one cites the other, both credits cannot be right."
        return Finding(
            kind: kind, confidence: 0.7, summary: summary, explanation: explanation,
            citations: [context.citation(a.claim), context.citation(b.claim)]
        )
    }

    // MARK: Two outlets first

    private func firstToReport(_ context: CheckContext) -> [Finding] {
        struct First {
            let ref: PassageRef
            let range: Range<Int>
            let source: String
            let tokens: Set<String>
        }
        var firsts: [First] = []
        for entry in context.articles {
            for index in entry.article.passages.indices {
                let ref = PassageRef(article: entry.order, index: index)
                let summary = context.summary(ref)
                guard summary.contains(.first), summary.contains(.reporting) else { continue }
                guard let (range, source) = firstReporter(in: ref, context: context) else { continue }
                let table = context.wordTable
                let tokens = Set(WordScanner.words(in: source, table: table).map { PersonName.fold(table.text($0.id)) })
                    .subtracting(Self.vagueSources).subtracting(CheckLexicon.stopwords)
                guard !tokens.isEmpty else { continue }
                firsts.append(First(ref: ref, range: range, source: source, tokens: tokens))
            }
        }
        var findings: [Finding] = []
        for group in Buckets.group(firsts, by: { context.story($0.ref) }) where group.count > 1 {
            guard let a = group.first,
                  let b = group.dropFirst().first(where: { $0.tokens.isDisjoint(with: a.tokens) && $0.ref != a.ref }) else { continue }
            let (qa, qb) = (context.citation(a.ref, range: a.range), context.citation(b.ref, range: b.range))
            let summary = "Both \(a.source) and \(b.source) are said to have reported it first."
            var explanation = "One passage credits \(a.source) with being first (\(Phrasing.quoted(qa.quote))); "
            explanation += "another credits \(b.source) (\(Phrasing.quoted(qb.quote))). Only one outlet can have been first."
            findings.append(Finding(kind: kind, confidence: 0.75, summary: summary, explanation: explanation, citations: [qa, qb]))
        }
        return findings
    }

    /// Who a sentence says reported something first, and the words that say so: "first reported
    /// by Bloomberg", "Tech Dispatch first reported", "Reuters was the first to report".
    private func firstReporter(in ref: PassageRef, context: CheckContext) -> (Range<Int>, String)? {
        let words = context.words(ref)
        let text = context.passage(ref).text
        func display(_ range: Range<Int>) -> String {
            let utf8 = text.utf8
            return String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]))
        }
        func isName(_ w: Word) -> Bool { w.isCapitalized && !w.isNumeric && !w.is([.month, .weekday]) && !w.is(.function) }
        for (r, word) in words.enumerated() where word.is(.reporting) {
            let window = words[max(0, r - 3)..<min(words.count, r + 3)]
            guard window.contains(where: { $0.is(.first) }) else { continue }
            // "reported by Bloomberg"
            if r + 2 < words.count, context.wordTable.text(words[r + 1].id) == "by", isName(words[r + 2]) {
                var last = r + 2
                while last + 1 < words.count, isName(words[last + 1]), !words[last + 1].afterPause { last += 1 }
                let names = words[r + 2].range.lowerBound..<words[last].range.upperBound
                return (words[max(0, r - 2)].range.lowerBound..<words[last].range.upperBound, display(names))
            }
            // "Tech Dispatch first reported", "Reuters was the first to report"
            var k = r - 1
            while k >= 0, !isName(words[k]), r - k <= 5 { k -= 1 }
            guard k >= 0, isName(words[k]) else { continue }
            var first = k
            while first > 0, isName(words[first - 1]), !words[first].afterPause { first -= 1 }
            let names = words[first].range.lowerBound..<words[k].range.upperBound
            return (words[first].range.lowerBound..<word.range.upperBound, display(names))
        }
        return nil
    }
}
