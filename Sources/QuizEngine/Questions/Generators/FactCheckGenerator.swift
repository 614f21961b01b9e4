import Foundation

/// Supported / contradicted / not-stated questions (as in the FEVER fact-checking task): a
/// statement and an article; does the article support it, contradict it, or not say?
///
/// - supported: a claim's sentence, restated;
/// - contradicted: the same with one detail changed (see `DetailAlteration`);
/// - not stated, two ways: over-inference, where the article hedges ("less than 15 minutes")
///   and the statement is exact ("12 minutes"); or a claim from a sibling article on a subject
///   the judged article never mentions at all. A sibling claim on a subject the article does
///   mention is never used: it might be contradicted rather than unstated.
struct FactCheckGenerator {
    static let kinds: ClaimKindSet = [.number, .percentage, .money, .date, .duration, .age, .year, .span, ClaimKindSet(.quote)]

    let articles: [Article]
    /// The claims `questions(count:random:)` makes its material from. The compiler leaves them
    /// out and hands over material it gathered story by story.
    var claims: [[Claim]] = []

    func questions(count: Int, random: inout SplitMix64) -> [Question] {
        questions(count: count, random: &random, material: ClaimQuestionMaterial(articles: articles, claims: claims, kinds: Self.kinds))
    }

    func questions(count: Int, random: inout SplitMix64, material: ClaimQuestionMaterial) -> [Question] {
        guard count > 0 else { return [] }
        let writer = material.writer
        let alteration = material.alteration
        let pool = material.order.diversified(random: &random)
        var questions: [Question] = []
        let verdicts = random.shuffled(Verdict.allCases)
        // Each verdict takes the first candidate, in pool order, that is unused and can make
        // it. A candidate that cannot make a verdict's question never will, so each verdict
        // keeps a cursor that only moves forward: every turn used to start again from the top
        // of the pool, which made generation quadratic in the number of claims.
        var used = [Bool](repeating: false, count: pool.count)
        // By the verdict's place in `verdicts` (a dictionary by verdict hashed its raw string).
        var cursors = [Int](repeating: 0, count: verdicts.count)
        var turn = 0
        var failures = 0
        while questions.count < count, failures < Verdict.allCases.count {
            let slot = turn % verdicts.count
            let verdict = verdicts[slot]
            turn += 1
            var index = cursors[slot]
            var made: Question?
            while index < pool.count, made == nil {
                if !used[index] {
                    let candidate = material.candidates[Int(pool[index])]
                    made = make(verdict, from: candidate, writer: writer, alteration: alteration, random: &random)
                    if made != nil { used[index] = true }
                }
                index += 1
            }
            cursors[slot] = index
            if let made {
                questions.append(made)
                failures = 0
            } else {
                failures += 1
            }
        }
        return questions
    }

    /// How many sibling articles a not-stated question looks through for one that never
    /// mentions the subject: enough for any story's coverage, and it keeps a pack of thousands
    /// of articles from comparing each claim with every article.
    static let siblingsSearched = 8

    /// A question with the given verdict from `candidate`, if it allows one.
    private func make(
        _ verdict: Verdict, from candidate: ClaimCandidate, writer: StatementWriter,
        alteration: DetailAlteration, random: inout SplitMix64
    ) -> Question? {
        switch verdict {
        case .supported:
            return supported(candidate, writer: writer)
        case .contradicted:
            return alteration.change(candidate.claim, in: candidate.passage.text, random: &random)
                .map { contradicted(candidate, change: $0, writer: writer) }
        case .notStated:
            return overInference(candidate, writer: writer) ?? unmentioned(candidate, writer: writer)
        }
    }

    private func supported(_ c: ClaimCandidate, writer: StatementWriter) -> Question {
        let explanation = AssembledText("""
            Supported. \(ClaimCandidate.sourceName(c.article.metadata).capitalizedFirst) says so \
            (\(c.whereabouts)): “\(c.passage.text)” \(Lessons.lesson(for: c.claim.kind))
            """).string
        return question(c, verdict: .supported, prompt: writer.plainStatement(from: c.passage.text), about: c.article,
                        explanation: explanation, skills: [.sourcing, c.skill], difficulty: .easy)
    }

