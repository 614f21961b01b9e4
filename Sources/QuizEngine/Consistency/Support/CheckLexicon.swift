/// The small vocabularies the checks reason with.
///
/// Kept in one place so that a word added for one check (a synonym, a cue for "this figure
/// changed") helps every check that reads the same kind of sentence.
enum CheckLexicon {
    /// Words that say nothing about what a figure or event is.
    static let stopwords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "for", "to", "by", "with", "from", "at", "as", "per", "into",
        "and", "or", "but", "nor", "than", "that", "this", "these", "those", "which", "who", "whom", "whose",
        "his", "her", "hers", "their", "its", "our", "my", "your", "he", "she", "they", "it", "we", "i", "you",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
        "some", "about", "around", "nearly", "almost", "roughly", "approximately", "over", "under", "more",
        "less", "fewer", "least", "most", "just", "only", "up", "down", "out", "off", "also", "still",
        "all", "both", "each", "every", "any", "such", "so", "very", "there", "here", "then", "than",
        "estimated", "reported", "reportedly", "according", "some", "nearly", "another", "other",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "million",
        "billion", "thousand", "hundred", "percent", "per cent", "cent", "dollars", "euros", "pounds",
        "whole", "entire", "overall", "new", "latest", "current", "now", "said", "says", "say", "told",
        "will", "would", "could", "can", "may", "might", "should", "must", "not", "no", "if", "when",
        "while", "after", "before", "since", "until", "during", "through", "across", "among", "between",
        "against", "without", "within", "upon", "like", "what", "how", "why", "where",
    ]

    /// Heads that name a measurement rather than the thing measured: "poverty rate" is about
    /// poverty, "call duration" about the call.
    static let measureWords: Set<String> = [
        "rate", "level", "figure", "number", "total", "count", "amount", "duration", "length",
        "share", "percentage", "proportion", "tally", "sum", "value", "size", "ratio", "toll",
        "estimate", "statistic", "data", "score", "tab", "price", "cost", "bill", "time",
    ]

    /// Words that mean the same thing for the purpose of matching subjects.
    static let synonyms: [String: String] = [
        "conversation": "call", "phone": "call", "phonecall": "call", "telephone": "call", "chat": "call",
        "talks": "talks", "negotiation": "talks", "negotiations": "talks",
        "back": "support", "backed": "support", "backing": "support", "supported": "support",
        "supporting": "support", "favour": "support", "favor": "support",
        "dead": "death", "deaths": "death", "killed": "death", "fatality": "death", "died": "death",
        "die": "death", "casualty": "death", "kill": "death",
        "injured": "injury", "wounded": "injury", "hurt": "injury",
        "poor": "poverty", "impoverished": "poverty",
        "displaced": "displacement", "evacuated": "evacuation", "evacuee": "evacuation",
        "jobless": "unemployment", "unemployed": "unemployment",
        "meeting": "meeting", "summit": "summit",
        "strike": "strike", "walkout": "strike", "stoppage": "strike",
        "vote": "vote", "ballot": "vote", "referendum": "vote",
        "ceasefire": "truce", "truce": "truce",
        "deal": "deal", "agreement": "deal", "accord": "deal", "pact": "deal",
        "takeover": "acquisition", "buyout": "acquisition", "purchase": "acquisition", "acquire": "acquisition",
        "fine": "penalty", "penalty": "penalty",
        "ultimatum": "deadline", "timeframe": "deadline", "window": "deadline",
        "hearing": "hearing", "trial": "trial",
        "rescue": "rescue", "search": "search",
        "storm": "storm", "hurricane": "storm", "cyclone": "storm", "typhoon": "storm",
        "blaze": "fire", "wildfire": "fire", "fire": "fire",
        "flood": "flood", "flooding": "flood", "deluge": "flood",
        "quake": "earthquake", "tremor": "earthquake",
        "resident": "resident", "inhabitant": "resident",
        "lawmaker": "legislator", "legislator": "legislator",
        "firm": "company", "company": "company",
        "worker": "worker", "employee": "worker", "staff": "worker", "staffer": "worker",
        "home": "house", "house": "house", "dwelling": "house",
        "revenue": "revenue", "sales": "revenue", "turnover": "revenue",
        "profit": "profit", "earnings": "profit",
        "migrant": "migrant", "emigrant": "migrant",
    ]

    /// Words that say a figure changed or was corrected: with one of these near it, a different
    /// figure elsewhere is an update, not a contradiction.
    static let changeCues: Set<String> = [
        "rose", "rise", "rising", "risen", "rises", "fell", "fall", "falling", "fallen", "falls",
        "increased", "increase", "increases", "increasing", "decreased", "decrease", "decreasing",
        "climbed", "climb", "climbing", "dropped", "drop", "dropping", "jumped", "jump", "grew", "grow",
        "growing", "grown", "doubled", "tripled", "halved", "surged", "soared", "plunged", "plummeted",
        "declined", "decline", "shrank", "shrunk", "swelled", "revised", "revise", "updated", "update",
        "corrected", "correction", "previously", "initially", "originally", "earlier", "formerly",
        "raised", "lowered", "cut", "slashed", "upped", "reached", "hit", "topped", "exceeded", "now",
        "previous", "initial", "original", "preliminary", "provisional", "expanded", "narrowed",
        "ballooned", "dipped", "eased", "edged", "reduced", "adjusted", "amended", "then", "had",
        "changed", "recount", "recounted", "later", "subsequently", "since", "first", "prior",
    ]

    /// Words that make a figure a proposal, goal, forecast or request rather than a fact about
    /// the world: "calling for $200 million in aid" does not contradict "$100 million in aid".
    static let modalCues: Set<String> = [
        "calling", "demand", "demanded", "demanding", "demands", "propose",
        "proposed", "proposing", "proposal", "plan", "plans", "planned", "planning", "target",
        "targets", "targeted", "goal", "aim", "aims", "aimed", "seek", "seeks", "seeking", "sought",
        "request", "requested", "requesting", "requests", "ask", "asked", "asking", "asks", "offer",
        "offered", "offering", "offers", "pledge", "pledged", "pledging", "promise", "promised",
        "promising", "expect", "expected", "expects", "forecast", "forecasts", "projected", "projects",
        "projection", "predicted", "predicts", "could", "would", "might", "may", "will", "should",
        "budget", "budgeted", "earmarked", "want", "wants", "wanted", "hope", "hopes", "hoped", "estimate",
        "if", "potential", "possible", "up", "worth", "bid", "valued", "valuation", "rejected", "reject",
        "urged", "urging", "unless", "than", "threshold", "cap", "capped", "limit", "minimum", "maximum",
        "average", "median", "each", "per", "every", "apiece", "annual", "annually", "monthly", "weekly",
        "daily", "yearly", "hourly",
    ]

    /// Words that mark an event as a different one of its kind ("the second call", "an earlier
    /// meeting"), so two dates for it are not in conflict.
    static let distinctEventCues: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "last", "earlier", "later", "previous", "prior",
        "next", "another", "other", "separate", "subsequent", "follow-up", "followup", "new", "initial",
        "final", "latest", "recent", "further", "additional", "again", "calls", "meetings", "rounds",
        "round", "each", "every", "annual", "weekly", "daily", "monthly", "regular", "repeated",
        "several", "many", "multiple", "two", "three", "previously",
    ]

    /// Words that say something was settled before the article: the event is in the past.
    static let pastCues: Set<String> = [
        "held", "took", "happened", "occurred", "was", "were", "met", "spoke", "signed", "announced",
        "began", "started", "ended", "finished", "completed", "closed", "opened", "died", "won", "lost",
        "said", "told", "took", "came", "went", "collapsed", "struck", "hit", "left", "arrived",
    ]

    /// Words that put an event in the future or make it hypothetical.
    static let futureCues: Set<String> = [
        "will", "would", "could", "scheduled", "expected", "planned", "plans", "set", "due", "upcoming",
        "next", "may", "might", "shall", "intends", "aims", "hopes", "until", "by", "before",
    ]

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    ]

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Number words up to twenty and the tens, for counts written out.
    static let numberWords: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "a dozen": 12, "dozen": 12, "both": 2, "single": 1, "pair": 2, "couple": 2,
    ]

    /// Verbs that report speech or publication: the event a date belongs to is not found by
    /// reading back past one ("the talks were first reported in March" dates the report).
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "tells", "reported", "reports", "announced", "revealed", "wrote", "added",
        "confirmed", "denied", "stated", "claimed", "published", "tweeted", "posted", "noted", "explained",
        "disclosed", "learned", "insisted", "argued",
    ]

    /// Lowercases, drops a plural ending, and maps synonyms: the form subjects are compared in.
    static func normalize(_ word: String) -> String {
        if let mapped = synonyms[word] { return mapped }
        let singular = singularize(word)
        return synonyms[singular] ?? singular
    }

    static func singularize(_ word: String) -> String {
        let utf8 = word.utf8
        guard utf8.count > 3 else { return word }
        if let singular = asciiSingular(word) { return singular }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") || word.hasSuffix("'s") { return word }
        if word.hasSuffix("s") { return String(word.dropLast()) }
        return word
    }

    /// `singularize` for a word of ASCII characters (one byte each, no "\r\n" pair), read
    /// from its bytes; nil for any other word. `hasSuffix` compares Unicode characters, and its
    /// nine tests cost a thousand instructions a word: every event a date is read against
    /// (3,000 on 1,000 articles) was singularised that way.
    static func asciiSingular(_ word: String) -> String? {
        var copy = word
        return copy.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            let n = bytes.count
            func ends(_ suffix: StaticString) -> Bool {
                let k = suffix.utf8CodeUnitCount
                guard n >= k else { return false }
                for i in 0..<k where bytes[n - k + i] != suffix.utf8Start[i] { return false }
                return true
            }
            func dropping(_ k: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(n - k)]), as: UTF8.self) }
            if ends("ies") { return dropping(3) + "y" }
            if ends("sses") || ends("xes") || ends("ches") || ends("shes") { return dropping(2) }
            if ends("ss") || ends("us") || ends("is") || ends("'s") { return word }
            if ends("s") { return dropping(1) }
            return word
        }
    }
}

