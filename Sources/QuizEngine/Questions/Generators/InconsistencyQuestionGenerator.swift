/// Spot-the-inconsistency questions from checker findings.
///
/// Each question shows the passages a finding cites mixed with distractor passages from the same
/// articles, shuffled; the player picks those that cannot all be true. Distractors are chosen
/// for sharing words with the conflicting passages (so the question is about one subject). A
/// passage is never a distractor if any finding cites it (it conflicts with something, or
/// with itself), or if it holds a claim that competes with a conflicting one (a third figure
/// for the same subject, another date for the same event, another version of the quote): such
/// a passage may agree with one side and so conflict with the other, which the checker reports
/// only once per pair of versions.
///
/// Everything is deterministic for a seed: candidates are ranked by content, ties broken and
/// choices shuffled by `SplitMix64` keyed by the question's id, and the id is derived from the
/// finding's kind and cited passages (not from positions in a list, which shift when a pack
/// gains an article).
public struct InconsistencyQuestionGenerator {
    /// What the questions are made from: articles and claims, indexed when asked, or the index
    /// the checker already built (for 10,000 articles, a second index would be a second copy of
    /// every claim and passage summary).
    private enum Source {
        case claims(articles: [Article], claims: [Claim])
        case index(CheckContext)
    }

    private let source: Source
    /// How many passages a question shows at least (conflicting ones included).
    public var minimumChoices = 4
    /// Distractors added at least, however many passages conflict.
    public var minimumDistractors = 2

    public init(articles: [Article], claims: [Claim]) {
        source = .claims(articles: articles, claims: claims)
    }

    /// Claims grouped by article, as the pack compiler holds them.
    public init(articles: [Article], claims: [[Claim]]) {
        self.init(articles: articles, claims: claims.flatMap { $0 })
    }

    /// Over the checker's index of the articles and claims the findings came from.
    init(index: CheckContext) {
        source = .index(index)
    }

    /// One question per finding that has a passage to cite and at least one fair distractor, in
    /// the order of the findings.
    public func questions(from findings: [Finding], seed: UInt64) -> [Question] {
        switch source {
        case let .claims(articles, claims):
            // One index of everything, built once; each question reads only its own articles.
            questions(from: findings, seed: seed, context: CheckContext(articles: articles, claims: claims))
        case let .index(context):
            questions(from: findings, seed: seed, context: context)
        }
    }

    func questions(from findings: [Finding], seed: UInt64, context: CheckContext) -> [Question] {
        Self.distinct(questionsByFinding(findings, seed: seed, context: context).compactMap(\.question))
    }

    /// The question each finding makes, if any, beside it. Findings must be all those of the
    /// context's articles: any passage one of them cites is never a distractor.
    func questionsByFinding(_ findings: [Finding], seed: UInt64, context: CheckContext) -> [(finding: Finding, question: Question?)] {
        var cited: [PassageRef] = []
        for finding in findings {
            for citation in finding.citations { cited.append(context.position(of: citation)) }
        }
        let flagged = FlaggedPassages(cited)
        return findings.map { ($0, question(for: $0, seed: seed, context: context, flagged: flagged)) }
    }

    /// The first question with each id (two findings can make the same question).
    static func distinct(_ questions: [Question]) -> [Question] {
        var seen = Set<String>()
        return questions.filter { seen.insert($0.id).inserted }
    }

    // MARK: One question

