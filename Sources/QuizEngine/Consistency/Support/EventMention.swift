/// The event a date or a length of time belongs to, as the sentence names it: "the August 15
/// call", "The telephone conversation, held on November 21", "a 40-minute meeting".
///
/// Dates and durations are only comparable when they belong to the same event, and the words
/// around the event say whether it is the one the story is about ("the call") or possibly a
/// different one ("a second call", "an earlier meeting", "calls").
struct EventMention: Hashable, Sendable {
    /// The event noun, singular and normalised ("conversation" is "call").
    let noun: String
    /// Named with "the", "this", a possessive or a date ("the call", "Trump's call", "the
    /// August 15 call"), not "a call".
    let definite: Bool
    /// Marked as one of several: "second", "earlier", "another", "follow-up".
    let distinct: Bool
    /// Written in the plural ("calls", "talks" excepted).
    let plural: Bool
    /// Named with no determiner at all ("Talks to free the hostages opened on Monday"): in a
    /// news lead, the story's own event.
    var bare: Bool = false

    static let nouns: Set<String> = [
        "call", "conversation", "phone", "telephone", "meeting", "summit", "talks", "negotiation",
        "vote", "election", "referendum", "ballot", "strike", "walkout", "protest", "march", "rally",
        "demonstration", "attack", "raid", "crash", "collision", "collapse", "explosion", "blast", "fire",
        "blaze", "wildfire", "flood", "flooding", "storm", "hurricane", "earthquake", "quake", "eruption",
        "ceremony", "hearing", "trial", "verdict", "sentencing", "ruling", "announcement", "speech",
        "address", "interview", "visit", "trip", "tour", "launch", "opening", "inauguration", "wedding",
        "funeral", "match", "game", "final", "race", "marathon", "concert", "festival", "conference",
        "debate", "session", "deadline", "ultimatum", "closure", "shutdown", "outage", "blackout",
        "evacuation", "rescue", "operation", "surgery", "lockdown", "siege", "signing", "merger",
        "acquisition", "takeover", "auction", "resignation", "arrest", "escape", "accident",
        "derailment", "landslide", "spill", "leak", "breach", "hack", "cyberattack", "recall", "audit",
        "inspection", "investigation", "inquiry", "broadcast", "flight", "voyage", "expedition", "climb",
        "crossing", "shift", "delay", "stoppage", "standoff", "truce", "ceasefire", "briefing", "testimony",
        "appearance", "performance", "show", "screening", "premiere", "unveiling", "dedication",
        "groundbreaking", "hike", "journey", "ascent", "descent", "swim", "walk", "ride", "drive",
        "lecture", "presentation", "webinar", "workshop", "seminar", "class", "exam", "examination",
        "procedure", "transplant", "detention", "custody", "imprisonment", "occupation", "blockade",
        "stay", "tenure", "mission", "deployment", "campaign", "search", "hunt", "manhunt", "chase",
        "pursuit", "siren", "alarm", "outbreak", "quarantine", "ban", "suspension", "recess", "break",
        "vigil", "parade", "sitting", "filibuster", "recording", "podcast", "livestream", "stream",
        "teleconference", "videoconference", "hearing", "deliberation", "deliberations", "talk",
        "avalanche", "mudslide", "tsunami", "cyclone", "tornado", "blizzard", "heatwave", "drought",
        "shooting", "bombing", "stabbing", "riot", "coup", "uprising", "invasion", "ambush", "hijacking",
        "kidnapping", "abduction", "release", "exchange", "handover", "transfer", "ruling", "vote",
    ]

    /// Words that relate an event to another one; an event noun after them is not the date's own.
    static let orderingWords: Set<String> = ["after", "before", "following", "since", "until", "ahead", "prior", "than"]

    /// Plural forms that name a single event.
    static let pluralSingulars: Set<String> = ["talks", "negotiations", "deliberations", "proceedings", "celebrations"]

    /// Finds the event near a span: the claim's subject if it names one, else the nearest event
    /// noun after the span (three words) or before it (ten words, within the sentence). Both
    /// lists of words were split with `table`.
    static func find(subject: [Word], words: [Word], start: Int, end: Int, table: PassageWordTable) -> EventMention? {
        // The sentence itself first: it shows which noun governs the date ("the opening
        // session of the talks lasted ...": the session), and its determiners.
        if let at = nearest(words, start: start, end: end, table: table) {
            if at + 1 < words.count, modifiedHeads.contains(table.text(words[at + 1].id)), !words[at + 1].afterPause { return nil }
            return mention(words, at: at, table: table)
        }
        for word in subject.reversed() where word.is(.eventNoun) {
            return EventMention(noun: CheckLexicon.normalize(table.text(word.id)), definite: true, distinct: false, plural: false)
        }
        return nil
    }

    static func isEvent(_ word: String) -> Bool {
        nouns.contains(word) || nouns.contains(CheckLexicon.singularize(word))
    }