extension CheckLexicon {
    /// Every vocabulary the checks ask about, by word: split text looks each word up once.
    static let classes: [String: Word.Classes] = {
        var table: [String: Word.Classes] = [:]
        func add<S: Sequence>(_ words: S, _ c: Word.Classes) where S.Element == String {
            for word in words { table[word, default: []].insert(c) }
        }
        add(stopwords, .stopword)
        add(Topic.prepositions, .preposition)
        add(months, .month)
        add(weekdays, .weekday)
        add(measureWords, .measure)
        add(changeCues, .change)
        add(IndexedClaim.strongChange, .strongChange)
        add(modalCues, .modal)
        add(IndexedClaim.negations, .negation)
        add(distinctEventCues, .distinctEvent)
        add(EventMention.nouns, .eventNoun)
        add(EventMention.nouns.map { $0 + "s" }, .eventNoun)
        add(EventMention.nouns.filter { $0.hasSuffix("ch") || $0.hasSuffix("sh") || $0.hasSuffix("x") }.map { $0 + "es" }, .eventNoun)
        add(["inquiries", "deliberations"], .eventNoun)
        add(TimelineConflict.pastVerbs, .pastVerb)
        add(futureCues, .future)
        add(EventMention.orderingWords, .ordering)
        add(TimelineConflict.afterCues, .ordering)
        add(TimelineConflict.beforeCues, .ordering)
        add(SpanArithmetic.expiryWords, .expiry)
        add(AttributionConflict.echoWords, .echo)
        add(AttributionConflict.firstWords, .first)
        add(AttributionConflict.reportingWords, .reporting)
        add(TotalMismatch.partial, .partial)
        add(TotalMismatch.exhaustive, .exhaustive)
        add(StoryPlan.notNames, .notName)
        add(IndexedClaim.unitWords, .unit)
        add(IndexedClaim.linkingVerbs, .linking)
        add(SpanArithmetic.deadlineWords, .deadline)
        add(SpanArithmetic.futureSpanWords, .futureSpan)
        add(IndexedClaim.rateUnits, .rateUnit)
        add(TimelineConflict.gapUnits, .gapUnit)
        add(AttributionConflict.originWords, .origin)
        add(AttributionConflict.vagueSources, .vagueSource)
        add(RoleSense.qualifiers, .roleQualifier)
        add(SpanArithmetic.startVerbs, .startVerb)
        add(["of", "in", "the", "a", "an", "more", "than", "some"], .figureLink)
        add(["per", "a", "an", "each", "every"], .rateMarker)
        add(["monthly", "annual", "annually", "yearly", "weekly", "daily", "hourly", "apiece", "each"], .rateWord)
        add(["called", "calls", "call", "asked", "asks", "pushed", "pressed", "lobbied", "push", "ask", "pressing", "pushing"], .pleaVerb)
        add(speechVerbs, .speech)
        add(["expired", "expire", "expires", "expiring", "lapsed", "lapse", "lapses", "elapsed", "ran", "runs",
             "passed", "ended", "ends", "closed", "closes"], .expiryVerb)
        add(["will", "shall", "would", "expect", "expects", "expected", "scheduled", "plans", "planned", "upcoming",
             "next", "due", "intends", "intend", "hopes"], .futureTense)
        add(["minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "seconds", "second"], .timeUnit)
        return table
    }()
}
