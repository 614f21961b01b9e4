/// People and events placed somewhere.
///
/// The shapes, each tied to a named place (a place the gazetteer knows, or a capitalised name
/// that is not a person, after "in", "at", "from", "to"):
/// - a place followed by "where": "from Mar-a-Lago, where President Donald Trump sat", "in
///   Caracas neighborhoods where families like ... Sofia Ramirez huddle";
/// - a person and a verb of moving: "Ramirez, who fled to Colombia in 2023" (the place holds
///   from then on: the time is the interval from that date to the published date);
/// - a person and a verb of being or travelling: "Nicholas, 34, a regime spokesperson, lives in
///   a Caracas high-rise", "Machado flew to Madrid on Monday";
/// - a role in apposition with a place: "Carlos Mendoza, 41, a fisherman in Puerto La Cruz";
/// - a person's post or message from a place: "Sofia’s TikTok from Bogotá";
/// - birth: "Born in 1962 in Caracas ..., Maduro", "Machado was born in Caracas";
/// - events: "200 gathered at Versailles restaurant on November 30", "a National Security
///   Council meeting at the White House".
///
/// The entity is the person's fullest name, or the event's words; the place is the place's name
/// as written (with "restaurant", "palace" and the like when they follow it). The time is the
/// date or year the sentence gives next to it (from the date recognizers that run before this
/// one), so being in two places at different times is not a conflict.
enum LocationRecognizer: ClaimRecognizer {
    static var kinds: [ClaimKind] { [.location] }

    private struct Found {
        let entity: String
        let place: String
        /// Tokens of the claim's span.
        let span: Range<Int>
        /// The place's tokens, to look for a date near it.
        let placeTokens: Range<Int>
        /// "fled to", "moved to": the place holds from the date on.
        let isMove: Bool
    }

    static func recognize(_ sentence: inout SentenceContext) {
        let found = locations(in: sentence)
        guard !found.isEmpty else { return }
        let dates = SentenceClaims(sentence.claimsInSentence, kinds: SentenceClaims.dateKinds)
        // Appended straight to the sentence's claims, moved out of the context while they are
        // made (see `QuoteRecognizer.recognize`).
        var claims = sentence.claimsInSentence
        sentence.claimsInSentence = []
        append(found, dates: dates, in: sentence, to: &claims)
        sentence.claimsInSentence = claims
    }

    /// The places the sentence puts people and events in, before they are claims.
    private static func locations(in sentence: SentenceContext) -> [Found] {
        let passage = sentence.sentence
        let tokens = passage.tokens
        var found: [Found] = []
        var i = nextCue(in: tokens, from: 0)
        while i < tokens.count {
            defer { i = nextCue(in: tokens, from: i + 1) }
            guard !tokens[i].isCapitalized || tokens[i].is(.born) || tokens[i].is(.eventNoun) && passage.sentenceStart(before: i) == i,
                  !passage.isInsideQuote(i) else { continue }
            let token = tokens[i]
            if token.isWord(.where) {
                found += whereClause(at: i, in: sentence)
            } else if token.is(.moveVerb) || token.is(.travelVerb) || token.is(.stayVerb) {
                found += verbOfPlace(at: i, in: sentence)
            } else if token.is(.born) {
                found += birth(at: i, in: sentence)
            } else if token.is(.eventNoun) {
                found += event(at: i, in: sentence)
            }
        }
        // Appended only when there is something to append: appending an empty array to the
        // empty one still went through the array's reallocation path, twice a sentence
        // (3M instructions on 1,000 articles).
        let apposed = appositivePlaces(in: sentence)
        if !apposed.isEmpty { found += apposed }
        let messages = messagesFromPlaces(in: sentence)
        if !messages.isEmpty { found += messages }
        return found
    }

    /// Appends a claim for each place of `found` (one per entity and place, in text order).
    private static func append(_ found: [Found], dates: SentenceClaims, in sentence: SentenceContext, to claims: inout [Claim]) {
        let tokens = sentence.sentence.tokens
        var seen = SeenPairs()
        for item in found.sorted(by: { $0.span.lowerBound < $1.span.lowerBound }) {
            guard seen.insert(item.entity, item.place) else { continue }
            let bytes = tokens[item.span.lowerBound].start..<tokens[item.span.upperBound - 1].end
            claims.append(sentence.claim(
                .location, range: bytes, value: .location(entity: item.entity, place: item.place),
                subject: Lowercase.of(item.entity), time: time(for: item, in: sentence, dates: dates)
            ))
        }
    }

