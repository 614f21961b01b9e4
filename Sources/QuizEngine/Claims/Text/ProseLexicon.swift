/// The word tables the people, quote, source and place recognizers consult, keyed by `WordHash`.
///
/// Built once (a static table), looked up once per word while tokenizing. The lists themselves
/// live in `ProseLexicon+Words.swift`, `GivenNames.swift`, `RoleWords.swift` and
/// `PlaceGazetteer.swift`, grouped by what they are evidence of.
struct ProseLexicon: Sendable {
    static let shared = ProseLexicon()

    private let table: [UInt64: WordClass]
    /// Expansion of title abbreviations: "sen" is "senator".
    private let abbreviations: [UInt64: String]

    init() {
        var table: [UInt64: WordClass] = [:]
        func add(_ words: String, _ wordClass: WordClass) {
            for word in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                table[WordHash.of(String(word)), default: []].formUnion(wordClass)
            }
        }
        for (words, wordClass) in Self.wordLists { add(words, wordClass) }
        add(GivenNames.list, .givenName)
        add(RoleWords.titles, [.title, .roleNoun])
        add(RoleWords.roleNouns, .roleNoun)
        add(RoleWords.familyNouns, [.roleNoun, .family])
        add(RoleWords.modifiers, .roleModifier)
        add(RoleWords.demonyms, .demonym)
        add(PlaceGazetteer.singleWordPlaces, .place)
        var abbreviations: [UInt64: String] = [:]
        for (short, long) in RoleWords.titleAbbreviations {
            table[WordHash.of(short), default: []].formUnion(.titleAbbreviation)
            abbreviations[WordHash.of(short)] = long
        }
        self.table = table
        self.abbreviations = abbreviations
    }

    func classes(of key: UInt64) -> WordClass { table[key] ?? [] }

    /// "senator" for the key of "Sen", if it is a title abbreviation.
    func expansion(ofAbbreviation key: UInt64) -> String? { abbreviations[key] }
}
