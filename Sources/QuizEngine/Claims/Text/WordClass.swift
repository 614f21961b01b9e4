/// What the lexicon knows about a word. A word can be several things at once: "official" is a
/// role noun and a source noun, "general" a title and a role modifier.
struct WordClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt64

    /// Articles, prepositions, conjunctions, pronouns, auxiliaries: never a key word.
    static var function: WordClass { WordClass(rawValue: 1 << 0) }
    /// "a", "an", "the", "this", "that", "some": starts a noun phrase.
    static var determiner: WordClass { WordClass(rawValue: 1 << 1) }
    /// "his", "her", "their", "its".
    static var possessivePronoun: WordClass { WordClass(rawValue: 1 << 2) }
    /// "he", "she": a speaker to resolve from the sentences around.
    static var subjectPronoun: WordClass { WordClass(rawValue: 1 << 3) }
    /// "I", "we", "you", "my", "I'll": marks a real quotation rather than a quoted term.
    static var firstOrSecondPerson: WordClass { WordClass(rawValue: 1 << 4) }
    /// "said", "told", "tweeting", "cautioned": introduces someone's words.
    static var speechVerb: WordClass { WordClass(rawValue: 1 << 5) }
    /// "reported", "confirm", "assert", "revealed": a source passing on information.
    static var reportVerb: WordClass { WordClass(rawValue: 1 << 6) }
    /// Stands before a name as a title: "President", "Senator", "Minister".
    static var title: WordClass { WordClass(rawValue: 1 << 7) }
    /// "Sen.", "Gov.", "Dr.": a title that is written with a period.
    static var titleAbbreviation: WordClass { WordClass(rawValue: 1 << 8) }
    /// What a person is or does: "analyst", "teacher", "envoy", "wife".
    static var roleNoun: WordClass { WordClass(rawValue: 1 << 9) }
    /// Qualifies a role: "former", "vice", "opposition", "exile", "regime".
    static var roleModifier: WordClass { WordClass(rawValue: 1 << 10) }
    /// "Venezuelan", "American": an adjective of origin before a title.
    static var demonym: WordClass { WordClass(rawValue: 1 << 11) }
    /// A first name: evidence that a capitalised sequence is a person.
    static var givenName: WordClass { WordClass(rawValue: 1 << 12) }
    /// "restaurant", "palace", "hotel": a common noun that is part of a place's name.
    static var venueNoun: WordClass { WordClass(rawValue: 1 << 13) }
    /// Last word of a place name: "Palace", "Square", "Island", "City".
    static var placeHead: WordClass { WordClass(rawValue: 1 << 14) }
    /// First word of a place name: "Puerto", "San", "Mount", "Lake".
    static var placeFirst: WordClass { WordClass(rawValue: 1 << 15) }
    /// Last word of an organisation's name: "House", "Department", "Herald", "Research".
    static var orgWord: WordClass { WordClass(rawValue: 1 << 16) }
    /// Head of a noun phrase naming where information comes from: "sources", "data", "estimates".
    static var sourceNoun: WordClass { WordClass(rawValue: 1 << 17) }
    /// Something said or posted: "tweet", "TikTok", "response", "words", "voice", "offer".
    static var mediaNoun: WordClass { WordClass(rawValue: 1 << 18) }
    /// May stand between a subject and its speech verb: "reportedly", "also", "later".
    static var adverb: WordClass { WordClass(rawValue: 1 << 19) }
    static var month: WordClass { WordClass(rawValue: 1 << 20) }
    static var weekday: WordClass { WordClass(rawValue: 1 << 21) }
    /// Something that happens somewhere: "meeting", "summit", "rally", "speech".
    static var eventNoun: WordClass { WordClass(rawValue: 1 << 22) }
    /// Moving somewhere, so the place holds from then on: "fled", "moved", "emigrated".
    static var moveVerb: WordClass { WordClass(rawValue: 1 << 23) }
    /// Being somewhere: "lives", "sat", "stayed", "gathered", "huddle".
    static var stayVerb: WordClass { WordClass(rawValue: 1 << 24) }
    /// "who", "which", "that", "where", "whose": opens a relative clause.
    static var relative: WordClass { WordClass(rawValue: 1 << 25) }
    /// "and", "or", "but".
    static var conjunction: WordClass { WordClass(rawValue: 1 << 26) }
    static var preposition: WordClass { WordClass(rawValue: 1 << 27) }
    /// Lower-case particles inside names: "de", "del", "da", "van", "von", "bin".
    static var nameParticle: WordClass { WordClass(rawValue: 1 << 28) }
    /// "cited", "same", "these", "outlet", "newspaper": a source named before.
    static var anaphoricSource: WordClass { WordClass(rawValue: 1 << 29) }
    /// "USS", "HMS": a ship, not a person, follows.
    static var vesselPrefix: WordClass { WordClass(rawValue: 1 << 30) }
    /// A well-known news outlet or agency: "Reuters", "Axios", "Bloomberg".
    static var outlet: WordClass { WordClass(rawValue: 1 << 31) }
    /// A country, region or city name that is one word: "Venezuela", "Caracas", "Bogotá".
    static var place: WordClass { WordClass(rawValue: 1 << 32) }
    /// Kinship nouns, a subset of role nouns: "wife", "son".
    static var family: WordClass { WordClass(rawValue: 1 << 33) }
    /// Copular and serving verbs: "is", "was", "became", "serves".
    static var copula: WordClass { WordClass(rawValue: 1 << 34) }
    /// "born".
    static var born: WordClass { WordClass(rawValue: 1 << 35) }
    /// "called", "dubbed", "so-called": what follows in quotes is a name for something.
    static var namingVerb: WordClass { WordClass(rawValue: 1 << 36) }
    /// What an outlet publishes: "report", "story", "investigation", "interview".
    static var reportNoun: WordClass { WordClass(rawValue: 1 << 37) }
    /// Opens a subordinate clause: "although", "because", "though", "whereas".
    static var subordinator: WordClass { WordClass(rawValue: 1 << 38) }
    /// "three", "million", "dozen", "percent": part of a figure, never a key word.
    static var numberWord: WordClass { WordClass(rawValue: 1 << 39) }
    /// A trip rather than a move: "traveled", "flew", "arrived", "visited".
    static var travelVerb: WordClass { WordClass(rawValue: 1 << 40) }
    /// A group that gathers or lives somewhere: "exiles", "protesters", "families".
    static var groupNoun: WordClass { WordClass(rawValue: 1 << 41) }
    /// What "per" divides by: "per capita", "per cent", "per day".
    static var perUnit: WordClass { WordClass(rawValue: 1 << 42) }
    /// "has", "had", "will", "would", "been": stands before a verb.
    static var auxiliary: WordClass { WordClass(rawValue: 1 << 43) }
    /// "conducted", "carried" (out), "commissioned": who made a poll or study, before "by".
    static var passiveSourceVerb: WordClass { WordClass(rawValue: 1 << 44) }
    /// What an event does where it happens: "held", "began", "opened", "took place".
    static var eventVerb: WordClass { WordClass(rawValue: 1 << 45) }
}
