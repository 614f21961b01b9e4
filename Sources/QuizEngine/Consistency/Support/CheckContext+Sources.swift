extension CheckContext {
    /// How an explanation names where a passage comes from: "one passage" within an article,
    /// the outlet (or title) across articles.
    func sourceName(_ ref: PassageRef) -> String {
        ClaimCandidate.sourceName(articles[ref.article].article.metadata)
    }

    /// "One passage ... another ..." or "CiberCuba ... the Miami Post ...": the openings of an
    /// explanation that compares two passages.
    func sides(_ a: PassageRef, _ b: PassageRef) -> (String, String) {
        if a.article == b.article { return ("one passage", "another") }
        let (na, nb) = (sourceName(a), sourceName(b))
        if na == nb { return ("one article", "another article") }
        return (na, nb)
    }

    /// Whether two passages come from the same story (always true within an article).
    func sameStory(_ a: PassageRef, _ b: PassageRef) -> Bool {
        a.article == b.article || story(a) == story(b)
    }

    /// Confidence lowered for comparisons across articles: different outlets may be describing
    /// different moments of a developing story.
    func crossArticleFactor(_ a: PassageRef, _ b: PassageRef) -> Double {
        a.article == b.article ? 1.0 : 0.93
    }
}