    /// The words a place claim can hang on: "where", verbs of moving, travelling and staying,
    /// "born", nouns of events.
    static var cues: WordClass { [.relative, .moveVerb, .travelVerb, .stayVerb, .born, .eventNoun] }

    /// The first word at or after `start` of one of the `cues` classes, or the token count.
    ///
    /// A tight loop over the token buffer: testing each token in `locations(in:)`'s own loop,
    /// its bounds checked, took 12 instructions a token, for a cue in few sentences. A test
    /// compares it with the plain test of each token.
    static func nextCue(in tokens: [ProseToken], from start: Int) -> Int {
        let cues = Self.cues
        return tokens.withUnsafeBufferPointer { tokens in
            var i = start
            while i < tokens.count, tokens[i].kind != .word || !tokens[i].is(cues) { i += 1 }
            return min(i, tokens.count)
        }
    }

    // MARK: - Shapes

    /// "PLACE(,) where PERSON ...".
    private static func whereClause(at index: Int, in sentence: SentenceContext) -> [Found] {
        let passage = sentence.sentence
        let tokens = passage.tokens
        var k = index - 1
        if k >= 0, tokens[k].isPunctuation(",") { k -= 1 }
        // "Caracas neighborhoods where": up to two common nouns after the place's name.
        var skipped = 0
        while k >= 0, skipped < 2, tokens[k].kind == .word, !tokens[k].isCapitalized, !tokens[k].is(.function) {
            k -= 1
            skipped += 1
        }
        guard k >= 0, let place = placeMention(endingAt: k, in: passage) else { return [] }
        let clauseEnd = clauseEnd(from: index + 1, in: passage)
        guard let person = passage.names(startingIn: (index + 1)..<clauseEnd).first(where: { $0.isPerson && !$0.isQuoted }) else {
            // "In Paris, where the summit was held, ...": an event as the clause's subject.
            var k = index + 1
            while k < clauseEnd, tokens[k].is(.determiner) || (tokens[k].kind == .word && !tokens[k].is(.eventNoun) && k - index <= 3
                    && !tokens[k].is(.copula) && !tokens[k].is(.auxiliary) && !tokens[k].isCapitalized) {
                k += 1
            }
            guard k < clauseEnd, tokens[k].is(.eventNoun), !tokens[k].isCapitalized else { return [] }
            return [Found(
                entity: eventName(k, in: passage), place: placeName(place, in: passage),
                span: place.run.lowerBound..<(k + 1), placeTokens: place.run, isMove: false
            )]
        }
        return [Found(
            entity: sentence.analysis.displayName(person, in: passage), place: placeName(place, in: passage),
            span: place.run.lowerBound..<person.run.upperBound, placeTokens: place.run, isMove: false
        )]
    }

