/// Flags parts that do not add up to their stated total: "three conditions" followed by a list
/// of four; "Of the 12 council members, seven voted yes, four no and two abstained" (13).
///
/// Two patterns. A count that introduces a list ("three main conditions:", "the following four
/// demands:") must match the items: the list items after the sentence, or the items after the
/// colon in the same sentence. A total ("Of the 50 killed", "a total of $7 billion", "the
/// 12-member council") must not be exceeded by the parts that follow it in the same sentence,
/// or in the next one when it starts "Of those" or "Of them"; when the sentence says the total
/// was split or divided, the parts must add up to it exactly.
///
/// Deliberately let pass: a list that matches its count; parts that add up to less than the
/// total ("including", "among them": the rest is not listed); numbers in the sentence that are
/// not parts (injured beside killed, "others", "more"); lists the text does not mark as lists.
public struct TotalMismatch: ConsistencyCheck {
    public let kind = Finding.Kind.totalMismatch

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        var reported = Set<PassageRef>()
        for claim in context.claims {
            guard case let .number(q) = claim.value, q.isExact, q.hedge == .exact else { continue }
            let n = q.stated
            guard n == n.rounded(), n >= 2, n <= 40 else { continue }
            if let finding = listCount(claim, Int(n), context: context) {
                findings.append(finding)
                reported.insert(claim.ref)
            }
        }
        for claim in context.claims where !reported.contains(claim.ref) {
            if let finding = partsExceedTotal(claim, context: context) {
                findings.append(finding)
                reported.insert(claim.ref)
            }
        }
        return findings
    }

    // MARK: Count and list

    private func listCount(_ claim: IndexedClaim, _ count: Int, context: CheckContext) -> Finding? {
        let passage = context.passage(claim.ref)
        let utf8 = Array(passage.text.utf8)
        let end = claim.claim.range.upperBound
        // The count must introduce the list: a colon within a few words after it.
        guard let colon = utf8[end...].firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let between = String(decoding: utf8[end..<colon], as: UTF8.self)
        // Only counted and asked whether they are numbers: split with a table of their own.
        let table = PassageWordTable(capacity: 16)
        let betweenWords = WordScanner.words(in: between, table: table)
        guard betweenWords.count <= 4, !between.contains(","), !between.contains("."),
              !betweenWords.contains(where: { $0.isNumeric }) else { return nil }
        let rest = String(decoding: utf8[(colon + 1)...], as: UTF8.self)
        let restWords = WordScanner.words(in: rest, table: table)

        var items: [PassageRef] = []
        var inline: [String] = []
        if restWords.count >= 2 {
            inline = Self.inlineItems(rest)
            guard inline.count >= 2 else { return nil }
            if inline.count == count { return nil }
        } else {
            // The list items that follow, one per paragraph; each cited by its longest sentence
            // (a marker such as "4." may stand as a sentence of its own).
            let article = context.article(claim.ref)
            var index = claim.ref.index + 1
            var lastParagraph = -1
            while index < article.passages.count {
                let p = article.passages[index]
                guard p.paragraphKind == .listItem else { break }
                let ref = PassageRef(article: claim.ref.article, index: index)
                if p.paragraph != lastParagraph {
                    items.append(ref)
                    lastParagraph = p.paragraph
                } else if p.text.utf8.count > context.passage(items[items.count - 1]).text.utf8.count {
                    items[items.count - 1] = ref
                }
                index += 1
            }
            guard items.count >= 2, items.count != count else { return nil }
        }
        let found = items.isEmpty ? inline.count : items.count
        let stated = context.quote(claim, widened: false)
        let things = betweenWords.isEmpty ? "items" : between.trimmedSpaces
        let summary = "The text announces \(stated) \(things) but lists \(found)."
        var explanation = "The passage announces \(Phrasing.quoted(stated + " " + between.trimmedSpaces)) "
        explanation += items.isEmpty
            ? "and then names \(found): \(Phrasing.list(inline.map(Phrasing.quoted)))."
            : "and the list that follows has \(Phrasing.count(found, "item")), not \(count)."
        explanation += " A count and the list it introduces must agree."
        var citations = [context.citation(claim.ref, range: claim.claim.range.lowerBound..<colon)]
        citations += items.map { context.citation($0) }
        return Finding(kind: kind, confidence: 0.85, summary: summary, explanation: explanation, citations: citations)
    }

    /// Items of a list written in a sentence: "higher pay, smaller classes and more staff".
    static func inlineItems(_ text: String) -> [String] {
        var body = Substring(text)
        while let last = body.last, ".!?;".contains(last) || last == " " { body.removeLast() }
        var items: [String] = []
        for piece in body.split(separator: ";").flatMap({ $0.split(separator: ",") }) {
            var part = " " + String(piece) + " "
            for joiner in [" and ", " or "] {
                if let (head, tail) = part.splitAtLast(joiner) {
                    items.append(head)
                    part = " " + tail
                }
            }
            items.append(part)
        }
        return items.map { $0.trimmedSpaces }.filter { !$0.isEmpty && $0 != "and" && $0 != "or" }
            .map { $0.hasPrefix("and ") ? String($0.dropFirst(4)) : $0 }
    }

    // MARK: Parts and total

    static let totalCues: Set<String> = ["of", "total", "all", "out"]
    static let notParts: Set<String> = [
        "injured", "wounded", "more", "others", "other", "additional", "also", "another", "further",
        "missing", "hurt", "earlier", "previously", "last", "ago", "year", "years",
    ]
    static let exhaustive: Set<String> = ["split", "divided", "broken", "comprising", "comprised", "consisting"]
    static let partial: Set<String> = ["including", "include", "includes", "among", "such", "least", "rest", "remaining", "remainder"]

    private func partsExceedTotal(_ total: IndexedClaim, context: CheckContext) -> Finding? {
        let dimension: String
        let value: Double
        switch total.value {
        case let .number(q) where q.isExact: (dimension, value) = ("count", q.stated)
        case let .money(q, c) where q.isExact: (dimension, value) = ("money" + c, q.stated)
        default: return nil
        }
        // "Of the 50 killed", "a total of 50", "all 50", "out of 50", "the 12-member council".
        let before = total.before
        // "The $2 billion price is split into ...": a figure the sentence then divides.
        let divided = context.summary(total.ref).contains(.exhaustive)
            && context.claims(in: total.ref).first(where: { $0.kind == total.kind })?.position == total.position
        let isTotal = (before.first == "the" && before.dropFirst().first == "of")
            || (before.first == "of" && before.dropFirst().first == "total")
            || before.first == "all" || (before.first == "of" && before.dropFirst().first == "out")
            || total.text.hasSuffix("-member") || total.after.first == "member" || divided
        guard isTotal, value > 0 else { return nil }

        var parts: [IndexedClaim] = []
        var refs = [total.ref]
        for claim in context.claims(in: total.ref) where claim.claim.range.lowerBound > total.claim.range.upperBound {
            parts.append(claim)
        }
        if let next = context.passage(total.ref, offset: 1) {
            let words = context.words(next)
            let table = context.wordTable
            if words.count > 2, table.text(words[0].id) == "of" || table.text(words[0].id) == "among",
               ["those", "them", "these", "whom", "which"].contains(table.text(words[1].id)) {
                parts += context.claims(in: next)
                refs.append(next)
            }
        }
        let sentence = refs.reduce(Word.Classes()) { $0.union(context.summary($1)) }
        guard !sentence.contains(.partial) else { return nil }
        var amounts: [(IndexedClaim, Double)] = []
        for part in parts {
            let partValue: Double
            switch part.value {
            case let .number(q) where dimension == "count" && q.isExact: partValue = q.stated
            case let .money(q, c) where dimension == "money" + c && q.isExact: partValue = q.stated
            default: continue
            }
            if part.cues.contains(.change) || part.cues.contains(.modal) { continue }
            if !Set(Array(part.after.prefix(2)) + part.before.prefix(1)).isDisjoint(with: Self.notParts) { continue }
            amounts.append((part, partValue))
        }
        guard amounts.count >= 2 else { return nil }
        let sum = amounts.reduce(0) { $0 + $1.1 }
        let mustEqual = sentence.contains(.exhaustive)
        guard sum > value || (mustEqual && sum != value) else { return nil }

        let currency = String(dimension.dropFirst(5))
        let format: (Double) -> String = { x in
            dimension == "count" ? Phrasing.number(x) : Phrasing.money(x, currency: currency)
        }
        let partsText = amounts.map { format($0.1) }
        let summary = "The parts add up to \(format(sum)), but the total is \(format(value))."
        var explanation = "The text gives a total of \(format(value)) (\(Phrasing.quoted(context.quote(total)))) "
        explanation += "and then parts of \(Phrasing.list(partsText)). "
        explanation += "\(partsText.joined(separator: " + ")) = \(format(sum)), "
        explanation += sum > value ? "more than the total." : "not the total the text says it was split into."
        var citations = [context.citation(total)]
        for ref in refs.dropFirst() { citations.append(context.citation(ref)) }
        return Finding(kind: kind, confidence: mustEqual || sum > value ? 0.8 : 0.7, summary: summary, explanation: explanation, citations: citations)
    }
}

private extension String {
    /// The text before and after the last occurrence of `separator`.
    func splitAtLast(_ separator: String) -> (String, String)? {
        let chars = Array(self), sep = Array(separator)
        guard chars.count >= sep.count else { return nil }
        var i = chars.count - sep.count
        while i >= 0 {
            if Array(chars[i..<(i + sep.count)]) == sep {
                return (String(chars[..<i]), String(chars[(i + sep.count)...]))
            }
            i -= 1
        }
        return nil
    }

    var trimmedSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\n" { s.removeLast() }
        return String(s)
    }
}
