/// What the lexicon knows about a word. A word can be several things at once: "official" is a
/// role noun and a source noun, "general" a title and a role modifier.
struct WordClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt64

    /// Articles, prepositions, conjunctions, pronouns, auxiliaries: never a key word.
    static let function = WordClass(rawValue: 1 << 0)
    /// "a", "an", "the", "this", "that", "some": starts a noun phrase.
    static let determiner = WordClass(rawValue: 1 << 1)
    /// "his", "her", "their", "its".
    static let possessivePronoun = WordClass(rawValue: 1 << 2)
    /// "he", "she": a speaker to resolve from the sentences around.
    static let subjectPronoun = WordClass(rawValue: 1 << 3)
    /// "I", "we", "you", "my", "I'll": marks a real quotation rather than a quoted term.
    static let firstOrSecondPerson = WordClass(rawValue: 1 << 4)
    /// "said", "told", "tweeting", "cautioned": introduces someone's words.
    static let speechVerb = WordClass(rawValue: 1 << 5)
    /// "reported", "confirm", "assert", "revealed": a source passing on information.
    static let reportVerb = WordClass(rawValue: 1 << 6)
    /// Stands before a name as a title: "President", "Senator", "Minister".
    static let title = WordClass(rawValue: 1 << 7)
    /// "Sen.", "Gov.", "Dr.": a title that is written with a period.
    static let titleAbbreviation = WordClass(rawValue: 1 << 8)
    /// What a person is or does: "analyst", "teacher", "envoy", "wife".
    static let roleNoun = WordClass(rawValue: 1 << 9)
    /// Qualifies a role: "former", "vice", "opposition", "exile", "regime".
    static let roleModifier = WordClass(rawValue: 1 << 10)
    /// "Venezuelan", "American": an adjective of origin before a title.
    static let demonym = WordClass(rawValue: 1 << 11)
    /// A first name: evidence that a capitalised sequence is a person.
    static let givenName = WordClass(rawValue: 1 << 12)
    /// "restaurant", "palace", "hotel": a common noun that is part of a place's name.
    static let venueNoun = WordClass(rawValue: 1 << 13)
    /// Last word of a place name: "Palace", "Square", "Island", "City".
    static let placeHead = WordClass(rawValue: 1 << 14)
    /// First word of a place name: "Puerto", "San", "Mount", "Lake".
    static let placeFirst = WordClass(rawValue: 1 << 15)
    /// Last word of an organisation's name: "House", "Department", "Herald", "Research".
    static let orgWord = WordClass(rawValue: 1 << 16)
    /// Head of a noun phrase naming where information comes from: "sources", "data", "estimates".
    static let sourceNoun = WordClass(rawValue: 1 << 17)
    /// Something said or posted: "tweet", "TikTok", "response", "words", "voice", "offer".
    static let mediaNoun = WordClass(rawValue: 1 << 18)
    /// May stand between a subject and its speech verb: "reportedly", "also", "later".
    static let adverb = WordClass(rawValue: 1 << 19)
    static let month = WordClass(rawValue: 1 << 20)
    static let weekday = WordClass(rawValue: 1 << 21)
    /// Something that happens somewhere: "meeting", "summit", "rally", "speech".
    static let eventNoun = WordClass(rawValue: 1 << 22)
    /// Moving somewhere, so the place holds from then on: "fled", "moved", "emigrated".
    static let moveVerb = WordClass(rawValue: 1 << 23)
    /// Being somewhere: "lives", "sat", "stayed", "gathered", "huddle".
    static let stayVerb = WordClass(rawValue: 1 << 24)
    /// "who", "which", "that", "where", "whose": opens a relative clause.
    static let relative = WordClass(rawValue: 1 << 25)
    /// "and", "or", "but".
    static let conjunction = WordClass(rawValue: 1 << 26)
    static let preposition = WordClass(rawValue: 1 << 27)
    /// Lower-case particles inside names: "de", "del", "da", "van", "von", "bin".
    static let nameParticle = WordClass(rawValue: 1 << 28)
    /// "cited", "same", "these", "outlet", "newspaper": a source named before.
    static let anaphoricSource = WordClass(rawValue: 1 << 29)
    /// "USS", "HMS": a ship, not a person, follows.
    static let vesselPrefix = WordClass(rawValue: 1 << 30)
    /// A well-known news outlet or agency: "Reuters", "Axios", "Bloomberg".
    static let outlet = WordClass(rawValue: 1 << 31)
    /// A country, region or city name that is one word: "Venezuela", "Caracas", "Bogotá".
    static let place = WordClass(rawValue: 1 << 32)
    /// Kinship nouns, a subset of role nouns: "wife", "son".
    static let family = WordClass(rawValue: 1 << 33)
    /// Copular and serving verbs: "is", "was", "became", "serves".
    static let copula = WordClass(rawValue: 1 << 34)
    /// "born".
    static let born = WordClass(rawValue: 1 << 35)
    /// "called", "dubbed", "so-called": what follows in quotes is a name for something.
    static let namingVerb = WordClass(rawValue: 1 << 36)
    /// What an outlet publishes: "report", "story", "investigation", "interview".
    static let reportNoun = WordClass(rawValue: 1 << 37)
    /// Opens a subordinate clause: "although", "because", "though", "whereas".
    static let subordinator = WordClass(rawValue: 1 << 38)
    /// "three", "million", "dozen", "percent": part of a figure, never a key word.
    static let numberWord = WordClass(rawValue: 1 << 39)
    /// A trip rather than a move: "traveled", "flew", "arrived", "visited".
    static let travelVerb = WordClass(rawValue: 1 << 40)
    /// A group that gathers or lives somewhere: "exiles", "protesters", "families".
    static let groupNoun = WordClass(rawValue: 1 << 41)
    /// What "per" divides by: "per capita", "per cent", "per day".
    static let perUnit = WordClass(rawValue: 1 << 42)
}
