import QuizEngine

/// Articles written inline and claims built by hand, so each check can be tested on exactly the
/// sentences and claims it is about, independently of the extractors.
struct CheckFixture {
    private(set) var articles: [Article] = []
    private(set) var claims: [Claim] = []

    /// Adds an article. The body is Markdown: paragraphs separated by blank lines.
    @discardableResult
    mutating func article(
        _ id: String, published: String? = "2025-12-01", outlet: String? = nil, _ body: String
    ) -> Article {
        var front = "---\ntitle: Story \(id)\nid: \(id)\n"
        if let published { front += "published: \(published)\n" }
        if let outlet { front += "outlet: \(outlet)\n" }
        front += "---\n"
        let sink = DiagnosticSink()
        let article = ArticleReader().read(SourceFile(path: "\(id).md", text: front + body), sink: sink)!
        articles.append(article)
        return article
    }

    /// Adds a claim on the first occurrence of `span` in article `id` (after `after`, when given,
    /// to pick a later occurrence).
    @discardableResult
    mutating func claim(
        _ kind: ClaimKind, _ id: String, _ span: String, _ value: ClaimValue,
        subject: String = "", time: DateValue? = nil, after: String? = nil
    ) -> Claim {
        let article = articles.first { $0.id == id }!
        var startPassage = 0
        var startOffset = 0
        if let after {
            for (i, passage) in article.passages.enumerated() {
                if let r = passage.text.range(of: after) {
                    startPassage = i
                    startOffset = passage.text.utf8.distance(from: passage.text.startIndex, to: r.upperBound)
                    break
                }
            }
        }
        for (i, passage) in article.passages.enumerated() where i >= startPassage {
            let text = passage.text
            let from = i == startPassage ? startOffset : 0
            let searchStart = text.utf8.index(text.startIndex, offsetBy: from)
            if let r = text.range(of: span, range: searchStart..<text.endIndex) {
                let lower = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
                let upper = text.utf8.distance(from: text.startIndex, to: r.upperBound)
                let claim = Claim(
                    kind: kind, article: id, passage: passage.id, range: lower..<upper, text: span,
                    value: value, subject: subject, time: time
                )
                claims.append(claim)
                return claim
            }
        }
        fatalError("span \"\(span)\" not found in article \(id)")
    }

    func check(_ kinds: Set<Finding.Kind>? = nil, minConfidence: Double = 0) -> [Finding] {
        let checker = kinds.map { ConsistencyChecker(kinds: $0) } ?? ConsistencyChecker()
        return checker.check(articles: articles, claims: claims, minConfidence: minConfidence)
    }

    /// The passage text a citation points at.
    func text(of citation: Citation) -> String {
        articles.first { $0.id == citation.article }!.passage(id: citation.passage)!.text
    }
}

// Short constructors for claim values.
func count(_ x: Double, _ hedge: Quantity.Hedge = .exact) -> ClaimValue { .number(Quantity(stated: x, hedge: hedge)) }
func percent(_ x: Double, _ hedge: Quantity.Hedge = .exact) -> ClaimValue { .percentage(Quantity(stated: x / 100, hedge: hedge)) }
func dollars(_ x: Double, _ hedge: Quantity.Hedge = .exact) -> ClaimValue { .money(Quantity(stated: x, hedge: hedge), currency: "USD") }
func minutes(_ x: Double, _ hedge: Quantity.Hedge = .exact) -> ClaimValue { .duration(Quantity(stated: x * 60, hedge: hedge)) }
func hours(_ x: Double, _ hedge: Quantity.Hedge = .exact) -> ClaimValue { .duration(Quantity(stated: x * 3600, hedge: hedge)) }
func years(_ x: Double, _ hedge: Quantity.Hedge = .exact) -> ClaimValue { .age(Quantity(stated: x, hedge: hedge)) }
func day(_ y: Int, _ m: Int, _ d: Int, inferred: Bool = false) -> DateValue {
    .day(CalendarDate(year: y, month: m, day: d)!, yearInferred: inferred)
}
func onDay(_ y: Int, _ m: Int, _ d: Int, inferred: Bool = false) -> ClaimValue { .date(day(y, m, d, inferred: inferred)) }
func inYear(_ y: Int) -> DateValue {
    DateValue(year: y, month: nil, day: nil, precision: .year,
              earliest: CalendarDate(year: y, month: 1, day: 1), latest: CalendarDate(year: y, month: 12, day: 31))
}
