/// A claim as the checks see it: where it is, what it is about, and what the words around it
/// say about how to read it (a figure that "rose from" another, a sum someone is "calling for",
/// "the second call").
///
/// Not `Sendable`: it holds the run's `PassageWordTable` (its words' texts), which one run
/// fills on one thread.
final class IndexedClaim {
    struct Cues: OptionSet, Hashable, Sendable {
        let rawValue: Int
        /// Explicit change or correction next to it: "rose from 20 to 35", "revised", "up from".
        static let change = Cues(rawValue: 1 << 0)
        /// A figure that may still be moving: "reached", "topped", "now", "since".
        static let evolving = Cues(rawValue: 1 << 1)
        /// A proposal, request, promise, forecast, cap or average rather than a fact.
        static let modal = Cues(rawValue: 1 << 2)
        /// Negated or denied: "not 12 minutes", "denied that ...".
        static let negated = Cues(rawValue: 1 << 3)
        /// Part of a range or comparison in the same sentence: "between 20 and 35", "from 20 to".
        static let range = Cues(rawValue: 1 << 5)
        /// A rate per unit of time or per person: "$300 a month", "monthly wages".
        static let rate = Cues(rawValue: 1 << 6)
    }

    let claim: Claim
    let ref: PassageRef
    /// Position in `CheckContext.claims`.
    let position: Int
    /// What it is about: the extracted subject, or failing that the words next to the span.
    let topic: Topic
    /// The checker's own reading of the words right next to the span ("80% poverty": poverty).
    let localTopic: Topic
    /// Those words as written (lowercased), for explanations: "poverty rate". Only a few
    /// explanations read it, so it is joined when asked rather than for every figure.
    var localPhrase: String {
        guard IndexedClaim.isFigure(kind) else { return "" }
        let (local, _) = IndexedClaim.localWords(passageWords, start: Int(span.lowerBound), end: Int(span.upperBound))
        return local.map { table.text($0.id) }.joined(separator: " ")
    }
    /// The claim's span widened to take in those words ("80% poverty", "the poverty rate of
    /// 96%"), as UTF-8 offsets in the passage: what a reader needs to see highlighted.
    let readingRange: Range<Int>
    /// Content words within eight words of the span, lowercased, for figures (none for other
    /// claims). Read in place from the passage's words: as an array, they were made and freed
    /// for each of 9,025 figures on 1,000 articles, though only one check reads them.
    var context: ContextWords {
        IndexedClaim.isFigure(kind)
            ? ContextWords(passageWords, table: table, around: Int(span.lowerBound)..<Int(span.upperBound))
            : ContextWords(table: table)
    }
    let cues: Cues
    /// When the claim holds, if the text says: the claim's own `time`, or a date or year written
    /// right next to it ("1.7 million percent in 2018"). Day numbers, inclusive.
    let time: ClosedRange<Int>?
    /// People the claim names: a quote's speaker, a role's holder, whoever an age belongs to.
    let people: [PersonName]
    /// For dates and lengths of time: the event they belong to, if the sentence names one.
    let event: EventMention?
    /// Up to four words before the span (not across a pause or the start of a clause) and
    /// after it (not across a pause), lowercased, nearest first.
    var before: NearWords { NearWords(self, origin: Int(span.lowerBound) - 1, step: -1, count: Int(beforeCount)) }
    var after: NearWords { NearWords(self, origin: Int(span.upperBound), step: 1, count: Int(afterCount)) }
    /// The words of the claim's passage (the index keeps them for the checks anyway), the
    /// table they were split with (the run's, which holds their texts), the positions of the
    /// claim's span in them, and how many of its neighbours `before` and `after` give.
    private let passageWords: [Word]
    private let table: PassageWordTable
    private let span: Range<Int32>
    private let beforeCount: Int8
    private let afterCount: Int8
    /// The vocabularies of the two words before and the two after the span.
    let near: Word.Classes

    var kind: ClaimKind { claim.kind }

    /// The text of the word at `position` in the claim's passage.
    func passageWordText(_ position: Int) -> String { table.text(passageWords[position].id) }

