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
/// Names are compared by `NameKey`, not by strings, and looked up in `NameKeyTable`s, not
/// dictionaries: the directory is built for every article in the compiler's hot path.
struct PersonDirectory: Sendable {
    struct Person: Hashable, Sendable {
        /// The name as the article writes it in full: "María Corina Machado".
        let name: String
        /// `WordHash` of each word of the name.
        let words: [UInt64]
    }

    /// The people a key names, as far as resolving needs them: the first, and how many. Only
    /// a key naming exactly one person resolves (an array per key was an allocation each).
    private struct Candidates {
        let first: Int
        var count = 0

        var only: Int? { count == 1 ? first : nil }
    }

    /// The one unknown full name seen ending in a surname, or that there were several.
    private struct SurnameOwner {
        var fullName: UInt64
        var isShared = false
    }

    private(set) var people: [Person] = []
    private var byFullName: NameKeyTable<Int>
    /// The keys of "Maduro" and "Corina Machado" → the people whose full names end so.
    private var bySuffix: NameKeyTable<Candidates>
    private var byFirstWord: NameKeyTable<Candidates>
    private var byAlias: NameKeyTable<[Int]>

    init() {
        byFullName = NameKeyTable()
        bySuffix = NameKeyTable()
        byFirstWord = NameKeyTable()
        byAlias = NameKeyTable()
    }

    /// Builds the directory and resolves every mention (`NameMention.person`, and `kind` set to
    /// `.person` for resolved ones). `names[p]` are the mentions of `passages[p]`.
    init(resolving names: inout [[NameMention]], in passages: [PassageAnalysis]) {
        // No table holds more keys than there are mentions, bar the suffixes of long names.
        // The mentions are read through indices throughout: iterating `names` copied each
        // passage's array out of it, a retain and a release per passage and loop (about 2,900
        // instructions an article).
        var capacity = 0
        for p in names.indices { capacity += names[p].count }
        byFullName = NameKeyTable(capacity: capacity)
        bySuffix = NameKeyTable(capacity: capacity)
        byFirstWord = NameKeyTable(capacity: capacity)
        byAlias = NameKeyTable()
        // Names seen with evidence of being a person, article-wide.
        var evidenceByName = NameKeyTable<NameMention.Evidence>(capacity: capacity)
        for p in names.indices {
            for m in names[p].indices {
                let mention = names[p][m]
                guard !mention.evidence.isEmpty && (mention.kind == .person || mention.kind == .unknown) else { continue }
                evidenceByName.update(mention.key, default: []) { $0.formUnion(mention.evidence) }
            }
        }
        for p in names.indices {
            for m in names[p].indices {
                let mention = names[p][m]
                guard mention.wordCount >= 2 && Self.mayBePerson(mention) else { continue }
                guard let evidence = evidenceByName[mention.key], !evidence.isEmpty else { continue }
                add(mention, in: passages[p])
            }
        }
        // A surname that speaks or has an age or role ("Carvajal told TNT Sports") makes the one
        // unknown full name ending in it a person too ("Dani Carvajal headed in a corner").
        var unknownBySurname = NameKeyTable<SurnameOwner>(capacity: capacity)
        var firstUnknown = NameKeyTable<(passage: Int, mention: Int)>(capacity: capacity)
        for p in names.indices {
            for m in names[p].indices {
                let mention = names[p][m]
                guard mention.kind == .unknown && mention.wordCount >= 2
                    && byFullName[mention.key] == nil
                    && (!mention.isSentenceInitial || passages[p].tokens[mention.name.lowerBound].classes.isEmpty) else { continue }
                guard let last = Self.lastWordKey(mention, in: passages[p]) else { continue }
                let fullName = mention.key
                unknownBySurname.update(NameKey.combine([last]), default: SurnameOwner(fullName: fullName)) {
                    if $0.fullName != fullName { $0.isShared = true }
                }
                if firstUnknown[fullName] == nil { firstUnknown.set((p, m), for: fullName) }
            }
        }
        for p in names.indices {
            for m in names[p].indices {
                let mention = names[p][m]
                guard mention.wordCount == 1 && !mention.evidence.isEmpty && resolveWithoutAdding(mention) == nil else { continue }
                guard let owner = unknownBySurname[mention.key], !owner.isShared, let at = firstUnknown[owner.fullName] else { continue }
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

    /// `WordHash`es of a name's words (`PassageAnalysis.nameWords`), without the array of indices.
    private static func wordKeys(_ mention: NameMention, in passage: PassageAnalysis) -> [UInt64] {
        var keys: [UInt64] = []
        keys.reserveCapacity(mention.name.count)
        for index in mention.name where passage.tokens[index].kind == .word && index != mention.alias {
            keys.append(passage.tokens[index].key)
        }
        return keys
    }

    private static func firstWordKey(_ mention: NameMention, in passage: PassageAnalysis) -> UInt64? {
        for index in mention.name where passage.tokens[index].kind == .word && index != mention.alias {
            return passage.tokens[index].key
        }
        return nil
    }

    private static func lastWordKey(_ mention: NameMention, in passage: PassageAnalysis) -> UInt64? {
        for index in mention.name.reversed() where passage.tokens[index].kind == .word && index != mention.alias {
            return passage.tokens[index].key
        }
        return nil
    }

    /// The person a one-word name refers to by the keys alone (surname or full name).
    private func resolveWithoutAdding(_ mention: NameMention) -> Int? {
        if let exact = byFullName[mention.key] { return exact }
        return bySuffix[mention.key]?.only
    }

    /// The person a name refers to, if exactly one fits.
    func resolve(_ mention: NameMention, in passage: PassageAnalysis) -> Int? {
        guard mention.wordCount > 0 else { return nil }
        if let exact = byFullName[mention.key] { return exact }
        if let candidates = bySuffix[mention.key] { return candidates.only }
        guard mention.wordCount == 1 else { return nil }
        guard let word = Self.firstWordKey(mention, in: passage) else { return nil }
        if let candidates = byFirstWord[word] { return candidates.only }
        if let candidates = byAlias[word] { return candidates.count == 1 ? candidates[0] : nil }
        return nil
    }

    @discardableResult
    private mutating func add(_ mention: NameMention, in passage: PassageAnalysis) -> Int {
        let alias = mention.alias.map { passage.tokens[$0].key }
        if let existing = byFullName[mention.key] {
            if let alias, !(byAlias[alias] ?? []).contains(existing) { byAlias.update(alias, default: []) { $0.append(existing) } }
            return existing
        }
        let words = Self.wordKeys(mention, in: passage)
        let index = people.count
        people.append(Person(name: passage.nameText(mention), words: words))
        byFullName.set(index, for: mention.key)
        if words.count > 1 {
            for length in 1..<words.count {
                bySuffix.update(NameKey.combine(words.suffix(length)), default: Candidates(first: index)) { $0.count += 1 }
            }
            byFirstWord.update(words[0], default: Candidates(first: index)) { $0.count += 1 }
        }
        if let alias { byAlias.update(alias, default: []) { $0.append(index) } }
        return index
    }
}