    /// "PERSON [, who] fled to PLACE", "PERSON lives in a PLACE high-rise", "200 gathered at PLACE".
    private static func verbOfPlace(at verb: Int, in sentence: SentenceContext) -> [Found] {
        let passage = sentence.sentence
        let tokens = passage.tokens
        var p = verb + 1
        while p < passage.count, tokens[p].is(.adverb) { p += 1 }
        // "lives in exile in Madrid", "lives with her family in Doral": one short phrase first.
        if p + 1 < passage.count, tokens[p].is(.preposition), placeMention(startingAt: p + 1, in: passage) == nil {
            var q = p + 1
            while q < min(passage.count, p + 5), tokens[q].kind == .word, !tokens[q].isCapitalized,
                  !(tokens[q].isWord(.in) || tokens[q].isWord(.at)) { q += 1 }
            if q < passage.count, tokens[q].isWord(.in) || tokens[q].isWord(.at) { p = q }
        }
        guard p < passage.count, tokens[p].isWord(.in) || tokens[p].isWord(.at) || tokens[p].isWord(.to)
            || tokens[p].isWord(.from) || tokens[p].isWord(.into) else { return [] }
        if tokens[p].isWord(.from), !tokens[verb].is(.stayVerb) { return [] }     // "fled from Venezuela": where they left
        guard let place = placeMention(startingAt: p + 1, in: passage) else { return [] }
        let placeName = placeName(place, in: passage)
        let floor = max(0, passage.sentenceStart(before: verb), verb - 40)
        let isMove = tokens[verb].is(.moveVerb)
        // "Rivera is recovering", "Sousa has stayed": the subject stands before the auxiliary.
        var head = verb
        while head - 1 >= floor, head - verb > -3, tokens[head - 1].is(.copula) || tokens[head - 1].is(.auxiliary) { head -= 1 }
        if let person = ClauseSubject(passage: passage).mention(before: head, floor: floor), person.isPerson, !person.isQuoted {
            return [Found(
                entity: sentence.analysis.displayName(person, in: passage), place: placeName,
                span: person.run.lowerBound..<placeEnd(place, in: passage), placeTokens: place.run, isMove: isMove
            )]
        }
        // A group or a count that gathers: "200 gathered at Versailles restaurant".
        guard tokens[verb].is(.stayVerb), verb >= 1 else { return [] }
        let subject = tokens[verb - 1]
        guard subject.kind == .number || subject.is(.groupNoun) else { return [] }
        var start = verb - 1
        if subject.is(.groupNoun), start >= 1, tokens[start - 1].kind == .number || tokens[start - 1].is(.demonym) { start -= 1 }
        return [Found(
            entity: passage.text(tokens: start..<(verb + 1)), place: placeName,
            span: start..<placeEnd(place, in: passage), placeTokens: place.run, isMove: false
        )]
    }

    /// "Born in 1962 in Caracas ..., Maduro ..." / "Machado was born in Caracas".
    private static func birth(at index: Int, in sentence: SentenceContext) -> [Found] {
        let passage = sentence.sentence
        let tokens = passage.tokens
        var p = index + 1
        var place: NameMention?
        while p + 1 < passage.count, p - index < 8 {
            if tokens[p].isWord(.in), let mention = placeMention(startingAt: p + 1, in: passage) {
                place = mention
                break
            }
            p += 1
        }
        guard let place else { return [] }
        let floor = max(0, passage.sentenceStart(before: index))
        var person: NameMention?
        if index >= 1, tokens[index - 1].is(.copula) {
            person = ClauseSubject(passage: passage).mention(before: index - 1, floor: floor)
        } else if index == floor {
            // The participle opens the sentence: the person is the main clause's subject.
            var comma = place.run.upperBound
            while comma < passage.count, !tokens[comma].isPunctuation(","), comma - index < 40 { comma += 1 }
            person = passage.firstName(from: comma + 1, before: comma + 2)
        }
        guard let person, person.isPerson, !person.isQuoted else { return [] }
        let span = min(index, person.run.lowerBound)..<max(place.run.upperBound, person.run.upperBound)
        return [Found(
            entity: sentence.analysis.displayName(person, in: passage), place: placeName(place, in: passage),
            span: span, placeTokens: place.run, isMove: false
        )]
    }

