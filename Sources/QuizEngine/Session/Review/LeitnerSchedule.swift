/// Spaced repetition of the questions a player missed or was unsure of: Leitner boxes.
///
/// Why Leitner and not FSRS: a pack holds tens of questions and a learner sees each a handful
/// of times, far too few reviews for FSRS's per-user fitted parameters to pay off, while its
/// default parameters assume flashcards graded on four levels, not a right/wrong answer with a
/// confidence. Leitner needs no fitting, fits that signal exactly (a miss sends a question back
/// to box 1, a sure right answer on its due day moves it up a box), and its state is one number
/// a learner understands ("box 3: next review in 3 days"). The schedule is a pure function of
/// the answer history, replayed in order, so there is no second copy of the state to drift out
/// of step with the answers (two sessions at once, a killed session).
///
/// The rules:
/// - A question enters the schedule when it is missed (wrong or skipped): box 1, due the same
///   day, so "review what I just missed" works at once. One answered right but unsure
///   (confidence below `unsureBelow`) enters box 1 too, due the next day.
/// - On or after its due day: a sure right answer moves it up a box, due after that box's
///   interval (1, 3, 7, 14 days for boxes 2 to 5); a sure right answer in box 5 retires it. An
///   unsure right answer keeps its box and schedules it again after the box's interval (at
///   least a day). A miss sends it back to box 1, due the same day.
/// - Before its due day a right answer changes nothing (it is not a spaced retrieval), but a
///   miss still sends it back to box 1.
/// Days are calendar days in the player's time zone, so "tomorrow" means after midnight, not
/// 24 hours later.
public enum LeitnerSchedule {
    /// Days until the next review after entering each box (index 0 is box 1).
    public static let intervals = [1, 1, 3, 7, 14]
    public static var boxes: Int { intervals.count }
    /// A right answer with a stated confidence below this counts as unsure.
    public static let unsureBelow = 0.7

    /// One answer to a question, from any session (play, exam or review).
    public struct Attempt: Hashable, Sendable {
        public let packID: String
        public let packFingerprint: String
        public let questionID: String
        public let correct: Bool
        public let skipped: Bool
        public let confidence: Double?
        /// The calendar day the answer was given, in the player's time zone.
        public let day: CalendarDate

        public init(packID: String, packFingerprint: String, questionID: String, correct: Bool, skipped: Bool, confidence: Double?, day: CalendarDate) {
            self.packID = packID
            self.packFingerprint = packFingerprint
            self.questionID = questionID
            self.correct = correct
            self.skipped = skipped
            self.confidence = confidence
            self.day = day
        }

        var isSure: Bool { confidence.map { $0 >= LeitnerSchedule.unsureBelow } ?? true }
    }

    /// A question under review.
    public struct Item: Hashable, Sendable {
        public let packID: String
        /// The fingerprint of the pack version it was last answered in.
        public let packFingerprint: String
        public let questionID: String
        /// 1 ... `boxes`.
        public let box: Int
        public let due: CalendarDate
        /// How many times it was missed in all.
        public let lapses: Int
        public let lastAnswered: CalendarDate

        public init(packID: String, packFingerprint: String, questionID: String, box: Int, due: CalendarDate, lapses: Int, lastAnswered: CalendarDate) {
            self.packID = packID
            self.packFingerprint = packFingerprint
            self.questionID = questionID
            self.box = box
            self.due = due
            self.lapses = lapses
            self.lastAnswered = lastAnswered
        }

        public func isDue(on day: CalendarDate) -> Bool { due <= day }
    }

    /// The state after `attempt`, given the state before it (nil: not under review). Nil when the
    /// question is not (or no longer) under review.
    public static func apply(_ attempt: Attempt, to previous: Item?) -> Item? {
        let missed = !attempt.correct || attempt.skipped
        let day = attempt.day
        func next(box: Int, due: CalendarDate, lapses: Int) -> Item {
            Item(packID: attempt.packID, packFingerprint: attempt.packFingerprint, questionID: attempt.questionID,
                 box: box, due: due, lapses: lapses, lastAnswered: day)
        }
        guard let current = previous else {
            if missed { return next(box: 1, due: day, lapses: 1) }
            if !attempt.isSure { return next(box: 1, due: day.adding(days: intervals[0]), lapses: 0) }
            return nil
        }
        if missed { return next(box: 1, due: day, lapses: current.lapses + 1) }
        guard current.isDue(on: day) else {
            return Item(packID: current.packID, packFingerprint: attempt.packFingerprint, questionID: current.questionID,
                        box: current.box, due: current.due, lapses: current.lapses, lastAnswered: day)
        }
        if !attempt.isSure {
            return next(box: current.box, due: day.adding(days: intervals[current.box - 1]), lapses: current.lapses)
        }
        if current.box >= boxes { return nil }
        let box = current.box + 1
        return next(box: box, due: day.adding(days: intervals[box - 1]), lapses: current.lapses)
    }

    /// Replays `attempts` (oldest first) into the questions now under review.
    public static func items(from attempts: [Attempt]) -> [Item] {
        struct Key: Hashable { let pack: String, question: String }
        var state: [Key: Item] = [:]
        var order: [Key] = []
        var known = Set<Key>()
        for attempt in attempts {
            let key = Key(pack: attempt.packID, question: attempt.questionID)
            if known.insert(key).inserted { order.append(key) }
            state[key] = apply(attempt, to: state[key])
        }
        return order.compactMap { state[$0] }
    }

    /// Items in the order to review them on `day`: due ones first, the longest overdue first,
    /// then the lowest box and the most missed; then the rest, soonest due first.
    public static func ordered(_ items: [Item], on day: CalendarDate) -> [Item] {
        items.sorted { a, b in
            let (aDue, bDue) = (a.isDue(on: day), b.isDue(on: day))
            if aDue != bDue { return aDue }
            if a.due != b.due { return a.due < b.due }
            if a.box != b.box { return a.box < b.box }
            if a.lapses != b.lapses { return a.lapses > b.lapses }
            return (a.packID, a.questionID) < (b.packID, b.questionID)
        }
    }
}
