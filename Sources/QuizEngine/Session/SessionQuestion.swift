/// A question as a session asks it: with the pack it came from, so the game can quote the
/// passages it cites and record which pack it belongs to when several packs are played together.
public struct SessionQuestion: Hashable, Sendable {
    public let question: Question
    public let pack: CompiledPack

    public init(question: Question, pack: CompiledPack) {
        self.question = question
        self.pack = pack
    }

    public var id: String { question.id }

    /// The passage a citation points at, with its article.
    public func source(of citation: Citation) -> (article: CompiledArticle, passage: CompiledPassage)? {
        guard let article = pack.article(id: citation.article),
              let passage = article.passages.first(where: { $0.id == citation.passage })
        else { return nil }
        return (article, passage)
    }

    /// The passages that back the answer: the question's citations, or for a
    /// spot-the-inconsistency question without its own, the passages of the right choices.
    public var decidingCitations: [Citation] {
        if !question.citations.isEmpty { return question.citations }
        let right = Set(question.answer.sortedChoices)
        return question.choices.filter { right.contains($0.id) }.compactMap(\.citation)
    }
}