    /// "a National Security Council meeting at the White House": an event named by capitalised
    /// words (or a person's possessive) before an event noun, then "at"/"in" a place.
    private static func event(at index: Int, in sentence: SentenceContext) -> [Found] {
        let passage = sentence.sentence
        let tokens = passage.tokens
        // "a National Security Council meeting at the White House"
        if index + 1 < passage.count, tokens[index + 1].isWord(.at) || tokens[index + 1].isWord(.in),
           let place = placeMention(startingAt: index + 2, in: passage),
           index >= 1, let name = passage.name(covering: index - 1), name.run.upperBound == index, name.kind != .place {
            let entity = passage.text(tokens: name.run.lowerBound..<(index + 1))
            return places(from: place, entity: entity, spanStart: name.run.lowerBound, in: passage)
        }
        // "The talks, held at the Palais des Nations in Geneva, ..." / "Negotiations over ...
        // began on September 18 in Vienna": the event is what the clause is about.
        guard isClauseSubject(index, in: passage) else { return [] }
        // The first verb of the event's that is followed, after an optional date, by a named
        // place; "aid workers held in northern Valdoria" names no place, so "began on September
        // 18 in Vienna" is taken. A subordinate clause ("after rebels opened fire in Serra")
        // or a new sentence ends the search.
        var i = index + 1
        while i < passage.count, i - index <= 20 {
            let token = tokens[i]
            if token.isPunctuation(";") || token.is(.subordinator) || token.is(.conjunction) || passage.endsSentence(at: i) { break }
            if token.is(.eventVerb), !token.isCapitalized {
                var p = i + 1
                while p < passage.count, p - i <= 6, !(tokens[p].isWord(.in) || tokens[p].isWord(.at)) {
                    let between = tokens[p]
                    guard between.isPunctuation(",") || between.kind == .number || between.isWord(.on) || between.is(.month)
                        || between.is(.weekday) else { break }
                    p += 1
                }
                if p < passage.count, tokens[p].isWord(.in) || tokens[p].isWord(.at),
                   let place = placeMention(startingAt: p + 1, in: passage) {
                    return places(from: place, entity: eventName(index, in: passage), spanStart: index, in: passage)
                }
            }
            i += 1
        }
        return []
    }

    /// The place and, when it is written "X in Y", the place containing it too: the talks "at
    /// the Palais des Nations in Geneva" are in both.
    private static func places(from place: NameMention, entity: String, spanStart: Int, in passage: PassageAnalysis) -> [Found] {
        var found = [Found(
            entity: entity, place: placeName(place, in: passage),
            span: spanStart..<placeEnd(place, in: passage), placeTokens: place.run, isMove: false
        )]
        let after = placeEnd(place, in: passage)
        if after + 1 < passage.count, passage.tokens[after].isWord(.in) || passage.tokens[after].isPunctuation(","),
           let outer = placeMention(startingAt: after + 1, in: passage), outer.kind == .place {
            found.append(Found(
                entity: entity, place: placeName(outer, in: passage),
                span: spanStart..<placeEnd(outer, in: passage), placeTokens: outer.run, isMove: false
            ))
        }
        return found
    }

    /// An event noun heading its clause: at the sentence's start or after its opening words
    /// ("The talks", "Negotiations over ...", "The preparatory meetings").
    private static func isClauseSubject(_ index: Int, in passage: PassageAnalysis) -> Bool {
        let start = passage.sentenceStart(before: index)
        return (start..<index).allSatisfy { k in
            let token = passage.tokens[k]
            return token.kind == .word && !token.is(.preposition) && !token.is(.eventNoun)
                && (token.is(.determiner) || !token.isCapitalized || k == start)
        }
    }

    /// "talks" for "The talks" and "Negotiations": one name for one event, however worded.
    private static func eventName(_ index: Int, in passage: PassageAnalysis) -> String {
        let word = Lowercase.of(passage.stem(index))
        switch word {
        case "negotiations", "negotiation": return "talks"
        case "meetings": return "meeting"
        case "summits": return "summit"
        case "rallies": return "rally"
        case "protests": return "protest"
        case "hearings": return "hearing"
        case "marches": return "march"
        default: return word
        }
    }

    /// "Carlos Mendoza, 41, a fisherman in Puerto La Cruz".
    private static func appositivePlaces(in sentence: SentenceContext) -> [Found] {
        let passage = sentence.sentence
        let phrases = RolePhrases(passage: passage)
        var found: [Found] = []
        for mention in passage.names where mention.isPerson && !mention.isQuoted && !mention.isPossessive {
            guard let phrase = phrases.after(mention.run.upperBound), phrase.upperBound + 1 < passage.count,
                  passage.tokens[phrase.upperBound].isWord(.in) || passage.tokens[phrase.upperBound].isWord(.from),
                  let place = placeMention(startingAt: phrase.upperBound + 1, in: passage) else { continue }
            found.append(Found(
                entity: sentence.analysis.displayName(mention, in: passage), place: placeName(place, in: passage),
                span: mention.run.lowerBound..<placeEnd(place, in: passage), placeTokens: place.run, isMove: false
            ))
        }
        return found
    }

