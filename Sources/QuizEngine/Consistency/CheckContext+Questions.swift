/// What spot-the-inconsistency questions read from the checker's index beyond what the checks
/// themselves use.
extension CheckContext {
    /// Calls `body` with the id of each content word of a passage in text order, repeats
    /// included: not numbers, not function words, three letters or more.
    ///
    /// Every question weighs every passage of its articles as a distractor, nearly all of them
    /// once only: building, sorting and caching each passage's array (a dictionary by passage)
    /// was half the cost of choosing distractors, where counting the shared words as the
    /// passage's words go by needs none of it.
    func forEachContentWord(_ ref: PassageRef, _ body: (Int32) -> Void) {
        let words = words(ref)
        let table = wordTable
        for index in words.indices where Self.isContent(words[index], table: table) { body(words[index].id) }
    }

    /// Whether a word counts as content for comparing passages.
    private static func isContent(_ word: Word, table: PassageWordTable) -> Bool {
        mayBeContent(word) && isLongEnough(word, table: table)
    }

    /// The part of `isContent` read from the word's classes alone, without its text.
    static func mayBeContent(_ word: Word) -> Bool {
        !word.isNumeric && !word.is(.function)
    }

    /// The part of `isContent` read from the word's text: three letters or more.
    static func isLongEnough(_ word: Word, table: PassageWordTable) -> Bool {
        table.text(word.id).utf8.count > 2
    }

    /// What `rivals(_:_:)` looks at first, read once per claim: the case of its value, and
    /// whether its kind is a place.
    ///
    /// `rivals` switches on the pair of values, copying both, and answers false for most pairs
    /// of cases. A question asks it for each claim of each candidate passage against each claim
    /// its finding turns on, mostly pairs of cases it never compares: copying the values was
    /// half its cost.
    struct RivalShape {
        private enum Family {
            case number, percentage, money, timed, quote, age, year, role, attribution, span, other
        }

        private let family: Family
        private let isLocation: Bool

        init(_ claim: IndexedClaim) {
            switch claim.value {
            case .number: family = .number
            case .percentage: family = .percentage
            case .money: family = .money
            case .date, .weekdayDate, .duration: family = .timed
            case .quote: family = .quote
            case .age: family = .age
            case .year: family = .year
            case .role: family = .role
            case .attribution: family = .attribution
            case .span: family = .span
            case .location: family = .other
            }
            isLocation = claim.kind == .location
        }

        /// False when `rivals` is false for any two claims of these shapes: it compares only
        /// values of one family (dates, weekday dates and lengths of time are one), an age with
        /// a year, and claims whose kind is a place.
        func mayRival(_ other: RivalShape) -> Bool {
            if isLocation && other.isLocation { return true }
            switch (family, other.family) {
            case (.other, _), (_, .other), (.year, .year): return false
            case (.age, .year), (.year, .age): return true
            default: return family == other.family
            }
        }
    }
}
