/// True/false questions from claims.
///
/// A true statement restates a claim's sentence faithfully, naming its source ("According to
/// CiberCuba, ..."); a false one changes exactly one detail (a number, a date, a word of a
/// quote) that a careful reader can catch in the cited passage. True and false alternate, so a
/// pack's answers are balanced.
struct TrueFalseGenerator {
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
        let order = material.order.diversified(random: &random)
        var questions: [Question] = []
        var wantTrue = random.next(below: 2) == 0
        for index in order {
            guard questions.count < count else { break }
            let candidate = material.candidates[Int(index)]
            let source = ClaimCandidate.sourceName(candidate.article.metadata)
            if wantTrue {
                questions.append(trueQuestion(candidate, statement: writer.statement(from: candidate.passage.text, source: source)))
            } else if let change = alteration.change(candidate.claim, in: candidate.passage.text, random: &random) {
                let statement = writer.statement(from: candidate.sentence(with: change), source: source)
                questions.append(falseQuestion(candidate, change: change, statement: statement))
            } else {
                continue  // Keep the balance: this claim offers no safe change; try the next one.
            }
            wantTrue.toggle()
        }
        return questions
    }

    private func trueQuestion(_ candidate: ClaimCandidate, statement: String) -> Question {
        let explanation = AssembledText("""
            True. \(ClaimCandidate.sourceName(candidate.article.metadata).capitalizedFirst) writes: \
            “\(candidate.passage.text)” (\(candidate.whereabouts)). \(Lessons.lesson(for: candidate.claim.kind))
            """).string
        return Question(
            id: "tf-" + AssembledText("\(candidate.article.id)|\(candidate.passage.id)|\(candidate.claim.text)|true").shortID,
            kind: .trueFalse, prompt: statement, answer: .trueFalse(true), explanation: explanation,
            citations: [candidate.citation], skills: [candidate.skill, .sourcing].uniqued(),
            difficulty: candidate.difficulty, origin: .generated
        )
    }

    private func falseQuestion(_ candidate: ClaimCandidate, change: DetailAlteration.Change, statement: String) -> Question {
        let explanation = AssembledText("""
            False. The statement changes \(change.detail): \
            \(ClaimCandidate.sourceName(candidate.article.metadata)) writes “\(change.original)”, not “\(change.replacement)”. \
            The passage (\(candidate.whereabouts)): “\(candidate.passage.text)” \(Lessons.lesson(for: candidate.claim.kind))
            """).string
        return Question(
            id: "tf-" + AssembledText("\(candidate.article.id)|\(candidate.passage.id)|\(candidate.claim.text)|false").shortID,
            kind: .trueFalse, prompt: statement, answer: .trueFalse(false), explanation: explanation,
            citations: [candidate.citation], skills: [candidate.skill, .sourcing].uniqued(),
            difficulty: candidate.difficulty, origin: .generated
        )
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension Array where Element: Equatable {
    /// Each element once, where it first appears. Meant for a question's two or three skills:
    /// a scan of those kept so far, where a `Set` hashed each skill's raw string.
    func uniqued() -> [Element] {
        var kept: [Element] = []
        kept.reserveCapacity(count)
        for element in self where !kept.contains(element) { kept.append(element) }
        return kept
    }
}
