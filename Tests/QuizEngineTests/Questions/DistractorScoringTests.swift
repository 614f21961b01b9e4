@testable import QuizEngine
import Testing

/// Distractors are weighed without the checker's sorted word arrays and with a cheap test before
/// `rivals`; both must give what the previous code gave, checked on every passage and claim of
/// the checker's evaluation corpus and of the held-out stories.
@Suite("Weighing distractors")
struct DistractorScoringTests {
    static func contexts() throws -> [CheckContext] {
        let corpus = try CorpusEvaluationTests.load()
        return [CheckContext(articles: corpus.articles, claims: corpus.claims)]
    }

    static func refs(in context: CheckContext) -> [PassageRef] {
        context.articles.indices.flatMap { a in
            context.articles[a].article.passages.indices.map { PassageRef(article: a, index: $0) }
        }
    }

    /// A passage's content words as the checker kept them before, a sorted array without
    /// repeats: the reference for the words counted as they go by.
    static func contentWordsByArray(_ context: CheckContext, _ ref: PassageRef) -> [Int32] {
        var out: [Int32] = []
        for word in context.words(ref) where !word.isNumeric && !word.is(.function) && context.wordTable.text(word.id).utf8.count > 2 {
            out.append(word.id)
        }
        return SortedIDs.unique(out.sorted())
    }

    @Test("a passage's content words, as they go by, are those the checker keeps")
    func contentWords() throws {
        for context in try Self.contexts() {
            for ref in Self.refs(in: context) {
                var ids: [Int32] = []
                context.forEachContentWord(ref) { ids.append($0) }
                ids.sort()
                #expect(SortedIDs.unique(ids) == Self.contentWordsByArray(context, ref), "\(ref)")
            }
        }
    }

    @Test("words shared with the conflicting passages are counted as merging the sorted arrays did")
    func sharedWords() throws {
        var random = SplitMix64(seed: 51)
        for context in try Self.contexts() {
            let refs = Self.refs(in: context)
            for _ in 0..<300 {
                let cited = (0..<(1 + random.next(below: 3))).map { _ in refs[random.next(below: refs.count)] }
                var subject: [Int32] = []
                for ref in cited { subject += Self.contentWordsByArray(context, ref) }
                subject.sort()
                subject = SortedIDs.unique(subject)
                var counter = SharedWordCounter(subject: cited.flatMap { ref -> [Int32] in
                    var ids: [Int32] = []
                    context.forEachContentWord(ref) { ids.append($0) }
                    return ids
                })
                for _ in 0..<20 {
                    let ref = refs[random.next(below: refs.count)]
                    #expect(counter.shared(with: ref, in: context) == SortedIDs.commonCount(Self.contentWordsByArray(context, ref), subject))
                }
            }
        }
    }

    @Test("claims that rival each other always pass the cheap test first")
    func rivalShapes() throws {
        for context in try Self.contexts() {
            var rivalling = 0, skipped = 0
            for a in context.claims {
                for b in context.claims where context.rivals(a, b) {
                    rivalling += 1
                    #expect(CheckContext.RivalShape(a).mayRival(CheckContext.RivalShape(b)), "\(a.text) / \(b.text)")
                }
                skipped += context.claims.filter { !CheckContext.RivalShape(a).mayRival(CheckContext.RivalShape($0)) }.count
            }
            // Meaningful only if both happen often.
            #expect(rivalling > 100 && skipped > 10_000, "\(rivalling) \(skipped)")
        }
    }

    @Test("question ids are those of hashing the joined key, for every finding of the corpus")
    func ids() throws {
        let corpus = try CorpusEvaluationTests.load()
        let findings = ConsistencyChecker().check(articles: corpus.articles, claims: corpus.claims)
        #expect(findings.count > 20)
        for finding in findings {
            let key = finding.kind.rawValue + "|" + finding.citations
                .map { "\($0.article)|\($0.passage)|\($0.quote)" }.sorted().joined(separator: "||")
            #expect(InconsistencyQuestionGenerator.id(for: finding) == "spot-" + StableHash.shortID(key))
        }
    }
}
