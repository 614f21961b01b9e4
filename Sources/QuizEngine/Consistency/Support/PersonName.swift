/// A person's name as the checks compare it: titles dropped, case and accents folded.
///
/// "Sen. Marco Rubio", "Rubio" and "Marco Rubio" are one person; "Nicolás Maduro" and his son
/// "Nicolás Maduro Guerra" are not, and neither are "Delcy Rodríguez" and "Jorge Rodríguez".
/// Two full names match when one is the other's ending ("Maduro Guerra") or when first and last
/// names agree; a single name is resolved against the full names in the same story, and left
/// unresolved when more than one person could be meant.
struct PersonName: Hashable, Sendable, CustomStringConvertible {
    /// Folded name words, titles removed: ["nicolas", "maduro"].
    let tokens: [String]
    /// As written, titles removed, for explanations.
    let display: String

    /// `table` is the run's word table (words it already knows are not made into strings and
    /// looked up in the vocabularies again), or when none is given one of the name's own.
    init?(_ raw: String, table: PassageWordTable = PassageWordTable(capacity: 8)) {
        self.init(words: WordScanner.words(in: raw, table: table)[...], in: raw, table: table)
    }

    /// A name from words already split out of `text` with `table`.
    init?(words: ArraySlice<Word>, in text: String, table: PassageWordTable) {
        // Room for every word up front, and the display joined straight from the text: grown a
        // word at a time and joined from an array of strings, names were a fortieth of a
        // compile (the checks read thousands of them).
        var tokens: [String] = []
        tokens.reserveCapacity(words.count)
        var shown: [Range<Int>] = []
        shown.reserveCapacity(words.count)
        for word in words {
            let folded = PersonName.fold(table.text(word.id))
            if tokens.isEmpty, PersonName.titles.contains(folded) { continue }
            if !word.isCapitalized, !PersonName.particles.contains(folded) { continue }
            tokens.append(folded)
            shown.append(word.range)
        }
        while let last = tokens.last, PersonName.particles.contains(last) {
            tokens.removeLast()
            shown.removeLast()
        }
        guard !tokens.isEmpty else { return nil }
        self.tokens = tokens
        // The words as written, joined by single spaces, copied byte for byte from the text.
        var source = text
        self.display = source.withUTF8 { bytes in
            let length = shown.reduce(shown.count - 1) { $0 + $1.count }
            return String(unsafeUninitializedCapacity: length) { buffer in
                var at = 0
                for (k, range) in shown.enumerated() {
                    if k > 0 { buffer[at] = 0x20; at += 1 }
                    for offset in range { buffer[at] = bytes[offset]; at += 1 }
                }
                return at
            }
        }
    }

    var description: String { display }
    var last: String { tokens.last ?? "" }
    var isSingle: Bool { tokens.count == 1 }

    /// Whether two written names can be the same person without knowing anything else.
    func sameAs(_ other: PersonName) -> Bool {
        if tokens == other.tokens { return true }
        let (short, long) = tokens.count <= other.tokens.count ? (tokens, other.tokens) : (other.tokens, tokens)
        if short.count == 1 { return long.last == short[0] }
        if long.suffix(short.count).elementsEqual(short) { return true }
        // First and last agree: "Marco Rubio" and "Marco Antonio Rubio".
        return short.first == long.first && short.last == long.last
    }

