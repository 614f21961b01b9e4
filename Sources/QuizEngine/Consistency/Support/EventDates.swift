/// The dates the story gives its events: "the call" was on November 21, "the vote" on March 5.
///
/// Built from date claims whose sentence names the event definitely and as a single one, so
/// that a span or an ordering stated elsewhere ("72 hours after the call", "two days before
/// the vote") can be checked against it. An event dated differently in different places has
/// no single date here (the date conflict is reported by its own check).
struct EventDates {
    struct Entry {
        let date: CalendarDate
        let claim: IndexedClaim
    }

    /// An event of a story, as one article or the whole story dates it. A key of its parts,
    /// not a string of them: each look-up wrote the key out ("3|call|*") and hashed the
    /// string, which was most of finding an event's date.
    private struct Key: Hashable {
        let story: Int
        let noun: String
        /// nil: the story's date for the event, whichever article gives it.
        let article: Int?
    }

    private var table: [Key: Entry] = [:]
    private var ambiguous = Set<Key>()

    init(context: CheckContext) {
        for claim in context.claims {
            guard let event = claim.event, event.definite, !event.plural, !event.distinct else { continue }
            let day: CalendarDate?
            switch claim.value {
            case let .date(d): day = d.exactDay
            case let .weekdayDate(_, d): day = d.exactDay
            default: day = nil
            }
            guard let day else { continue }
            for key in [Self.key(context.story(claim.ref), event.noun, article: nil),
                        Self.key(context.story(claim.ref), event.noun, article: claim.ref.article)] {
                if let existing = table[key], existing.date != day { ambiguous.insert(key) }
                else if table[key] == nil { table[key] = Entry(date: day, claim: claim) }
            }
        }
    }

    /// The one date of an event, preferring what the same article says.
    func date(of noun: String, story: Int, article: Int) -> Entry? {
        let own = Self.key(story, noun, article: article)
        if let entry = table[own], !ambiguous.contains(own) { return entry }
        let shared = Self.key(story, noun, article: nil)
        if let entry = table[shared], !ambiguous.contains(shared) { return entry }
        return nil
    }

    private static func key(_ story: Int, _ noun: String, article: Int?) -> Key {
        Key(story: story, noun: noun, article: article)
    }
}

extension IndexedClaim {
    /// The days a year or date claim covers.
    var exactWindow: ClosedRange<Int>? {
        switch value {
        case let .year(y): return IndexedClaim.yearWindow(y)
        case let .date(d): return IndexedClaim.window(d)
        default: return nil
        }
    }

    /// The single day a date claim means, if it means one.
    var exactDay: CalendarDate? {
        switch value {
        case let .date(d): return d.exactDay
        case let .weekdayDate(_, d): return d.exactDay
        default: return nil
        }
    }
}
