/// The words that turn a figure into an interval: "about", "nearly", "more than", "at least",
/// "less than", "up to" before it; "or more", "or so", "-plus" after it.
enum Hedges {
    static let before: [([FoldedWordKey], Quantity.Hedge)] = table(phrases)

    private static let phrases: [(String, Quantity.Hedge)] = [
        ("about", .approximately), ("around", .approximately), ("approximately", .approximately),
        ("approx", .approximately), ("roughly", .approximately), ("some", .approximately),
        ("an estimated", .approximately), ("estimated", .approximately), ("circa", .approximately),
        ("around about", .approximately), ("an approximate", .approximately), ("approximate", .approximately),
        ("nearly", .nearly), ("almost", .nearly), ("close to", .nearly), ("just under", .nearly),
        ("just shy of", .nearly), ("not quite", .nearly), ("just below", .nearly),
        ("more than", .moreThan), ("over", .moreThan), ("above", .moreThan), ("upwards of", .moreThan),
        ("in excess of", .moreThan), ("greater than", .moreThan), ("higher than", .moreThan),
        ("just over", .moreThan), ("well over", .moreThan), ("well above", .moreThan), ("north of", .moreThan),
        ("a little over", .moreThan), ("just above", .moreThan), ("exceeding", .moreThan), ("beyond", .moreThan),
        ("at least", .atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast),
        ("not less than", .atLeast), ("a minimum of", .atLeast), ("not fewer than", .atLeast),
        ("less than", .lessThan), ("under", .lessThan), ("fewer than", .lessThan), ("below", .lessThan),
        ("lower than", .lessThan), ("shy of", .lessThan), ("well under", .lessThan), ("well below", .lessThan),
        ("at most", .atMost), ("up to", .atMost), ("no more than", .atMost), ("not more than", .atMost),
        ("as many as", .atMost), ("as much as", .atMost), ("a maximum of", .atMost), ("at the most", .atMost),
    ]

    /// `before`'s phrases by their last word, longest first, so a figure only tries the
    /// phrases that can end at the word before it.
    static let beforeByLastWord: FoldedWordTable<[([FoldedWordKey], Quantity.Hedge)]> = {
        var groups: [String: [([FoldedWordKey], Quantity.Hedge)]] = [:]
        var order: [String] = []
        for phrase in phrases {
            let last = String(phrase.0.split(separator: " ").last!)
            if groups[last] == nil { order.append(last) }
            let words = phrase.0.split(separator: " ").map { FoldedWordKey(String($0)) }
            groups[last, default: []].append((words, phrase.1))
        }
        return FoldedWordTable(order.map { ($0, groups[$0]!.sorted { $0.0.count > $1.0.count }) })
    }()

    static let after: [([FoldedWordKey], Quantity.Hedge)] = table([
        ("or more", .atLeast), ("or so", .approximately), ("or less", .atMost), ("or fewer", .atMost),
        ("plus", .atLeast), ("odd", .approximately),
    ])

    private static func table(_ phrases: [(String, Quantity.Hedge)]) -> [([FoldedWordKey], Quantity.Hedge)] {
        phrases
            .map { (phrase, hedge) in (phrase.split(separator: " ").map { FoldedWordKey(String($0)) }, hedge) }
            .sorted { $0.0.count > $1.0.count }
    }
}

extension FigureScan {
    /// The hedge written just before token `index`, and where it starts.
    func hedge(endingBefore index: Int) -> (hedge: Quantity.Hedge, start: Int)? {
        guard index > 0, let last = token(index - 1), last.kind == .word, !isTaken(index - 1),
              let candidates = tables.hedgesBefore[last.key] else { return nil }
        for (words, hedge) in candidates {
            let start = index - words.count
            guard start >= 0 else { continue }
            var matches = true
            for (offset, key) in words.enumerated() where !tokens.isWord(start + offset, key) || isTaken(start + offset) {
                matches = false
                break
            }
            if matches { return (hedge, start) }
        }
        return nil
    }

    /// The hedge written just after token `index - 1` ("or more", "-plus", "+"), and its end.
    func hedge(startingAt index: Int) -> (hedge: Quantity.Hedge, end: Int)? {
        guard let token = token(index), token.kind != .number else { return nil }
        if token.kind == .symbol { return token.scalar == 0x2B && !token.spaceBefore ? (.atLeast, index + 1) : nil }
        guard token.kind == .punctuation ? token.scalar == 0x2D : (isWord(index, W.or) || isWord(index, W.plus) || isWord(index, W.odd)) else {
            return nil
        }
        var at = index
        if isHyphen(at), isWord(at + 1, W.plus) || isWord(at + 1, W.odd) { at += 1 }
        for (words, hedge) in tables.hedgesAfter {
            guard at + words.count <= tokens.count else { continue }
            // "-plus" and "-odd" only with their hyphen: "50-plus", not "50 plus 3".
            if words.count == 1, at == index { continue }
            var matches = true
            for (offset, key) in words.enumerated() where !tokens.isWord(at + offset, key) {
                matches = false
                break
            }
            // "or more" must end the figure: "5 or more people" yes, "5 or more of them" too.
            if matches { return (hedge, at + words.count) }
        }
        return nil
    }
}
