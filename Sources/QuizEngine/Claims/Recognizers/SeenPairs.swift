/// The pairs of strings a recognizer has claimed in a sentence (a person and a role, an entity
/// and a place), so that it claims each pair once.
///
/// A sentence gives a role or a place or two, so the pairs are searched in turn. They were kept
/// in a `Set` of the two strings joined by a NUL, which cost a new string, a hash and a table
/// for every sentence with a claim (2M instructions on 1,000 articles). Past `searchLimit`
/// pairs (a run-on sentence naming hundreds of people) they go into that set after all, so
/// the search never grows quadratic.
struct SeenPairs {
    static let searchLimit = 16

    private var few: [(first: String, second: String)] = []
    private var many: Set<String> = []

    /// Adds the pair; true when it was not there yet (`Set.insert(_:).inserted`).
    mutating func insert(_ first: String, _ second: String) -> Bool {
        if few.count < Self.searchLimit {
            if few.contains(where: { $0.first == first && $0.second == second }) { return false }
            few.append((first, second))
            return true
        }
        if many.isEmpty {
            for pair in few { many.insert(Self.joined(pair.first, pair.second)) }
        }
        return many.insert(Self.joined(first, second)).inserted
    }

    /// The two strings as one key: a NUL appears in neither.
    static func joined(_ first: String, _ second: String) -> String {
        first + "\u{0}" + second
    }
}
