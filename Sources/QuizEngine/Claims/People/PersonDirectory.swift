/// The people of one article, each with the fullest name the article gives them, so that
/// "Maduro", "Pascual" and "Nicholas" resolve to "Nicolás Maduro", "Carlos Pascual" and
/// "Nicolás Maduro Guerra".
///
/// Built from every name mention of the article before any claim is made, so a surname used
/// before the full name still resolves. Rules, in order:
/// - A name of two or more words that is a person (by a first name, a title, an age, a role or
///   a speech verb anywhere in the article) is a person of its own. Different full names are
///   different people, even when one extends the other ("Nicolás Maduro" is not
///   "Nicolás Maduro Guerra").
/// - A shorter name resolves to the one person whose full name ends with it ("Maduro",
///   "Corina Machado"), else to the one whose first name it is ("Sofia"), else to the one with
///   that nickname. If two people fit equally, it stays unresolved rather than guess.
/// - A one-word name with its own evidence and no match ("Nicholas, 34,") is a person of its own.
struct PersonDirectory: Sendable {
    struct Person: Hashable, Sendable {
        /// The name as the article writes it in full: "María Corina Machado".
        let name: String
        let words: [String]
        var aliases: [String]
    }

    private(set) var people: [Person] = []
    private var byFullName: [String: Int] = [:]
    /// "maduro" and "corina machado" → the people whose full names end so.
    private var bySuffix: [String: [Int]] = [:]
    private var byFirstWord: [String: [Int]] = [:]
    private var byAlias: [String: [Int]] = [:]

    init() {}

    /// Builds the directory and resolves every mention (`NameMention.person`, and `kind` set to
    /// `.person` for resolved ones).
    init(resolving passages: inout [PassageAnalysis]) {
        // Full names seen with evidence of being a person, article-wide.
        var evidenceByName: [String: NameMention.Evidence] = [:]
        for passage in passages {
            for mention in passage.names where mention.kind == .person || mention.kind == .unknown {
                evidenceByName[mention.words.joined(separator: " "), default: []].formUnion(mention.evidence)
            }
        }
        for passage in passages {
            for mention in passage.names where mention.words.count >= 2 && mention.kind != .place
                && mention.kind != .organization && mention.kind != .vessel {
                let key = mention.words.joined(separator: " ")
                guard let evidence = evidenceByName[key], !evidence.isEmpty else { continue }
                add(name: mention.text, words: mention.words, alias: mention.alias)
            }
        }
        // Longer forms first, so a two-word suffix ("Corina Machado") finds its full name.
        for index in passages.indices {
            for m in passages[index].names.indices {
                let mention = passages[index].names[m]
                guard mention.kind != .place, mention.kind != .organization, mention.kind != .vessel else { continue }
                var person = byFullName[mention.words.joined(separator: " ")]
                if person == nil { person = resolve(mention.words) }
                if person == nil, mention.words.count == 1, !(evidenceByName[mention.words[0]] ?? []).isEmpty,
                   !mention.isQuoted {
                    person = add(name: mention.text, words: mention.words, alias: nil)
                }
                if let person {
                    passages[index].names[m].person = person
                    passages[index].names[m].kind = .person
                }
            }
        }
    }

    var count: Int { people.count }

    subscript(index: Int) -> Person { people[index] }

    /// The person a name (lower-cased words) refers to, if exactly one fits.
    func resolve(_ words: [String]) -> Int? {
        guard !words.isEmpty else { return nil }
        let key = words.joined(separator: " ")
        if let exact = byFullName[key] { return exact }
        if let candidates = bySuffix[key] { return candidates.count == 1 ? candidates[0] : nil }
        guard words.count == 1 else { return nil }
        if let candidates = byFirstWord[key] { return candidates.count == 1 ? candidates[0] : nil }
        if let candidates = byAlias[key] { return candidates.count == 1 ? candidates[0] : nil }
        return nil
    }

    @discardableResult
    private mutating func add(name: String, words: [String], alias: String?) -> Int {
        let key = words.joined(separator: " ")
        if let existing = byFullName[key] {
            if let alias = alias?.lowercased(), !people[existing].aliases.contains(alias) {
                people[existing].aliases.append(alias)
                byAlias[alias, default: []].append(existing)
            }
            return existing
        }
        let index = people.count
        people.append(Person(name: name, words: words, aliases: alias.map { [$0.lowercased()] } ?? []))
        byFullName[key] = index
        if words.count > 1 {
            for length in 1..<words.count {
                bySuffix[words.suffix(length).joined(separator: " "), default: []].append(index)
            }
            byFirstWord[words[0], default: []].append(index)
        }
        if let alias = alias?.lowercased() { byAlias[alias, default: []].append(index) }
        return index
    }
}
