/// What a role or title means for comparison: which family of roles it belongs to, which role in
/// it, where it applies, and whether it is current.
///
/// Roles conflict only within a family whose members one person does not hold at once: a
/// senator is not also a governor, a wife not also a daughter (of the same person), a teacher
/// not also a fisherman. Everything else ("analyst", "activist", "leader", "spokesperson")
/// combines freely with anything.
struct RoleSense: Hashable, Sendable {
    enum Family: String, Sendable {
        /// Elected or head-of-state offices: one at a time.
        case office
        /// Cabinet portfolios ("foreign minister", "secretary of defense"): one at a time.
        case cabinet
        /// Company officers ("chief executive", "finance chief").
        case corporate
        /// Relation to another person.
        case family
        /// Trades and professions that are full-time and distinct.
        case occupation
        /// Political party.
        case party
        /// Military rank.
        case rank
        /// Ambassadors and envoys: one posting at a time.
        case diplomatic
    }

    let family: Family
    /// The role within its family, normalised ("senator", "wife", "teacher", "finance").
    let value: String
    /// Places the role applies to ("florida", "venezuela"), normalised through the gazetteer.
    let places: [String]
    /// "former", "ex-", "acting", "-elect", "then", "future", ...: not a current, full role.
    let qualified: Bool
    /// For family roles: who the relation is to, if named ("Maduro's wife").
    let relativeTo: String?

    /// Reads a role phrase ("Sen.", "former U.S. ambassador", "his vice president", "35-year-old
    /// teacher", "Maduro's son"). Returns nil for roles that combine with anything.
    init?(_ phrase: String) {
        let table = PassageWordTable(capacity: 16)
        let words = WordScanner.words(in: phrase, table: table)
        let texts = words.map { PersonName.fold(table.text($0.id)) }
        var qualified = false
        var places: [String] = []
        var relativeTo: String?
        for (i, word) in texts.enumerated() {
            if RoleSense.qualifiers.contains(word) { qualified = true }
            if word.hasPrefix("ex-") || word.hasSuffix("-elect") || word.hasSuffix("-designate") { qualified = true }
            if words[i].isCapitalized || word == "u.s" {
                if let chain = Gazetteer.chain(of: word) { places.append(chain[0]) }
                else if i + 1 < texts.count, let chain = Gazetteer.chain(of: word + " " + texts[i + 1]) { places.append(chain[0]) }
                else if RoleSense.relationWords[texts.last ?? ""] != nil, i < texts.count - 1 { relativeTo = word }
            }
        }
        let joined = " " + texts.joined(separator: " ") + " "
        var found: (Family, String)?
        // Multi-word roles first.
        for (pattern, family, value) in RoleSense.phrases where joined.containsBytes(of: " " + pattern + " ") {
            found = (family, value)
            break
        }
        if found == nil {
            for word in texts.reversed() {
                if let family = RoleSense.relationWords[word] { found = (.family, family); break }
                if let value = RoleSense.offices[word] { found = (.office, value); break }
                if let value = RoleSense.occupations[word] { found = (.occupation, value); break }
                if let value = RoleSense.parties[word] { found = (.party, value); break }
                if let value = RoleSense.ranks[word] { found = (.rank, value); break }
                if ["ambassador", "envoy", "consul"].contains(word) { found = (.diplomatic, word == "consul" ? "consul" : "ambassador"); break }
            }
        }
        guard let (family, value) = found else { return nil }
        self.family = family
        self.value = value
        self.places = places
        self.qualified = qualified
        self.relativeTo = relativeTo
    }

    /// Whether one person can hold both at the same time. Nil when they are simply different
    /// roles of different families (no opinion).
    func conflicts(with other: RoleSense) -> Bool {
        guard !qualified, !other.qualified else { return false }
        if family != other.family {
            // A legislator or local executive does not also sit in the cabinet.
            let pair = [family, other.family]
            guard pair.contains(.office), pair.contains(.cabinet) else { return false }
            let office = family == .office ? value : other.value
            return RoleSense.notInCabinet.contains(office)
        }
        switch family {
        case .family:
            if let a = relativeTo, let b = other.relativeTo, a != b { return false }
            return value != other.value
        case .office, .cabinet, .corporate, .occupation, .party, .rank:
            if value != other.value {
                return !RoleSense.compatible.contains([value, other.value])
            }
            return placesConflict(other)
        case .diplomatic:
            return value == other.value && placesConflict(other)
        }
    }

    /// Same role, different places neither of which contains the other: "Florida senator" and
    /// "Texas senator".
    private func placesConflict(_ other: RoleSense) -> Bool {
        guard let a = places.first, let b = other.places.first else { return false }
        return Gazetteer.related(a, b) == false
    }

    /// How an explanation names the role.
    var name: String {
        switch family {
        case .cabinet: return value + " minister"
        case .party: return value
        default: return value
        }
    }

    static let qualifiers: Set<String> = [
        "former", "ex", "acting", "interim", "incoming", "outgoing", "then", "future", "elect", "designate",
        "retired", "onetime", "one-time", "previous", "late", "vice-chair", "candidate",
        "would-be", "aspiring", "nominee", "nominated", "honorary", "once", "formerly", "emeritus", "also", "sometime",
    ]

