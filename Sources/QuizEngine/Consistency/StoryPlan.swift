/// The articles of a check run, grouped into stories before any claim is indexed.
///
/// Checks compare claims only within a story, so a run can index and check one story at a time
/// and let each go: the checker's memory then grows with the largest story, not with the pack
/// (for 10,000 articles, holding every story's index and caches at once took 200 MB). The plan
/// is what each story's index needs from the whole set, read in one pass over every passage:
/// which articles tell which story (the names counted over all of them decide that), and each
/// passage's vocabularies and runs of names.
struct StoryPlan {
    /// What one pass over an article's words leaves for the index of its story.
    struct Reading {
        let story: Int
        /// Every vocabulary each passage's words belong to, in passage order.
        let summaries: [Word.Classes]
        /// Where the article's multi-word names are.
        let nameRuns: [(passage: Int, range: Range<Int>)]
    }

    /// The first article with each id, in input order.
    let articles: [Article]
    let order: [String: Int]
    let passageIndexes: [[String: Int]]
    let readings: [Reading]
    /// The articles of each story in input order; stories are numbered by their first article.
    let stories: [[Int]]
    /// Word ids shared by every story's index, so that ids mean the same word in all of them.
    let table: PassageWordTable
    /// Readings of role phrases, which recur from story to story, made once for the whole run.
    let phrases = PhraseReadings()

    init(articles input: [Article]) {
        var order: [String: Int] = [:]
        var kept: [Article] = []
        var passageIndexes: [[String: Int]] = []
        for article in input where order[article.id] == nil {
            order[article.id] = kept.count
            kept.append(article)
            var index: [String: Int] = [:]
            index.reserveCapacity(article.passages.count)
            for (i, passage) in article.passages.enumerated() { index[passage.id] = i }
            passageIndexes.append(index)
        }

        let table = PassageWordTable()
        var tallies: [NameTally] = []
        var summaries: [[Word.Classes]] = []
        tallies.reserveCapacity(kept.count)
        summaries.reserveCapacity(kept.count)
        for article in kept {
            var tally = NameTally()
            var articleSummaries: [Word.Classes] = []
            articleSummaries.reserveCapacity(article.passages.count)
            for (p, passage) in article.passages.enumerated() {
                let words = WordScanner.words(in: passage.text, table: table)
                var summary = Word.Classes()
                for word in words { summary.formUnion(word.classes) }
                articleSummaries.append(summary)
                tally.count(words, passage: p)
            }
            tallies.append(tally)
            summaries.append(articleSummaries)
        }

        let assignment = CheckContext.stories(tallies)
        var stories = Array(repeating: [Int](), count: assignment.count)
        for (a, story) in assignment.assignment.enumerated() { stories[story].append(a) }

        self.articles = kept
        self.order = order
        self.passageIndexes = passageIndexes
        self.readings = kept.indices.map {
            Reading(story: assignment.assignment[$0], summaries: summaries[$0], nameRuns: tallies[$0].runs)
        }
        self.stories = stories
        self.table = table
    }

    /// Where a citation points in the whole run; unknown passages sort last.
    func position(of citation: Citation) -> PassageRef {
        guard let a = order[citation.article], let p = passageIndexes[a][citation.passage] else {
            return PassageRef(article: .max, index: .max)
        }
        return PassageRef(article: a, index: p)
    }

    /// Findings from every story in one reading order, as a single index would list them.
    func inReadingOrder(_ findings: [Finding]) -> [Finding] {
        findings.sorted { Finding.precedes($0, $1, position: position(of:)) }
    }
}

/// How role phrases read ("union leader", "former U.S. ambassador"): the same few recur
/// across a pack's stories, and reading them again for each story cost a twentieth of a
/// compile. A class shared by a run's indexes, on one thread.
final class PhraseReadings {
    private var roles: [String: RoleSense?] = [:]

    func role(_ phrase: String) -> RoleSense? {
        if let known = roles[phrase] { return known }
        let sense = RoleSense(phrase)
        roles[phrase] = sense
        return sense
    }
}