    private func question(for finding: Finding, seed: UInt64, context: CheckContext, flagged: FlaggedPassages) -> Question? {
        guard !finding.citations.isEmpty else { return nil }
        var cited: [PassageRef] = []
        for citation in finding.citations {
            let ref = context.position(of: citation)
            guard ref.article != .max, context.passage(ref).text.containsBytes(of: citation.quote) else { return nil }
            cited.append(ref)
        }
        let involvedArticles = Self.articles(of: cited)
        let involved = involvedArticles.map { context.articles[$0].article }
        let id = Self.id(for: finding)
        var random = SplitMix64(seed: seed, purpose: "spot-the-inconsistency|" + id)

        let candidates = rankedDistractors(
            finding, cited: cited, articles: involvedArticles, flagged: flagged, context: context, random: &random
        )
        let wanted = max(minimumDistractors, minimumChoices - cited.count)
        let chosen = Array(candidates.prefix(wanted))
        guard !chosen.isEmpty else { return nil }

        let shown = random.shuffled(cited + chosen)
        let letters = (0..<shown.count).map { String(UnicodeScalar(UInt8(ascii: "a") + UInt8($0))) }
        var choices: [Question.Choice] = []
        var answer = Set<String>()
        for (letter, ref) in zip(letters, shown) {
            let passage = context.passage(ref)
            choices.append(Question.Choice(id: letter, text: passage.text, citation: context.citation(ref)))
            if cited.contains(ref) { answer.insert(letter) }
        }
        let crossSource = finding.citations.contains { $0.article != finding.citations[0].article }
        return Question(
            id: id, kind: .spotTheInconsistency,
            prompt: prompt(conflicting: cited.count, involved: involved, crossSource: crossSource),
            choices: choices, answer: .choices(answer),
            explanation: explanation(finding, shown: shown, letters: letters, cited: cited, context: context),
            citations: finding.citations,
            skills: Self.skills(for: finding.kind, crossSource: crossSource),
            difficulty: Self.difficulty(for: finding.kind), origin: .generated, finding: finding.kind.rawValue
        )
    }

    /// A stable id from what the question is about: the kind and the cited passages and words.
    /// (The key is the kind, then the citations' parts sorted and joined by "||"; it is hashed
    /// a piece at a time rather than joined.)
    static func id(for finding: Finding) -> String {
        let parts = finding.citations.map { AssembledText("\($0.article)|\($0.passage)|\($0.quote)").string }.sorted()
        var key = [finding.kind.rawValue, "|"]
        for (index, part) in parts.enumerated() {
            if index > 0 { key.append("||") }
            key.append(part)
        }
        return "spot-" + AssembledText(pieces: key).shortID
    }

    // MARK: Distractors

    /// Passages of the involved articles that are fair distractors, best first: long enough to
    /// read as a claim, not a heading, holding no claim that competes with a conflicting one,
    /// ranked by words shared with the conflicting passages and by carrying the same kinds of
    /// claim (a figure among figures, a date among dates).
    /// `articles` are those of the cited passages, in order.
    private func rankedDistractors(
        _ finding: Finding, cited: [PassageRef], articles: [Int], flagged: FlaggedPassages, context: CheckContext,
        random: inout SplitMix64
    ) -> [PassageRef] {
        let deciding = decidingClaims(finding, cited: cited, context: context).map { (claim: $0, shape: CheckContext.RivalShape($0)) }
        var decidingKinds = ClaimKindSet()
        for claim in deciding { decidingKinds.insert(ClaimKindSet(claim.claim.kind)) }
        var subjectWords: [Int32] = []
        for ref in cited { context.forEachContentWord(ref) { subjectWords.append($0) } }
        var sharedWords = SharedWordCounter(subject: subjectWords)
        var scored: [(PassageRef, Double)] = []
        for order in articles {
            let passages = context.articles[order].article.passages
            scored.reserveCapacity(scored.count + passages.count)
            for index in passages.indices {
                let ref = PassageRef(article: order, index: index)
                guard !cited.contains(ref), !flagged.contains(ref), passages[index].paragraphKind != .heading,
                      passages[index].text.utf8.count >= 40 else { continue }
                let claims = context.claims(in: ref)
                let holdsRival = claims.contains { claim in
                    let shape = CheckContext.RivalShape(claim)
                    return deciding.contains { $0.shape.mayRival(shape) && context.rivals($0.claim, claim) }
                }
                if holdsRival { continue }
                let shared = Double(sharedWords.shared(with: ref, in: context))
                let sameKind = claims.contains { decidingKinds.contains($0.kind) } ? 2.0 : 0
                let jitter = Double(random.next(below: 1000)) / 10_000
                scored.append((ref, min(shared, 6) + sameKind + jitter))
            }
        }
        return scored.sorted { l, r in l.1 != r.1 ? l.1 > r.1 : l.0 < r.0 }.map(\.0)
    }

    /// The articles of some passages, in order, each once.
    private static func articles(of refs: [PassageRef]) -> [Int] {
        var articles: [Int] = []
        for article in refs.map(\.article).sorted() where articles.last != article { articles.append(article) }
        return articles
    }