    /// What the claim is about, in words for an explanation: the extracted subject, else the
    /// words next to it.
    var subjectPhrase: String {
        claim.subject.allSatisfy(\.isWhitespace) ? localPhrase : claim.subject
    }
    var text: String { claim.text }
    var value: ClaimValue { claim.value }

    /// The words of a subject phrase and the topic they make, read once per distinct phrase.
    /// A class: handed to every claim with that subject, a struct's copy retained and released
    /// its three arrays and strings each time.
    final class SubjectReading: Sendable {
        let words: [Word]
        let topic: Topic

        /// Split with the run's word table: each word's vocabularies and normal form are looked
        /// up by its id rather than worked out from its text again.
        init(_ subject: String, table: PassageWordTable) {
            words = subject.isEmpty ? [] : WordScanner.words(in: subject, table: table)
            topic = Topic(words: words, table: table)
        }

        /// No subject: read once, not for every claim without one.
        static let empty = SubjectReading("", table: PassageWordTable(capacity: 1))
    }

    /// What is only read, not kept (the passage's text, its other claims, the subject's
    /// reading) is borrowed: an initializer owns its arguments by default, and each claim's
    /// reading retained and released them.
    init(
        claim: Claim, ref: PassageRef, position: Int, words: [Word], text: borrowing String,
        neighbours: borrowing some Collection<Claim>, subject: borrowing SubjectReading, names: PersonNameReader, cueWords: CueWords
    ) {
        self.claim = claim
        self.ref = ref
        self.position = position
        let span = words.indices(covering: claim.range)
        let start = span.lowerBound, end = span.upperBound

        var near: Word.Classes = []
        var beforeCount = 0
        var k = start - 1
        while k >= 0, beforeCount < 4 {
            beforeCount += 1
            if beforeCount <= 2 { near.formUnion(words[k].classes) }
            if words[k].afterPause || words[k].startsClause { break }
            k -= 1
        }
        var afterCount = 0
        k = end
        while k < words.count, afterCount < 4, !words[k].afterPause {
            afterCount += 1
            if afterCount <= 2 { near.formUnion(words[k].classes) }
            k += 1
        }
        self.passageWords = words
        self.table = names.table
        self.span = Int32(start)..<Int32(end)
        self.beforeCount = Int8(beforeCount)
        self.afterCount = Int8(afterCount)
        self.near = near.subtracting(Word.Classes.shape)

        var local = Topic.none
        var readingRange = claim.range
        if IndexedClaim.isFigure(claim.kind) {
            let (positions, localSpan) = IndexedClaim.localPositions(words, start: start, end: end)
            local = Topic(normalized: positions.map { names.table.normalizedForm(words[$0].id) })
            if let localSpan {
                readingRange = min(claim.range.lowerBound, words[localSpan.lowerBound].range.lowerBound)
                    ..< max(claim.range.upperBound, words[localSpan.upperBound - 1].range.upperBound)
            }
        }
        self.localTopic = local
        self.readingRange = readingRange
        self.topic = subject.topic.isEmpty ? local : subject.topic

        self.cues = IndexedClaim.cues(words, start: start, end: end, cueWords: cueWords)
        switch claim.kind {
        case .date, .weekdayDate, .duration:
            self.event = EventMention.find(subject: subject.words, words: words, start: start, end: end, table: names.table)
        case .number where IndexedClaim.timeUnit(after: words, end: end, table: names.table, cueWords: cueWords) != nil:
            // "lasted two full days": a length of time the extractor read as a count.
            self.event = EventMention.find(subject: subject.words, words: words, start: start, end: end, table: names.table)
        default:
            self.event = nil
        }
        self.time = IndexedClaim.time(of: claim, words: words, start: start, end: end, neighbours: neighbours, cueWords: cueWords)
        self.people = IndexedClaim.people(of: claim, words: words, start: start, end: end, text: text, names: names, cueWords: cueWords)
    }