    private func contradicted(_ c: ClaimCandidate, change: DetailAlteration.Change, writer: StatementWriter) -> Question {
        let explanation = AssembledText("""
            Contradicted. The statement changes \(change.detail): \
            \(ClaimCandidate.sourceName(c.article.metadata)) says “\(change.original)”, not “\(change.replacement)” \
            (\(c.whereabouts)): “\(c.passage.text)” \(Lessons.lesson(for: c.claim.kind))
            """).string
        return question(c, verdict: .contradicted, prompt: writer.plainStatement(from: c.sentence(with: change)), about: c.article,
                        explanation: explanation, skills: [.sourcing, c.skill], difficulty: c.difficulty)
    }

    /// The article hedges a figure; the statement states it exactly.
    private func overInference(_ c: ClaimCandidate, writer: StatementWriter) -> Question? {
        guard let exact = Self.exactVersion(of: c.claim) else { return nil }
        let sentence = c.passage.text.replacingUTF8(c.claim.range, with: exact)
        let explanation = AssembledText("""
            Not stated. \(ClaimCandidate.sourceName(c.article.metadata).capitalizedFirst) says “\(c.claim.text)”, \
            not “\(exact)”. The exact figure may be right, but the article does not say it \
            (\(c.whereabouts)): “\(c.passage.text)” \(Lessons.overInference)
            """).string
        return question(c, verdict: .notStated, prompt: writer.plainStatement(from: sentence), about: c.article,
                        explanation: explanation, skills: [.sourcing, c.skill], difficulty: .hard)
    }

    /// Where a candidate's article is in `articles`: where it was collected, when that is the
    /// same list (a search of 10,000 articles for each candidate was a tenth of a compile).
    private func position(of c: ClaimCandidate) -> Int? {
        let known = c.home.position
        if articles.indices.contains(known), articles[known].id == c.article.id { return known }
        return articles.firstIndex { $0.id == c.article.id }
    }

    /// A claim from another article on a subject the judged article never mentions.
    private func unmentioned(_ c: ClaimCandidate, writer: StatementWriter) -> Question? {
        let subjectWords = c.claim.subject.lowercased().split(separator: " ").map(String.init).filter { $0.count > 3 }
        guard !subjectWords.isEmpty, let home = position(of: c) else { return nil }
        // The articles after the claim's own, in pack order (wrapping round).
        let siblings = (1..<articles.count).prefix(Self.siblingsSearched).map { (home + $0) % articles.count }
        for index in siblings {
            let other = articles[index]
            guard !other.bodyMentions(anyOf: subjectWords) else { continue }
            let explanation = AssembledText("""
                Not stated. \(ClaimCandidate.sourceName(other.metadata).capitalizedFirst) says nothing about this: \
                the words “\(c.claim.subject)” appear nowhere in it. The statement comes from \
                \(ClaimCandidate.describe(c.article.metadata)), paragraph \(c.passage.paragraph): “\(c.passage.text)” \
                \(Lessons.notMentioned)
                """).string
            return question(c, verdict: .notStated, prompt: writer.plainStatement(from: c.passage.text), about: other,
                            explanation: explanation, skills: [.sourcing, .crossSource, c.skill], difficulty: .medium)
        }
        return nil
    }

    private func question(
        _ c: ClaimCandidate, verdict: Verdict, prompt: String, about article: Article, explanation: String,
        skills: [Skill], difficulty: Difficulty
    ) -> Question {
        Question(
            id: "fc-" + AssembledText("\(article.id)|\(c.article.id)|\(c.passage.id)|\(c.claim.text)|\(verdict.rawValue)").shortID,
            kind: .factCheck, prompt: prompt, article: article.id, answer: .verdict(verdict), explanation: explanation,
            citations: [c.citation], skills: skills.uniqued(), difficulty: difficulty, origin: .generated
        )
    }

