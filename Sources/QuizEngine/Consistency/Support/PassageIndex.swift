/// Where each passage of an article is, by its id; with duplicate ids, the last passage with
/// the id (as a dictionary filled in passage order gives).
///
/// An article of a few passages is searched in place: the story plan made a `[String: Int]`
/// for every article of a pack, hashing every passage id with SipHash, 0.5% of a compile on
/// 1,000 articles of about a dozen passages, for the few look-ups a citation or an index needs
/// (claims mostly find their passage next to the previous one's, `CheckContext.passagePosition`).
/// Comparing a short id with a dozen others costs less than hashing it. Longer articles get
/// the dictionary, so a look-up never reads more than `searchedInPlace` ids.
struct PassageIndex {
    /// Articles with at most this many passages are searched in place.
    static let searchedInPlace = 16

    private let passages: [Passage]
    /// For longer articles only.
    private let byID: [String: Int]?
    /// No two passages share an id.
    let isUnique: Bool

    init(_ passages: [Passage]) {
        self.passages = passages
        if passages.count <= Self.searchedInPlace {
            byID = nil
            var unique = true
            search: for i in passages.indices {
                for j in (i + 1)..<passages.count where passages[i].id == passages[j].id {
                    unique = false
                    break search
                }
            }
            isUnique = unique
        } else {
            var index: [String: Int] = [:]
            index.reserveCapacity(passages.count)
            for (i, passage) in passages.enumerated() { index[passage.id] = i }
            byID = index
            isUnique = index.count == passages.count
        }
    }

    /// The position of the passage `id`, the last if several have it.
    subscript(id: String) -> Int? {
        if let byID { return byID[id] }
        var i = passages.count - 1
        while i >= 0 {
            if passages[i].id == id { return i }
            i -= 1
        }
        return nil
    }
}
