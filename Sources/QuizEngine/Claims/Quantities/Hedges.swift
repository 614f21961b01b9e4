/// The words that turn a figure into an interval: "about", "nearly", "more than", "at least",
/// "less than", "up to" before it; "or more", "or so", "-plus" after it.
enum Hedges {
    static let before: [([WordKey], Quantity.Hedge)] = table([
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
    ])

    static let after: [([WordKey], Quantity.Hedge)] = table([
        ("or more", .atLeast), ("or so", .approximately), ("or less", .atMost), ("or fewer", .atMost),
        ("plus", .atLeast), ("odd", .approximately),
    ])

    private static func table(_ phrases: [(String, Quantity.Hedge)]) -> [([WordKey], Quantity.Hedge)] {
        phrases
            .map { (phrase, hedge) in (phrase.split(separator: " ").map { WordKey(String($0)) }, hedge) }
            .sorted { $0.0.count > $1.0.count }
    }
}

extension FigureScan {
    /// The hedge written just before token `index`, and where it starts.
    func hedge(endingBefore index: Int) -> (hedge: Quantity.Hedge, start: Int)? {
        for (words, hedge) in Hedges.before {
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
        if isMark(index, "+"), !tokens[index].spaceBefore { return (.atLeast, index + 1) }
        var at = index
        if isHyphen(at), isWord(at + 1, W.plus) || isWord(at + 1, W.odd) { at += 1 }
        for (words, hedge) in Hedges.after {
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
