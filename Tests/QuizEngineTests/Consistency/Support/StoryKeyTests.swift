@testable import QuizEngine
import Testing

/// Buckets keyed by story and subject are those the joined strings gave.
@Suite("story keys")
struct StoryKeyTests {
    @Test("buckets keyed by story and subject are those keyed by the joined string")
    func bucketsByStoryKey() {
        var random = SplitMix64(seed: 13)
        let subjects = ["count", "percent", "money:USD", "money:EUR", "1", "2|3", ""]
        let heads = ["rate", "toll", "vote", "", "1"]
        for _ in 0..<500 {
            let items = (0..<random.next(below: 30)).map { _ in
                (story: random.next(below: 14), subject: subjects[random.next(below: subjects.count)],
                 head: heads[random.next(below: heads.count)])
            }
            let byString = Buckets.group(items) { "\($0.story)|\($0.subject)" }
            let byKey = Buckets.group(items) { StoryKey($0.story, $0.subject) }
            #expect(byKey.map { $0.map(\.story) } == byString.map { $0.map(\.story) })
            #expect(byKey.map { $0.map(\.subject) } == byString.map { $0.map(\.subject) })
            let byThree = Buckets.group(items) { "\($0.story)|\($0.subject)|\($0.head)" }
            let byPair = Buckets.group(items) { StoryKey($0.story, KeyPair(first: $0.subject, second: $0.head)) }
            #expect(byPair.map { $0.map(\.subject) } == byThree.map { $0.map(\.subject) })
            #expect(byPair.map { $0.map(\.head) } == byThree.map { $0.map(\.head) })
            #expect(byPair.map { $0.map(\.story) } == byThree.map { $0.map(\.story) })
        }
    }
}
