extension CheckContext {
    /// Whether two claims speak about the same thing in a way the checks compare: the same kind
    /// of figure about the same subject, a date or length of the same event, words of the same
    /// speaker, the age or role of the same person, a place of the same entity.
    ///
    /// A passage holding a rival of a conflicting claim either agrees with one side (and then
    /// conflicts with the other) or adds a third version; either way it is no fair distractor
    /// in a spot-the-inconsistency question.
    func rivals(_ a: IndexedClaim, _ b: IndexedClaim) -> Bool {
        switch (a.value, b.value) {
        case (.number, .number), (.percentage, .percentage), (.money, .money):
            return a.topic.matches(b.topic) || (!a.localTopic.isEmpty && a.localTopic.matches(b.localTopic))
        case (.date, .date), (.date, .weekdayDate), (.weekdayDate, .date), (.weekdayDate, .weekdayDate),
             (.duration, .duration), (.date, .duration), (.duration, .date), (.weekdayDate, .duration), (.duration, .weekdayDate):
            if let x = a.event, let y = b.event { return x.noun == y.noun }
            return false
        case (.quote, .quote):
            guard let x = quoteReading(a), let y = quoteReading(b) else { return false }
            if let sx = x.speaker, let sy = y.speaker, samePerson(sx, in: a.ref, sy, in: b.ref) { return true }
            return x.wording.relation(to: y.wording) != .unrelated
        case (.age, .age), (.role, .role), (.age, .year), (.year, .age):
            guard let x = a.people.first, let y = b.people.first else { return false }
            return samePerson(x, in: a.ref, y, in: b.ref)
        case (.attribution, .attribution):
            return true
        case (.span, .span):
            return a.topic.matches(b.topic)
        default:
            return a.kind == b.kind && a.kind.rawValue == "location" && a.topic.matches(b.topic)
        }
    }
}
