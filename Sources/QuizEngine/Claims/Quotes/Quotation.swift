/// A place in an article: a token of a passage (indices into the article's passages).
struct TokenPosition: Hashable, Comparable, Sendable {
    let passage: Int
    let token: Int

    static func < (a: TokenPosition, b: TokenPosition) -> Bool {
        (a.passage, a.token) < (b.passage, b.token)
    }
}

/// Words between quotation marks, possibly running over several sentences of a paragraph.
struct Quotation: Hashable, Sendable {
    enum Mark: Hashable, Sendable { case double, single }

    let mark: Mark
    /// The opening mark.
    let open: TokenPosition
    /// The closing mark, or nil when the paragraph ends first (a quote continued in the next
    /// paragraph reopens there, so it is a quotation of its own).
    let close: TokenPosition?
    /// The last passage holding its words.
    let lastPassage: Int
    /// Where the words stop in `lastPassage` when no closing mark ends them but a new opening
    /// mark does (“a ... “b ...); nil when they run to the passage's end.
    var cut: Int? = nil

    /// The token range of its words in passage `p` (which has `tokenCount` tokens).
    func words(inPassage p: Int, tokenCount: Int) -> Range<Int> {
        let from = p == open.passage ? open.token + 1 : 0
        var to = tokenCount
        if let close, close.passage == p {
            to = close.token
        } else if p == lastPassage, let cut {
            to = cut
        }
        return from..<max(from, to)
    }
}
