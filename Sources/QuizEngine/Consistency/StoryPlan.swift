/// The articles of a check run, grouped into stories before any claim is indexed.
///
/// Checks compare claims only within a story, so a run can index and check one story at a time
/// and let each go: the checker's memory then grows with the largest story, not with the pack
/// (for 10,000 articles, holding every story's index and caches at once took 200 MB). The plan
/// is what each story's index needs from the whole set, read in one pass over every passage:
/// which articles tell which story (the names counted over all of them decide that), and where
/// each article's runs of names are. The vocabularies of a passage are read by the index of its
/// story, which splits most passages (every one with a claim) into words anyway.
struct StoryPlan {
    /// What one pass over an article's words leaves for the index of its story.
    struct Reading {
        let story: Int
        /// Where the article's multi-word names are.
        let nameRuns: [(passage: Int, range: Range<Int>)]
    }

    /// The first article with each id, in input order.
    let articles: [Article]
    let order: [String: Int]
    let passageIndexes: [PassageIndex]
    let readings: [Reading]
    /// The articles of each story in input order; stories are numbered by their first article.
    let stories: [[Int]]
    /// Word ids shared by every story's index, so that ids mean the same word in all of them.
    /// After the plan it holds the words that may be names; each index adds the rest of its
    /// passages' words.
    let table: PassageWordTable
    /// Readings of role phrases, which recur from story to story, made once for the whole run.
    let phrases = PhraseReadings()
    /// People's names and claim subjects, read with `table` once for the whole run: the same
    /// speakers and subjects come back in every batch (1,000 articles read 1,519 names and
    /// about 3,000 subjects again, 13M instructions), and their readings are small.
    let names: PersonNameReader
    let subjects: SubjectReadings

    init(articles input: [Article]) {
        var order: [String: Int] = [:]
        var kept: [Article] = []
        var passageIndexes: [PassageIndex] = []
        for article in input where order[article.id] == nil {
            order[article.id] = kept.count
            kept.append(article)
            passageIndexes.append(PassageIndex(article.passages))
        }

        let table = PassageWordTable()
        var tallies: [NameTally] = []
        tallies.reserveCapacity(kept.count)
        for article in kept {
            var tally = NameTally()
            // Each word is read as it is found: the words of a passage are not kept here, and
            // only words that may be names are looked up.
            for (p, passage) in article.passages.enumerated() {
                WordScanner.forEachNameCandidate(in: passage.text, table: table) { word in
                    tally.count(word, passage: p)
                }
                tally.endPassage()
            }
            tallies.append(tally)
        }

        let assignment = Self.stories(tallies)
        var stories = Array(repeating: [Int](), count: assignment.count)
        for (a, story) in assignment.assignment.enumerated() { stories[story].append(a) }

        self.articles = kept
        self.order = order
        self.passageIndexes = passageIndexes
        self.readings = kept.indices.map {
            Reading(story: assignment.assignment[$0], nameRuns: tallies[$0].runs)
        }
        self.stories = stories
        self.table = table
        self.names = PersonNameReader(table: table)
        self.subjects = SubjectReadings(table: table)
    }

    /// Articles per batch: for 10,000 articles, 0.92× the time of an index per story at the same
    /// peak memory (an index of 200 articles and its caches are a few megabytes).
    static let articlesPerBatch = 200

    /// The stories in batches of whole stories, at least `articles` articles each (the last
    /// may have fewer), each batch's articles in input order: what one index is built for.
    ///
    /// An index per story cost more in fixed work per index (a dozen checks, each setting up its
    /// buckets) than it saved, with thousands of stories of one or two articles; an index of
    /// everything held every claim at once. Checks never compare across stories, so a batch
    /// finds exactly what separate indexes would, and memory grows with the batch (or the
    /// largest story), not with the pack.
    func batches(articles: Int = StoryPlan.articlesPerBatch) -> [[Int]] {
        var batches: [[Int]] = []
        var current: [Int] = []
        for story in stories {
            current += story
            if current.count >= articles {
                batches.append(current.sorted())
                current = []
            }
        }
        if !current.isEmpty { batches.append(current.sorted()) }
        return batches
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
        Finding.inReadingOrder(findings, position: position(of:))
    }
}

// MARK: - Stories

extension StoryPlan {
    struct StoryAssignment {
        let assignment: [Int]
        let count: Int
    }

    /// Words that are capitalised for grammar, not because they name someone or somewhere.
    static let notNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "for", "and", "but", "or", "as", "it", "he", "she", "they",
        "we", "his", "her", "their", "its", "this", "that", "these", "those", "there", "when", "while",
        "after", "before", "since", "according", "meanwhile", "however", "yet", "still", "if", "of",
        "by", "with", "from", "to", "i", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president",
        "minister", "u.s", "us", "new", "news", "photo", "related", "share", "filed", "read", "more",
        "who", "what", "where", "why", "how", "one", "two", "three", "some", "many", "most", "all",
    ]

    /// Groups articles into stories: two articles are in one story when two of the names they
    /// use most are the same. Each article is keyed by the pairs of its top names, so grouping
    /// is linear in the number of articles.
    static func stories(_ tallies: [NameTally]) -> StoryAssignment {
        var parent = Array(0..<tallies.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        let perArticle = tallies.map { $0.counted }
        // Word ids are small and dense, so articles per name are counted in an array by id: in
        // a dictionary, each name of each article was hashed with SipHash once more.
        var documentFrequency = [Int32](repeating: 0, count: Int(perArticle.lazy.flatMap { $0 }.map(\.id).max() ?? 0) + 1)
        for names in perArticle {
            for name in names { documentFrequency[Int(name.id)] += 1 }
        }
        // A name used by hundreds of articles ("Trump" in a year of news, or a small pool of
        // names in generated text) says nothing about which story an article tells.
        let common = max(50, tallies.count / 50)
        var owner: [UInt64: Int] = [:]
        for (a, all) in perArticle.enumerated() {
            let top = all.filter { documentFrequency[Int($0.id)] <= common }.sorted { l, r in
                if l.count != r.count { return l.count > r.count }
                return l.first < r.first
            }.prefix(8).map { $0.id }.sorted()
            for i in 0..<top.count {
                for j in (i + 1)..<top.count {
                    let key = UInt64(UInt32(bitPattern: top[i])) << 32 | UInt64(UInt32(bitPattern: top[j]))
                    if let other = owner[key] {
                        let (ra, rb) = (find(a), find(other))
                        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
                    } else {
                        owner[key] = a
                    }
                }
            }
        }
        var numbering: [Int: Int] = [:]
        var assignment: [Int] = []
        for a in 0..<tallies.count {
            let root = find(a)
            if numbering[root] == nil { numbering[root] = numbering.count }
            assignment.append(numbering[root]!)
        }
        return StoryAssignment(assignment: assignment, count: numbering.count)
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
