/// Counts how many of a question's subject words (the content words of its conflicting
/// passages) a candidate distractor uses, each counted once however often it appears.
///
/// The candidate's words are looked up in the sorted subject ids as they go by, and a word
/// already counted for this candidate is recognised by a stamp: no array of the candidate's
/// words is built, sorted or kept (see `CheckContext.forEachContentWord`).
struct SharedWordCounter {
    /// Sorted, each once.
    private let subject: [Int32]
    /// For each subject word, the candidate it was last counted for.
    private var countedFor: [Int]
    private var candidate = 0

    init(subject: [Int32]) {
        var ids = subject
        ids.sort()
        self.subject = SortedIDs.unique(ids)
        countedFor = Array(repeating: 0, count: self.subject.count)
    }

    /// The number of distinct subject words among a passage's content words.
    ///
    /// The content test's length check reads the word's text from the word table; it is made
    /// only for words found among the subject words, few of a passage's, after the cheap test
    /// of the word's classes has let through those worth looking up.
    mutating func shared(with ref: PassageRef, in context: CheckContext) -> Int {
        candidate += 1
        var shared = 0
        let table = context.wordTable
        for word in context.words(ref) where CheckContext.mayBeContent(word) {
            guard let slot = slot(of: word.id), countedFor[slot] != candidate,
                  CheckContext.isLongEnough(word, table: table) else { continue }
            countedFor[slot] = candidate
            shared += 1
        }
        return shared
    }

    /// Where `id` is in `subject`, by binary search.
    private func slot(of id: Int32) -> Int? {
        var low = 0, high = subject.count
        while low < high {
            let middle = (low + high) / 2
            if subject[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < subject.count && subject[low] == id ? low : nil
    }
}
