import Foundation
/// Resolves an author's citation (article id and a quote typed or pasted from the text) to the
/// passage that holds it and that passage's own words.
///
/// Matching tolerates what authors cannot see (curly versus straight quotes, dashes, white
/// space, invisible characters), then, failing that, letter case; it never tolerates different
/// words. The recorded quote is always an exact substring of the passage text.
public struct CitationResolver: Sendable {
    public enum Resolution: Sendable {
        /// Found; `alsoIn` counts the other passages that hold it too (the first is cited).
        case found(Citation, alsoIn: Int)
        /// The quote joins words from two sentences.
        case spansPassages
        /// No passage holds it; the most similar passage, if any is similar at all.
        case notFound(closest: Passage?)
        case unknownArticle
    }

    private let articles: [String: Article]
    /// Folded passage texts, computed once per article and folding, on first use: a pack with
    /// many authored citations would otherwise fold every passage once per citation.
    private let cache = FoldCache()

    public init(articles: [Article]) {
        self.articles = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private final class FoldCache: @unchecked Sendable {
        // Only used from the compile that owns the resolver; never shared across threads.
        var folded: [String: [QuoteNormalizer.Folded]] = [:]

        func passages(of article: Article, with normalizer: QuoteNormalizer) -> [QuoteNormalizer.Folded] {
            let key = "\(normalizer.ignoringCase)|\(article.id)"
            if let hit = folded[key] { return hit }
            let result = article.passages.map { normalizer.fold($0.text) }
            folded[key] = result
            return result
        }
    }

    public func resolve(article articleID: String, quote: String) -> Resolution {
        guard let article = articles[articleID] else { return .unknownArticle }
        let trimmed = quote.trimmingWhitespaceAndNewlines()
        for normalizer in [QuoteNormalizer(ignoringCase: false), QuoteNormalizer(ignoringCase: true)] {
            let needle = normalizer.fold(trimmed).scalars
            guard !needle.isEmpty else { return .notFound(closest: nil) }
            var hits: [Citation] = []
            let foldedPassages = cache.passages(of: article, with: normalizer)
            for (passage, folded) in zip(article.passages, foldedPassages) {
                guard let start = QuoteNormalizer.occurrences(of: needle, in: folded.scalars).first else { continue }
                let from = folded.starts[start], to = folded.ends[start + needle.count - 1]
                let utf8 = passage.text.utf8
                let exact = String(passage.text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)])
                hits.append(Citation(article: article.id, passage: passage.id, quote: exact))
            }
            if let first = hits.first { return .found(first, alsoIn: hits.count - 1) }
            // Does the quote run across sentences of the same body?
            let body = normalizer.fold(article.body).scalars
            if !QuoteNormalizer.occurrences(of: needle, in: body).isEmpty { return .spansPassages }
        }
        return .notFound(closest: closestPassage(to: trimmed, in: article))
    }

    /// The passage sharing the most words with the quote (at least half of them).
    private func closestPassage(to quote: String, in article: Article) -> Passage? {
        let quoteWords = Set(Self.words(quote))
        guard !quoteWords.isEmpty else { return nil }
        var best: (Passage, Int)?
        for passage in article.passages {
            let shared = quoteWords.intersection(Self.words(passage.text)).count
            if shared > (best?.1 ?? 0) { best = (passage, shared) }
        }
        guard let best, best.1 * 2 >= quoteWords.count else { return nil }
        return best.0
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