    /// The unit of time right after a count ("two days", "two full days"), in seconds. The words
    /// were split with `table`, and `cueWords` holds its ids.
    static func timeUnit(after words: [Word], end: Int, table: PassageWordTable, cueWords cue: CueWords) -> Double? {
        var k = end
        if k < words.count, cue.isLength(words[k].id) { k += 1 }
        guard k < words.count, words[k].is(.timeUnit) else { return nil }
        switch table.text(words[k].id) {
        case "second", "seconds": return 1
        case "minute", "minutes": return 60
        case "hour", "hours": return 3_600
        case "day", "days": return 86_400
        case "week", "weeks": return 604_800
        case "month", "months": return 2_629_800
        default: return 31_557_600
        }
    }

    /// Only figures need the nouns next to them and the words around them; reading them for
    /// every claim would cost more than all the checks together.
    static func isFigure(_ kind: ClaimKind) -> Bool {
        switch kind {
        case .number, .percentage, .money, .span: return true
        default: return false
        }
    }

    // MARK: Topic from nearby words

    /// The nouns a figure is about, read from its neighbours: after it ("80% poverty", "7 million
    /// refugees", "80% of voters"), or before it when nothing follows ("the poverty rate of 96%").
    static func localWords(_ words: [Word], start: Int, end: Int) -> ([Word], Range<Int>?) {
        let (positions, span) = localPositions(words, start: start, end: end)
        return (positions.map { words[$0] }, span)
    }

    /// Where the words `localWords` reads are, in reading order, and the span from the figure
    /// to the farthest of them.
    static func localPositions(_ words: [Word], start: Int, end: Int) -> (LocalPositions, Range<Int>?) {
        var collected = LocalPositions()
        var lastIndex = -1
        var j = end
        while j < words.count, collected.count < 3 {
            let word = words[j]
            if word.afterPause || word.isNumeric { break }
            if word.is(.function) {
                if collected.isEmpty, word.is(.figureLink) {
                    j += 1
                    continue
                }
                break
            }
            if word.is(.unit) { j += 1; continue }
            collected.append(j)
            lastIndex = j
            j += 1
        }
        if !collected.isEmpty { return (collected, end..<(lastIndex + 1)) }
        var k = start - 1
        var back = LocalPositions()
        var firstIndex = start
        while k >= 0, back.count < 2 {
            let word = words[k]
            if word.isNumeric { break }
            if word.is([.stopword, .preposition, .linking]) {
                if back.isEmpty { k -= 1; if word.afterPause { break }; continue }
                break
            }
            back.append(k)
            firstIndex = k
            if word.afterPause { break }
            k -= 1
        }
        return back.isEmpty ? (back, nil) : (back.reversed(), firstIndex..<start)
    }

    /// Up to three positions of words, held inline: read for every figure of an index, the
    /// nouns next to it were an array of words made and freed each time.
    struct LocalPositions: RandomAccessCollection {
        private var positions: (Int32, Int32, Int32) = (0, 0, 0)
        private(set) var count = 0

        var startIndex: Int { 0 }
        var endIndex: Int { count }

        subscript(i: Int) -> Int {
            precondition(i >= 0 && i < count, "LocalPositions index out of range")
            switch i {
            case 0: return Int(positions.0)
            case 1: return Int(positions.1)
            default: return Int(positions.2)
            }
        }

        mutating func append(_ position: Int) {
            precondition(count < 3, "LocalPositions holds three positions")
            switch count {
            case 0: positions.0 = Int32(position)
            case 1: positions.1 = Int32(position)
            default: positions.2 = Int32(position)
            }
            count += 1
        }