    /// "less than 15 minutes" -> "12 minutes"; "more than 80 fatalities" -> "96 fatalities":
    /// the hedge dropped and the figure moved inside the interval the hedge allows.
    static func exactVersion(of claim: Claim) -> String? {
        let quantity: Quantity
        switch claim.value {
        case let .number(q), let .percentage(q), let .duration(q), let .money(q, _): quantity = q
        default: return nil
        }
        guard quantity.hedge != .exact, let token = DetailAlteration.numberToken(in: claim.text) else { return nil }
        let factor: Double
        switch quantity.hedge {
        case .lessThan, .atMost, .nearly: factor = 0.8
        case .moreThan, .atLeast: factor = 1.2
        case .approximately: factor = 1.1
        case .exact: return nil
        }
        let value = (token.value * factor).rounded()
        guard value != token.value, value > 0 else { return nil }
        return droppingHedge(from: claim.text.replacingCharacters(utf8: token.utf8Range, with: DetailAlteration.format(value, like: token.text)))
    }

    static let hedges = [
        "less than ", "fewer than ", "more than ", "at least ", "at most ", "up to ", "nearly ", "almost ", "about ",
        "around ", "roughly ", "approximately ", "over ", "under ", "some ", "just under ", "just over ",
    ]

    /// The text without the first of `hedges` (in that order) it has, in any case: at its start,
    /// or after a space (which stays); nil when it has none.
    ///
    /// Text of plain ASCII (nearly all) is searched on its bytes, letters compared without
    /// case: asking Foundation's `range(of:options:)` twice per hedge was 0.3% of a compile.
    /// Other text goes through Foundation, whose case folding it may need.
    static func droppingHedge(from text: String) -> String? {
        var contiguous = text
        let found = contiguous.withUTF8 { bytes -> Range<Int>?? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            func matches(_ hedge: [UInt8], at offset: Int) -> Bool {
                guard offset + hedge.count <= bytes.count else { return false }
                for i in hedge.indices {
                    let byte = bytes[offset + i]
                    if (byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte) != hedge[i] { return false }
                }
                return true
            }
            for hedge in hedgeBytes {
                if matches(hedge, at: 0) { return .some(0..<hedge.count) }
                for offset in bytes.indices where bytes[offset] == UInt8(ascii: " ") && matches(hedge, at: offset + 1) {
                    return .some(offset + 1..<offset + 1 + hedge.count)
                }
            }
            return .some(nil)
        }
        guard let found else { return droppingHedgeByFoundation(from: text) }
        return found.map { text.replacingUTF8($0, with: "") }
    }

    private static let hedgeBytes = hedges.map { Array($0.utf8) }

    /// `droppingHedge(from:)` for text with non-ASCII scalars.
    static func droppingHedgeByFoundation(from text: String) -> String? {
        var text = text
        for hedge in hedges {
            if let range = text.range(of: hedge, options: [.caseInsensitive, .anchored]) {
                text.removeSubrange(range)
                return text
            }
            if let range = text.range(of: " " + hedge, options: .caseInsensitive) {
                text.replaceSubrange(range, with: " ")
                return text
            }
        }
        return nil
    }
}

private extension Article {
    /// Whether the lowercased body contains any of `words` (themselves lowercase).
    ///
    /// A few sibling articles are read for every not-stated question. For a plain ASCII word the
    /// body is searched as it is, ASCII letters compared without case: lowercasing leaves every
    /// other scalar outside ASCII, so only ASCII runs of the body can match, and they match as
    /// their lowercase would (a scalar whose lowercase has ASCII in it, such as the Kelvin sign,
    /// sends the body the long way). The long way: the body cut from the source, lowercased
    /// whole (not kept: every body lowercased up front was another copy of the pack's text) and
    /// searched.
    func bodyMentions(anyOf words: [String]) -> Bool {
        var text = source.text
        let direct: Bool? = text.withUTF8 { whole in
            let body = UnsafeBufferPointer(rebasing: whole[min(max(0, bodyOffset), whole.count)...])
            // Whether the body can be searched as it is is asked once for all the words.
            guard ASCIIFold.isFoldable(body) else { return nil }
            for word in words {
                var needle = word
                guard let found = needle.withUTF8({ ASCIIFold.containsFolded(body, lowercase: $0) }) else { return nil }
                if found { return true }
            }
            return false
        }
        if let direct { return direct }
        let lowered = body.lowercasedQuickly()
        return words.contains { lowered.containsBytes(of: $0) }
    }
}
