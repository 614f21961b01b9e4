import QuizEngine

extension JSONWriter {
    /// `{"claims":[{"article","passage","kind","text","value","subject"}]}`
    mutating func claimsDocument(_ claims: [Claim]) {
        beginObject()
        key("claims")
        beginArray()
        for claim in claims {
            beginObject()
            key("article"); string(claim.article)
            key("passage"); string(claim.passage)
            key("kind"); string(claim.kind.rawValue)
            key("text"); string(claim.text)
            key("value"); value(claim.value)
            key("subject"); string(claim.subject)
            if let time = claim.time { key("time"); date(time) }
            endObject()
        }
        endArray()
        endObject()
        newline()
    }

    mutating func value(_ value: ClaimValue) {
        switch value {
        case let .number(q):
            quantity(q)
        case let .percentage(q):
            quantity(q)
        case let .money(q, currency):
            beginObject()
            key("amount"); quantity(q)
            key("currency"); string(currency)
            endObject()
        case let .date(d):
            date(d)
        case let .weekdayDate(weekday, d):
            beginObject()
            key("weekday"); string(weekday.rawValue)
            key("date"); date(d)
            endObject()
        case let .duration(q):
            beginObject()
            key("seconds"); quantity(q)
            endObject()
        case let .age(q):
            beginObject()
            key("years"); quantity(q)
            endObject()
        case let .year(y):
            int(y)
        case let .span(years, from, to):
            beginObject()
            key("years"); if let years { quantity(years) } else { null() }
            key("from"); if let from { int(from) } else { null() }
            key("to"); if let to { int(to) } else { null() }
            endObject()
        case let .quote(q):
            beginObject()
            key("words"); string(q.words)
            key("speaker"); optionalString(q.speaker)
            key("verb"); optionalString(q.verb)
            endObject()
        case let .attribution(source):
            beginObject()
            key("source"); string(source)
            endObject()
        case let .role(person, role):
            beginObject()
            key("person"); string(person)
            key("role"); string(role)
            endObject()
        case let .location(entity, place):
            beginObject()
            key("entity"); string(entity)
            key("place"); string(place)
            endObject()
        }
    }

    /// An exact quantity is its number; a hedged one an interval object.
    mutating func quantity(_ q: Quantity) {
        if q.isExact {
            double(q.stated)
            return
        }
        beginObject()
        key("stated"); double(q.stated)
        key("hedge"); string(q.hedge.rawValue)
        key("min"); double(q.lower)
        key("max"); double(q.upper)
        key("minInclusive"); bool(q.lowerInclusive)
        key("maxInclusive"); bool(q.upperInclusive)
        endObject()
    }

    mutating func date(_ d: DateValue) {
        beginObject()
        key("precision"); string(d.precision.rawValue)
        if let year = d.year { key("year"); int(year) }
        if let month = d.month { key("month"); int(month) }
        if let day = d.day { key("day"); int(day) }
        if d.yearInferred { key("yearInferred"); bool(true) }
        if d.anchor != .none { key("anchor"); string(d.anchor.rawValue) }
        key("earliest"); optionalString(d.earliest?.description)
        key("latest"); optionalString(d.latest?.description)
        endObject()
    }
}