    /// The claims a finding turns on: those inside each citation's quote (all of the passage's
    /// claims when the quote is the whole passage).
    private func decidingClaims(_ finding: Finding, cited: [PassageRef], context: CheckContext) -> [IndexedClaim] {
        var out: [IndexedClaim] = []
        for (citation, ref) in zip(finding.citations, cited) {
            let passage = context.passage(ref)
            let claims = Array(context.claims(in: ref))
            guard citation.quote != passage.text, let lower = passage.text.utf8Offset(of: citation.quote) else {
                out += claims
                continue
            }
            let upper = lower + citation.quote.utf8.count
            let inside = claims.filter { $0.claim.range.lowerBound < upper && $0.claim.range.upperBound > lower }
            out += inside.isEmpty ? claims : inside
        }
        return out
    }

    // MARK: Wording

    private func prompt(conflicting: Int, involved: [Article], crossSource: Bool) -> String {
        let sources = Phrasing.list(involved.map { ClaimCandidate.sourceName($0.metadata) })
        if conflicting == 1 {
            return AssembledText("One of these passages \(involved.count > 1 ? "from \(sources) " : "")says something that cannot be true. Which one?").string
        }
        let count = Self.numberWords[conflicting] ?? String(conflicting)
        let cannot = conflicting == 2 ? "cannot both be true" : "cannot all be true"
        if crossSource {
            return AssembledText("These passages come from \(sources). \(Phrasing.sentence(count)) of them \(cannot). Which ones?").string
        }
        return AssembledText("\(Phrasing.sentence(count)) of these passages from \(sources) \(cannot). Which ones?").string
    }

    /// `letters[i]` names `shown[i]`.
    private func explanation(
        _ finding: Finding, shown: [PassageRef], letters: [String], cited: [PassageRef], context: CheckContext
    ) -> String {
        let lead = switch cited.count {
        case 1: " The passage: "
        case 2: " The passages that cannot both be true: "
        default: " The passages that cannot all be true: "
        }
        // "(a) “quote”, source p1.s2; (b) ...": each citation's pieces go straight into the
        // explanation's, rather than each citation made into a string, the strings joined into
        // another and that copied into the explanation.
        var pieces = [finding.explanation, lead]
        pieces.reserveCapacity(4 + 9 * cited.count)
        for (n, (citation, ref)) in zip(finding.citations, cited).enumerated() {
            let letter = shown.firstIndex(of: ref).map { letters[$0] } ?? "?"
            if n > 0 { pieces.append("; ") }
            pieces += ["(", letter, ") “", citation.quote, "”, ", context.sourceName(ref), " ", citation.passage]
        }
        pieces += [". ", Lessons.lesson(for: finding.kind)]
        return AssembledText(pieces: pieces).string
    }

    static let numberWords = [2: "two", 3: "three", 4: "four", 5: "five", 6: "six"]

    // MARK: Skills and difficulty

    public static func skills(for kind: Finding.Kind, crossSource: Bool) -> [Skill] {
        let primary: Skill
        switch kind {
        case .numericConflict, .durationConflict, .ageArithmetic, .totalMismatch: primary = .numbers
        case .quoteDrift: primary = .quotes
        case .weekdayMismatch, .dateConflict, .spanArithmetic, .timelineConflict: primary = .datesAndTimelines
        case .attributionConflict: primary = .sourcing
        case .roleConflict, .locationConflict: primary = .peopleAndPlaces
        }
        return [primary, crossSource ? .crossSource : .internalConsistency]
    }

    /// A changed number is easy to spot; calendar and deadline arithmetic is hard.
    public static func difficulty(for kind: Finding.Kind) -> Difficulty {
        switch kind {
        case .numericConflict, .totalMismatch, .dateConflict: .easy
        case .quoteDrift, .durationConflict, .attributionConflict, .roleConflict, .locationConflict, .ageArithmetic: .medium
        case .weekdayMismatch, .spanArithmetic, .timelineConflict: .hard
        }
    }
}

/// The passages some finding of a batch cites: never distractors. Looked up for every passage
/// of every question's articles, by binary search (a `Set<PassageRef>` hashed each one with
/// SipHash).
private typealias FlaggedPassages = SortedValues<PassageRef>