    static let phrases: [(String, Family, String)] = [
        ("vice president", .office, "vice president"), ("vice-president", .office, "vice president"),
        ("prime minister", .office, "prime minister"), ("deputy prime minister", .office, "deputy prime minister"),
        ("lieutenant governor", .office, "lieutenant governor"), ("deputy mayor", .office, "deputy mayor"),
        ("member of parliament", .office, "member of parliament"), ("secretary of state", .cabinet, "foreign affairs"),
        ("foreign minister", .cabinet, "foreign affairs"), ("foreign secretary", .cabinet, "foreign affairs"),
        ("minister of foreign affairs", .cabinet, "foreign affairs"), ("defense secretary", .cabinet, "defence"),
        ("defence secretary", .cabinet, "defence"), ("secretary of defense", .cabinet, "defence"),
        ("defense minister", .cabinet, "defence"), ("defence minister", .cabinet, "defence"),
        ("finance minister", .cabinet, "finance"), ("minister of finance", .cabinet, "finance"),
        ("treasury secretary", .cabinet, "finance"), ("secretary of the treasury", .cabinet, "finance"),
        ("interior minister", .cabinet, "interior"), ("minister of the interior", .cabinet, "interior"),
        ("health minister", .cabinet, "health"), ("minister of health", .cabinet, "health"),
        ("education minister", .cabinet, "education"), ("minister of education", .cabinet, "education"),
        ("oil minister", .cabinet, "oil"), ("energy minister", .cabinet, "energy"), ("justice minister", .cabinet, "justice"),
        ("attorney general", .cabinet, "justice"), ("labour minister", .cabinet, "labour"), ("labor secretary", .cabinet, "labour"),
        ("chief executive", .corporate, "chief executive"), ("chief financial officer", .corporate, "chief financial officer"),
        ("chief operating officer", .corporate, "chief operating officer"), ("chief technology officer", .corporate, "chief technology officer"),
        ("finance chief", .corporate, "chief financial officer"), ("police officer", .occupation, "police officer"),
        ("bus driver", .occupation, "driver"), ("taxi driver", .occupation, "driver"), ("truck driver", .occupation, "driver"),
        ("police chief", .occupation, "police officer"), ("fire chief", .occupation, "firefighter"),
        ("head teacher", .occupation, "teacher"), ("social worker", .occupation, "social worker"),
    ]

    static let offices: [String: String] = [
        "president": "president", "senator": "senator", "sen": "senator", "representative": "representative",
        "rep": "representative", "congressman": "representative", "congresswoman": "representative",
        "congressmember": "representative", "governor": "governor", "gov": "governor", "mayor": "mayor",
        "premier": "premier", "chancellor": "chancellor", "king": "monarch", "queen": "monarch", "mp": "member of parliament",
        "speaker": "speaker",
    ]

    static let occupations: [String: String] = [
        "teacher": "teacher", "nurse": "nurse", "doctor": "doctor", "physician": "doctor", "surgeon": "doctor",
        "fisherman": "fisherman", "fisher": "fisherman", "farmer": "farmer", "driver": "driver", "engineer": "engineer",
        "lawyer": "lawyer", "attorney": "lawyer", "student": "student", "pilot": "pilot", "firefighter": "firefighter",
        "soldier": "soldier", "chef": "chef", "cook": "chef", "mechanic": "mechanic", "miner": "miner",
        "shopkeeper": "shopkeeper", "electrician": "electrician", "plumber": "plumber", "carpenter": "carpenter",
        "pharmacist": "pharmacist", "architect": "architect", "accountant": "accountant", "dentist": "dentist",
        "midwife": "midwife", "paramedic": "paramedic", "veterinarian": "veterinarian", "vet": "veterinarian",
        "baker": "baker", "butcher": "butcher", "welder": "welder", "janitor": "janitor", "cashier": "cashier",
        "waiter": "waiter", "waitress": "waiter", "librarian": "librarian", "priest": "priest", "pastor": "pastor",
        "goalkeeper": "goalkeeper", "striker": "striker", "midfielder": "midfielder", "defender": "defender",
    ]

    static let parties: [String: String] = [
        "republican": "Republican", "democrat": "Democrat", "democratic": "Democrat", "labour": "Labour",
        "conservative": "Conservative", "tory": "Conservative", "chavista": "chavista",
    ]

    static let ranks: [String: String] = [
        "general": "general", "admiral": "admiral", "colonel": "colonel", "major": "major", "captain": "captain",
        "lieutenant": "lieutenant", "sergeant": "sergeant", "corporal": "corporal", "private": "private",
    ]

    /// Relation words to their kind; son and daughter are both children but of different sex.
    static let relationWords: [String: String] = [
        "wife": "wife", "husband": "husband", "spouse": "spouse", "son": "son", "daughter": "daughter",
        "mother": "mother", "father": "father", "brother": "brother", "sister": "sister", "cousin": "cousin",
        "nephew": "nephew", "niece": "niece", "uncle": "uncle", "aunt": "aunt", "grandson": "grandson",
        "granddaughter": "granddaughter", "grandmother": "grandmother", "grandfather": "grandfather",
        "stepson": "stepson", "stepdaughter": "stepdaughter", "widow": "widow", "widower": "widower",
    ]

    static let notInCabinet: Set<String> = ["senator", "representative", "governor", "mayor", "deputy mayor", "lieutenant governor"]

    /// Pairs of values that one person does hold together.
    static let compatible: Set<Set<String>> = [
        ["speaker", "representative"], ["speaker", "member of parliament"], ["prime minister", "member of parliament"],
        ["premier", "member of parliament"], ["wife", "spouse"], ["husband", "spouse"], ["widow", "wife"],
        ["widower", "husband"], ["doctor", "surgeon"], ["driver", "mechanic"], ["chef", "baker"],
        ["president", "chief executive"], ["pastor", "priest"],
    ]
}