        /// The same positions, last first.
        func reversed() -> LocalPositions {
            var out = LocalPositions()
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(self[i]) }
            return out
        }
    }

    static let unitWords: Set<String> = [
        "percent", "per", "cent", "%", "million", "billion", "thousand", "trillion", "m", "bn", "k",
        "dollars", "dollar", "euros", "euro", "pounds", "pound", "usd", "eur", "gbp", "us",
    ]

    static let linkingVerbs: Set<String> = [
        "stood", "stands", "stand", "reached", "totalled", "totaled", "totals", "hit", "put", "at",
        "numbered", "came", "amounted", "was", "is", "were", "are", "be", "been", "to",
    ]

    // MARK: Cues

    /// The table ids of the words `cues` looks for, and of the few other words the index
    /// compares (for birth dates, periods, names next to ages and units of time), so that it
    /// compares numbers, not strings (string comparisons were a third of the cost of `cues`).
    /// Only for words split with `table` after the ids were looked up, and only when every
    /// word of those passages was already in the table: an index splits every passage of its
    /// articles with the run's table before it looks the ids up. A word not in the table gets
    /// an id no word has.
    struct CueWords {
        let between, from, up, to, `for`, down, and, or: Int32
        /// "born" and "b" ("b. 1962"), "since", and the articles before a name.
        let born, b, since, a, an, the: Int32
        /// Words between a count and its unit of time: "two full days". Five ids held inline,
        /// not an array: the cue words are handed to the reading of every claim, and an array
        /// in them was copied (retained) and destroyed (released) each time.
        let lengths: (full: Int32, whole: Int32, straight: Int32, consecutive: Int32, long: Int32)

        init(table: PassageWordTable) {
            func id(_ word: String) -> Int32 { table.existingID(word) ?? .min }
            (between, from, up, to) = (id("between"), id("from"), id("up"), id("to"))
            (`for`, down, and, or) = (id("for"), id("down"), id("and"), id("or"))
            (born, b, since) = (id("born"), id("b"), id("since"))
            (a, an, the) = (id("a"), id("an"), id("the"))
            lengths = (id("full"), id("whole"), id("straight"), id("consecutive"), id("long"))
        }

        /// Whether `word` is one of `lengths`.
        func isLength(_ word: Int32) -> Bool {
            word == lengths.full || word == lengths.whole || word == lengths.straight
                || word == lengths.consecutive || word == lengths.long
        }
    }

    static func cues(_ words: [Word], start: Int, end: Int, cueWords cue: CueWords) -> Cues {
        var cues: Cues = []
        // Scan back to the start of the clause (at most eight words), and forward four.
        var k = start - 1
        var distance = 0
        while k >= 0, distance < 8 {
            let word = words[k]
            // Most words belong to none of the vocabularies read here: they are only passed over.
            guard word.is(Self.backwardCues) else {
                if word.startsClause { break }
                k -= 1
                distance += 1
                continue
            }
            if distance < 6 {
                if word.is(.strongChange) { cues.insert(.change) }
                if word.is(.change) { cues.insert(.evolving) }
            }
            if distance < 5, word.is(.modal) { cues.insert(.modal) }
            if distance < 4, word.is(.negation) { cues.insert(.negated) }
            if word.is(.function) {
                let w = word.id
                if distance < 2, w == cue.between || w == cue.from { cues.insert(.range) }
                if w == cue.up, k + 1 < words.count, words[k + 1].id == cue.to { cues.insert(.modal) }
                if w == cue.for, k > 0, words[k - 1].is(.pleaVerb) { cues.insert(.modal) }
                if w == cue.up || w == cue.down, k + 1 < words.count, words[k + 1].id == cue.from { cues.insert(.change) }
            }
            if word.startsClause { break }
            k -= 1
            distance += 1
        }
        k = end
        distance = 0
        while k < words.count, distance < 4 {
            let word = words[k]
            if word.startsClause { break }
            if word.is(.strongChange) { cues.insert(.change) }
            if word.is(.change), distance < 3 { cues.insert(.evolving) }
            if distance < 2, k + 1 < words.count, words[k + 1].isNumeric, word.id == cue.to || word.id == cue.and || word.id == cue.or {
                cues.insert(.range)
            }
            if distance < 3, word.is(.rateMarker), k + 1 < words.count, words[k + 1].is(.rateUnit) {
                cues.insert(.rate)
            }
            if distance < 2, word.is(.rateWord) { cues.insert(.rate) }
            k += 1
            distance += 1
        }
        // "from 20 to 35": the earlier figure of an explicit change.
        if start > 0, words[start - 1].id == cue.from, cues.contains(.range) || cues.contains(.evolving) {
            cues.insert(.change)
        }
        if start > 2, words[start - 1].id == cue.to, words[0..<start].contains(where: { $0.id == cue.from }),
           words[0..<start].contains(where: { $0.is(.change) }) {
            cues.insert(.change)
        }
        return cues
    }

    /// Every vocabulary `cues` reads in the words before a claim.
    static let backwardCues: Word.Classes = [.strongChange, .change, .modal, .negation, .stopword, .preposition]

    /// Change words that settle the question on their own.
    static let strongChange: Set<String> = [
        "rose", "risen", "fell", "fallen", "increased", "decreased", "climbed", "dropped", "jumped",
        "grew", "grown", "doubled", "tripled", "halved", "surged", "soared", "plunged", "plummeted",
        "declined", "shrank", "swelled", "revised", "updated", "corrected", "previously", "initially",
        "originally", "formerly", "raised", "lowered", "slashed", "upped", "ballooned", "dipped",
        "reduced", "adjusted", "amended", "recount", "preliminary", "provisional",
    ]

    static let negations: Set<String> = ["not", "no", "never", "denied", "denies", "deny", "false", "nor", "neither", "rather"]

    static let rateUnits: Set<String> = [
        "month", "year", "week", "day", "hour", "person", "head", "capita", "household", "worker",
        "student", "resident", "minute",
    ]

    // MARK: Time

    /// When a figure holds: its own `time`, else a date or year claim within six words of it.
    static func time(
        of claim: Claim, words: [Word], start: Int, end: Int, neighbours: some Collection<Claim>, cueWords cue: CueWords
    ) -> ClosedRange<Int>? {
        if let time = claim.time, let window = window(time) { return window }
        // Ages are left out: a year beside an age is usually another event ("52, who founded the
        // company in 2004", "29, born in 1990").
        switch claim.kind {
        case .number, .percentage, .money, .role, .quote, .attribution: break
        default: return nil
        }
        var best: (Int, ClosedRange<Int>)?
        for other in neighbours where other.range != claim.range {
            let window: ClosedRange<Int>?
            switch other.value {
            case let .year(year):
                window = yearWindow(year)
            case let .date(date) where date.anchor == .none:
                window = Self.window(date)
            default:
                window = nil
            }
            guard let window else { continue }
            let span = words.indices(covering: other.range)
            let distance = span.lowerBound >= end ? span.lowerBound - end : start - span.upperBound
            guard distance >= 0, distance <= 6 else { continue }
            // "since 2013" gives a period, not a time: leave it to the change cues.
            if span.lowerBound > 0, words[span.lowerBound - 1].id == cue.since || words[span.lowerBound - 1].id == cue.from { continue }
            if best == nil || distance < best!.0 { best = (distance, window) }
        }
        return best?.1
    }

    static func window(_ date: DateValue) -> ClosedRange<Int>? {
        if let earliest = date.earliest, let latest = date.latest, earliest <= latest {
            return earliest.dayNumber...latest.dayNumber
        }
        if let year = date.year { return yearWindow(year) }
        return nil
    }

    static func yearWindow(_ year: Int) -> ClosedRange<Int>? {
        guard let first = CalendarDate(year: year, month: 1, day: 1), let last = CalendarDate(year: year, month: 12, day: 31) else { return nil }
        return first.dayNumber...last.dayNumber
    }

    // MARK: People

    static func people(
        of claim: Claim, words: [Word], start: Int, end: Int, text: String, names: PersonNameReader, cueWords: CueWords
    ) -> [PersonName] {
        switch claim.value {
        case let .quote(quote):
            return quote.speaker.flatMap { names.name($0) }.map { [$0] } ?? []
        case let .role(person, _):
            return names.name(person).map { [$0] } ?? []
        case .age:
            if let name = names.name(claim.subject) { return [name] }
            return nearbyName(words, start: start, end: end, text: text, names: names, cueWords: cueWords).map { [$0] } ?? []
        case .year, .date:
            // A birth date: everyone the sentence names is a candidate ("Born in 1962 in
            // Caracas, ..., Maduro dropped out"); the age check picks the one it needs.
            guard isBirth(words, start: start, cueWords: cueWords) else { return [] }
            return IndexedClaim.names(in: words, text: text, reader: names, born: cueWords.born)
        default:
            return []
        }
    }

    /// A year claim that reads as a birth year (its sentence named nobody).
    static func isBirthClaim(_ claim: IndexedClaim) -> Bool {
        claim.before.prefix(3).contains("born")
    }

    /// Whether a year or date is a birth date: "born in 1962", "(born March 3, 1990)", "b. 1962".
    static func isBirth(_ words: [Word], start: Int, cueWords cue: CueWords) -> Bool {
        var k = start - 1
        var distance = 0
        while k >= 0, distance < 3 {
            let id = words[k].id
            if id == cue.born || id == cue.b { return true }
            if words[k].afterPause && distance > 0 { break }
            k -= 1
            distance += 1
        }
        return false
    }

    /// Every run of capitalised words in a sentence (split with the reader's table) that could
    /// be a person's name. `born` is the table's id of "born" (`CueWords`).
    static func names(in words: [Word], text: String, reader: PersonNameReader, born: Int32) -> [PersonName] {
        var out: [PersonName] = []
        let utf8 = Array(text.utf8)
        var runStart: Int?
        func flush(_ end: Int) {
            guard let s = runStart else { return }
            let piece = String(decoding: utf8[words[s].range.lowerBound..<words[end - 1].range.upperBound], as: UTF8.self)
            if let name = reader.name(piece) { out.append(name) }
            runStart = nil
        }
        for (i, word) in words.enumerated() {
            let isName = word.isCapitalized && !word.isNumeric && !word.is([.notName, .month, .weekday]) && word.id != born
            if isName {
                if word.afterPause { flush(i) }
                if runStart == nil { runStart = i }
            } else {
                flush(i)
            }
        }
        flush(words.count)
        return out
    }

    /// The name a figure is attached to: "Maduro, 62" (just before, across a comma) or
    /// "35-year-old teacher Sofia Ramirez" (just after, past up to two lowercase words).
    static func nearbyName(
        _ words: [Word], start: Int, end: Int, text: String, names: PersonNameReader, cueWords cue: CueWords
    ) -> PersonName? {
        func name(from first: Int, through last: Int) -> PersonName? {
            guard first <= last else { return nil }
            let utf8 = Array(text.utf8)
            let piece = String(decoding: utf8[words[first].range.lowerBound..<words[last].range.upperBound], as: UTF8.self)
            return names.name(piece)
        }
        func isNameWord(_ w: Word) -> Bool {
            w.isCapitalized && !w.isNumeric && !w.is([.notName, .month, .weekday])
        }
        // Before: "Maduro, 62" / "Carlos Mendoza, 41" / "Marta Pires, a 71-year-old".
        var at = start
        if at > 0, [cue.a, cue.an, cue.the].contains(words[at - 1].id), words[at - 1].afterPause { at -= 1 }
        if at > 0, at < words.count, words[at].afterPause, isNameWord(words[at - 1]) {
            var first = at - 1
            while first > 0, !words[first].afterPause, isNameWord(words[first - 1]) { first -= 1 }
            return name(from: first, through: at - 1)
        }
        // After: "35-year-old teacher Sofia Ramirez".
        var k = end
        var skipped = 0
        while k < words.count, !isNameWord(words[k]), skipped < 2, !words[k].afterPause {
            k += 1
            skipped += 1
        }
        guard k < words.count, isNameWord(words[k]), k == end || !words[k].afterPause else { return nil }
        var last = k
        while last + 1 < words.count, !words[last + 1].afterPause, isNameWord(words[last + 1]) { last += 1 }
        return name(from: k, through: last)
    }
}
