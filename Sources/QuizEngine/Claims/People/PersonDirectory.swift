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
///
/// Names are compared by `NameKey`, not by strings: the directory is built for every article
/// in the compiler's hot path.
struct PersonDirectory: Sendable {
    struct Person: Hashable, Sendable {
        /// The name as the article writes it in full: "María Corina Machado".
        let name: String
        /// `WordHash` of each word of the name.
        let words: [UInt64]
    }

    private(set) var people: [Person] = []
    private var byFullName: [UInt64: Int] = [:]
    /// The keys of "Maduro" and "Corina Machado" → the people whose full names end so.
    private var bySuffix: [UInt64: [Int]] = [:]
    private var byFirstWord: [UInt64: [Int]] = [:]
    private var byAlias: [UInt64: [Int]] = [:]

    init() {}

    /// Builds the directory and resolves every mention (`NameMention.person`, and `kind` set to
    /// `.person` for resolved ones). `names[p]` are the mentions of `passages[p]`.
    init(resolving names: inout [[NameMention]], in passages: [PassageAnalysis]) {
        // Names seen with evidence of being a person, article-wide.
        var evidenceByName: [UInt64: NameMention.Evidence] = [:]
        for mentions in names {
            for mention in mentions where !mention.evidence.isEmpty && (mention.kind == .person || mention.kind == .unknown) {
                evidenceByName[mention.key, default: []].formUnion(mention.evidence)
            }
        }
        for (p, mentions) in names.enumerated() {
            for mention in mentions where mention.wordCount >= 2 && Self.mayBePerson(mention) {
                guard let evidence = evidenceByName[mention.key], !evidence.isEmpty else { continue }
                add(mention, in: passages[p])
            }
        }
        // A surname that speaks or has an age or role ("Carvajal told TNT Sports") makes the one
        // unknown full name ending in it a person too ("Dani Carvajal headed in a corner").
        var unknownBySurname: [UInt64: Set<UInt64>] = [:]
        var firstUnknown: [UInt64: (passage: Int, mention: Int)] = [:]
        for (p, mentions) in names.enumerated() {
            for (m, mention) in mentions.enumerated() where mention.kind == .unknown && mention.wordCount >= 2
                && byFullName[mention.key] == nil
                && (!mention.isSentenceInitial || passages[p].tokens[mention.name.lowerBound].classes.isEmpty) {
                let words = passages[p].nameWords(mention)
                guard let last = words.last else { continue }
                unknownBySurname[NameKey.combine([passages[p].tokens[last].key]), default: []].insert(mention.key)
                if firstUnknown[mention.key] == nil { firstUnknown[mention.key] = (p, m) }
            }
        }
        for mentions in names {
            for mention in mentions where mention.wordCount == 1 && !mention.evidence.isEmpty && resolveWithoutAdding(mention) == nil {
                guard let full = unknownBySurname[mention.key], full.count == 1, let at = firstUnknown[full.first!] else { continue }
                add(names[at.passage][at.mention], in: passages[at.passage])
            }
        }
        for p in names.indices {
            for m in names[p].indices {
                let mention = names[p][m]
                guard Self.mayBePerson(mention) else { continue }
                var person = resolve(mention, in: passages[p])
                if person == nil, mention.wordCount == 1, !mention.isQuoted, !(evidenceByName[mention.key] ?? []).isEmpty {
                    person = add(mention, in: passages[p])
                }
                if let person {
                    names[p][m].person = person
                    names[p][m].kind = .person
                }
            }
        }
    }

    var count: Int { people.count }

    subscript(index: Int) -> Person { people[index] }

    private static func mayBePerson(_ mention: NameMention) -> Bool {
        mention.kind == .person || mention.kind == .unknown
    }

    /// The person a one-word name refers to by the keys alone (surname or full name).
    private func resolveWithoutAdding(_ mention: NameMention) -> Int? {
        if let exact = byFullName[mention.key] { return exact }
        if let candidates = bySuffix[mention.key], candidates.count == 1 { return candidates[0] }
        return nil
    }

    /// The person a name refers to, if exactly one fits.
    func resolve(_ mention: NameMention, in passage: PassageAnalysis) -> Int? {
        guard mention.wordCount > 0 else { return nil }
        if let exact = byFullName[mention.key] { return exact }
        if let candidates = bySuffix[mention.key] { return candidates.count == 1 ? candidates[0] : nil }
        guard mention.wordCount == 1 else { return nil }
        let word = passage.tokens[passage.nameWords(mention)[0]].key
        if let candidates = byFirstWord[word] { return candidates.count == 1 ? candidates[0] : nil }
        if let candidates = byAlias[word] { return candidates.count == 1 ? candidates[0] : nil }
        return nil
    }

    @discardableResult
    private mutating func add(_ mention: NameMention, in passage: PassageAnalysis) -> Int {
        let alias = mention.alias.map { passage.tokens[$0].key }
        if let existing = byFullName[mention.key] {
            if let alias, !(byAlias[alias] ?? []).contains(existing) { byAlias[alias, default: []].append(existing) }
            return existing
        }
        let words = passage.nameWords(mention).map { passage.tokens[$0].key }
        let index = people.count
        people.append(Person(name: passage.nameText(mention), words: words))
        byFullName[mention.key] = index
        if words.count > 1 {
            for length in 1..<words.count {
                bySuffix[NameKey.combine(words.suffix(length)), default: []].append(index)
            }
            byFirstWord[words[0], default: []].append(index)
        }
        if let alias { byAlias[alias, default: []].append(index) }
        return index
    }
}