    /// Folds case and the common Latin accents, so "Rodríguez" and "Rodriguez" compare equal.
    static func fold(_ word: String) -> String {
        var bytes = word
        guard bytes.withUTF8({ $0.contains { $0 >= 0x80 } }) else { return word }
        var out = ""
        for scalar in word.lowercased().unicodeScalars {
            switch scalar {
            case "á", "à", "â", "ä", "ã", "å": out.append("a")
            case "é", "è", "ê", "ë": out.append("e")
            case "í", "ì", "î", "ï": out.append("i")
            case "ó", "ò", "ô", "ö", "õ", "ø": out.append("o")
            case "ú", "ù", "û", "ü": out.append("u")
            case "ñ": out.append("n")
            case "ç": out.append("c")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sen", "senator", "rep", "representative",
        "gov", "governor", "president", "vice", "prime", "minister", "mayor", "judge", "justice",
        "gen", "general", "col", "colonel", "capt", "captain", "lt", "sgt", "sir", "dame", "lord",
        "lady", "rev", "reverend", "father", "sister", "brother", "chancellor", "secretary", "ambassador",
        "envoy", "chief", "director", "ceo", "chairman", "chairwoman", "chair", "coach", "officer",
        "detective", "inspector", "commissioner", "councillor", "councilor", "councilman", "councilwoman",
        "deputy", "speaker", "leader", "king", "queen", "prince", "princess", "pope", "saint", "st",
        "superintendent", "principal", "spokesman", "spokeswoman", "spokesperson", "former", "u.s", "us",
    ]

    /// Lowercase name words that belong inside names.
    static let particles: Set<String> = ["de", "del", "la", "da", "van", "von", "der", "di", "dos", "das", "bin", "al", "le"]
}

/// The people named in a story, so a bare surname can be resolved to one of them.
struct NameRegistry: Sendable {
    /// Each full name once, in the order first added (read by tests).
    private(set) var fullNames: [PersonName] = []
    private var byLast: [String: [Int]] = [:]

    init() {}

    /// A name already added is recognised among those with its last word rather than through a
    /// set of whole names: hashing every word and the display of each name a story repeats was
    /// most of what building a registry cost, and the last word is hashed here anyway. Those
    /// lists are short (the people of one story sharing a surname), and `distinctPeople` walks
    /// them in full for every resolution already.
    mutating func add(_ name: PersonName) {
        guard name.tokens.count >= 2 else { return }
        Self.add(name, to: &fullNames, listedIn: &byLast[name.last, default: []])
    }

    /// Adds `name` to `names` and its index to `list` (the names with its last word), unless
    /// `list` already holds it.
    private static func add(_ name: PersonName, to names: inout [PersonName], listedIn list: inout [Int]) {
        if list.contains(where: { names[$0] == name }) { return }
        list.append(names.count)
        names.append(name)
    }

    /// The full name a mention stands for, when exactly one person fits; the mention itself
    /// when it is already a full name or nobody fits. Either way its last word is the
    /// mention's (`AgeArithmetic` keys names by it without resolving them).
    func resolve(_ name: PersonName) -> PersonName? {
        guard name.isSingle else { return name }
        let token = name.tokens[0]
        if let lasts = byLast[token] {
            let distinct = distinctPeople(lasts)
            return distinct.count == 1 ? distinct[0] : nil
        }
        // Only inside longer names ("Maduro" in "Nicolás Maduro Guerra"): a different person may
        // be meant, so the mention stays as written and matches only itself.
        return name
    }

    /// Whether two full names (two words or more each) are the same person, which any registry
    /// answers alike, since a full name resolves to itself; nil when either is a bare surname,
    /// which only the story's registry can resolve.
    static func sameFullNames(_ a: PersonName, _ b: PersonName) -> Bool? {
        guard !a.isSingle, !b.isSingle else { return nil }
        return a.sameAs(b)
    }

    /// Whether two mentions are the same person, as far as the story lets one tell.
    func samePerson(_ a: PersonName, _ b: PersonName) -> Bool {
        // An ambiguous surname ("Rodríguez" with two Rodríguezes in the story) matches nobody.
        guard let ra = resolve(a), let rb = resolve(b) else { return false }
        return ra.sameAs(rb)
    }

    /// Collapses names that are one person ("Marco Rubio", "Marco Antonio Rubio") to the longest.
    private func distinctPeople(_ indices: [Int]) -> [PersonName] {
        var people: [PersonName] = []
        for index in indices {
            let name = fullNames[index]
            if let at = people.firstIndex(where: { $0.sameAs(name) }) {
                if name.tokens.count > people[at].tokens.count { people[at] = name }
            } else {
                people.append(name)
            }
        }
        return people
    }
}