    private static func nearest(_ words: [Word], start: Int, end: Int, table: PassageWordTable) -> Int? {
        func fits(_ i: Int) -> Bool { words[i].is(.eventNoun) }
        var k = end
        while k < words.count, k < end + 3 {
            // "on March 3, after the vote": the vote is another event.
            if words[k].startsClause || words[k].afterPause || words[k].is(.ordering) { break }
            if fits(k) { return k }
            // "a November 29 Axios report": the date dates the noun after it, not an event
            // named earlier in the sentence.
            if !words[k].is([.function, .timeUnit]), !words[k].isNumeric, !words[k].isCapitalized,
               !["full", "whole", "straight", "long", "old"].contains(table.text(words[k].id)) { return nil }
            k += 1
        }
        k = start - 1
        var pauses = 0
        while k >= 0, k >= start - 16 {
            // "the report said on March 3": past a verb of speech, the date is the saying's.
            if words[k].is(.speech) { break }
            if fits(k) {
                // "reported the talks in April": the date is the report's.
                let determiner = k > 0 && table.text(words[k - 1].id) == "the" ? k - 1 : k
                if determiner > 0, words[determiner - 1].is(.speech) { return nil }
                return headOf(words, at: k, table: table)
            }
            if words[k].startsClause { break }
            if words[k].afterPause { pauses += 1; if pauses > 1 { break } }
            k -= 1
        }
        return nil
    }

    /// "the opening session of the talks": the noun the phrase is about is the one before "of".
    private static func headOf(_ words: [Word], at index: Int, table: PassageWordTable) -> Int {
        var k = index - 1
        if k >= 0, table.text(words[k].id) == "the" { k -= 1 }
        guard k >= 1, table.text(words[k].id) == "of", words[k - 1].is(.eventNoun), !words[k].afterPause else { return index }
        return k - 1
    }

    /// Nouns that make an event word before them a modifier: "the avalanche season", "flood
    /// warnings", "the strike fund".
    static let modifiedHeads: Set<String> = [
        "season", "seasons", "risk", "risks", "warning", "warnings", "threat", "threats", "zone", "zones",
        "victim", "victims", "survivor", "survivors", "site", "anniversary", "aftermath", "fund", "funds",
        "committee", "organizers", "organisers", "leader", "leaders", "team", "teams", "plan", "plans",
        "date", "dates", "schedule", "venue", "rules", "record", "records", "coverage",
    ]

    /// How a word before an event noun names it: "the call", "Trump's call" (definite) or "a
    /// call", "another call" (indefinite).
    enum Determiner {
        case definite, indefinite
    }

    /// The determiner a word's text is, if any. (Switches, not `contains` on array literals:
    /// each of those built and freed an array.)
    static func determiner(_ text: String) -> Determiner? {
        switch text {
        case "the", "this", "that", "his", "her", "their", "its", "our": .definite
        case "a", "an", "another", "one", "any", "some", "each", "every": .indefinite
        default: nil
        }
    }

    /// `determiner(table.text(word.id))`, with the text compared only for stopwords: every
    /// determiner is one, and comparing the text of every word walked over with sixteen
    /// strings was a third of reading a mention.
    static func determiner(of word: Word, table: PassageWordTable) -> Determiner? {
        word.is(.stopword) ? determiner(table.text(word.id)) : nil
    }

    private static func mention(_ words: [Word], at index: Int, table: PassageWordTable) -> EventMention {
        let raw = table.text(words[index].id)
        // Singularised once (it was twice): suffix tests on strings are slow.
        let singular = CheckLexicon.singularize(raw)
        let pluralSingular = pluralSingulars.contains(raw)
        let plural = raw != singular && !pluralSingular
        // Walk back over the noun's modifiers to its determiner: "the second call", "a follow-up
        // call", "Trump's earlier call", "the August 15 call".
        var definite = false, distinct = false, determined = false
        var k = index - 1
        walk: while k >= 0, k >= index - 5 {
            let word = words[k]
            if word.is(.distinctEvent) { distinct = true }
            switch determiner(of: word, table: table) {
            case .definite?: definite = true; break walk
            case .indefinite?: determined = true; break walk
            case nil: break
            }
            if word.isCapitalized, !word.startsClause, !word.is(.month) { definite = true; break }
            if word.isNumeric, k > 0, words[k - 1].is(.month) { definite = true }
            if word.afterPause || word.startsClause { break }
            if word.is(.function) { break }
            k -= 1
        }
        // "the call earlier this year", "a follow-up call".
        if index + 1 < words.count {
            switch table.text(words[index + 1].id) {
            case "earlier", "later", "before", "afterwards": distinct = true
            default: break
            }
        }
        let noun = CheckLexicon.normalize(pluralSingular ? raw : singular)
        var mention = EventMention(noun: noun, definite: definite, distinct: distinct, plural: plural)
        mention.bare = !definite && !determined
        return mention
    }
}