    /// "Sofia’s TikTok from Bogotá", "Machado’s message from Madrid".
    private static func messagesFromPlaces(in sentence: SentenceContext) -> [Found] {
        let passage = sentence.sentence
        let tokens = passage.tokens
        var found: [Found] = []
        for mention in passage.names where mention.isPerson && mention.isPossessive && !mention.isQuoted {
            let media = mention.run.upperBound
            guard media + 2 < passage.count, tokens[media].is(.mediaNoun), tokens[media + 1].isWord(.from),
                  let place = placeMention(startingAt: media + 2, in: passage) else { continue }
            found.append(Found(
                entity: sentence.analysis.displayName(mention, in: passage), place: placeName(place, in: passage),
                span: mention.run.lowerBound..<placeEnd(place, in: passage), placeTokens: place.run, isMove: false
            ))
        }
        return found
    }

    // MARK: - Places

    /// A place named from token `start`, after an optional article: "Colombia", "the White
    /// House", "a Caracas high-rise".
    private static func placeMention(startingAt start: Int, in passage: PassageAnalysis) -> NameMention? {
        var i = start
        if i < passage.count, passage.tokens[i].is(.determiner), !passage.tokens[i].isCapitalized { i += 1 }
        guard let mention = passage.firstName(from: i, before: i + 1) else { return nil }
        return isPlace(mention) ? mention : nil
    }

    private static func placeMention(endingAt end: Int, in passage: PassageAnalysis) -> NameMention? {
        guard let mention = passage.name(covering: end), mention.run.upperBound - 1 == end else { return nil }
        return isPlace(mention) ? mention : nil
    }

    private static func isPlace(_ mention: NameMention) -> Bool {
        guard !mention.isQuoted, !mention.isPossessive else { return false }
        return mention.kind == .place || (mention.kind == .unknown && !mention.isSentenceInitial)
    }

    /// The place's tokens with a venue noun that follows them.
    private static func placeEnd(_ mention: NameMention, in passage: PassageAnalysis) -> Int {
        let next = mention.run.upperBound
        if next < passage.count, passage.tokens[next].kind == .word, passage.tokens[next].is(.venueNoun),
           !passage.tokens[next].isCapitalized {
            return next + 1
        }
        return next
    }

    /// The place's name, with a venue noun that follows it: "Versailles restaurant".
    private static func placeName(_ mention: NameMention, in passage: PassageAnalysis) -> String {
        let next = mention.run.upperBound
        if next < passage.count, passage.tokens[next].kind == .word, passage.tokens[next].is(.venueNoun),
           !passage.tokens[next].isCapitalized {
            return passage.text(tokens: mention.name.lowerBound..<(next + 1))
        }
        return passage.text(tokens: mention.name)
    }

    private static func clauseEnd(from start: Int, in passage: PassageAnalysis) -> Int {
        var i = start
        while i < passage.count, i - start < 20 {
            let token = passage.tokens[i]
            if token.isPunctuation(",") || token.isPunctuation(";") || passage.endsSentence(at: i) { return i }
            i += 1
        }
        return i
    }

    // MARK: - Time

    /// The date or year nearest after the place (within five words), else the nearest in the
    /// span; for a move, from that date to the published date.
    private static func time(for item: Found, in sentence: SentenceContext, dates: SentenceClaims) -> DateValue? {
        let passage = sentence.sentence
        let placeEnd = passage.tokens[item.placeTokens.upperBound - 1].end
        let windowEnd = passage.tokens[min(passage.count - 1, item.placeTokens.upperBound + 5)].end
        let spanStart = passage.tokens[item.span.lowerBound].start
        guard !dates.isEmpty else { return nil }
        let after = dates.starting(in: placeEnd..<windowEnd).lazy.compactMap { ClaimTime.date(of: $0) }.first
        let inside = dates.starting(in: spanStart..<placeEnd).lazy.filter { $0.range.upperBound <= placeEnd }
            .compactMap { ClaimTime.date(of: $0) }.first
        guard let date = after ?? inside else { return nil }
        guard item.isMove else { return date }
        return DateValue(
            year: date.year, month: date.month, day: date.day, yearInferred: date.yearInferred, precision: .range,
            anchor: date.anchor, earliest: date.earliest, latest: sentence.article.published
        )
    }
}

