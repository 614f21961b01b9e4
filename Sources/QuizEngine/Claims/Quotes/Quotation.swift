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
}
