/// A learner's progress over time, from every answer in the progress store: accuracy per skill
/// and per pack, how it moved from period to period, and calibration.
///
/// Periods are calendar days while the history spans at most two weeks (a learner in their first
/// days wants to see yesterday against today) and weeks starting on Monday after that, at most
/// `maximumPeriods` of them, ending with the period holding `today`.
public struct ProgressStats: Hashable, Sendable {
    public enum Granularity: String, Hashable, Sendable { case day, week }

    /// Answers and right answers in one period.
    public struct Period: Hashable, Sendable {
        public let start: CalendarDate
        public let answers: Int
        public let correct: Int
        public var accuracy: Double? { answers == 0 ? nil : Double(correct) / Double(answers) }
    }

    /// One skill or one pack: totals and the same figures per period.
    public struct Series: Hashable, Sendable {
        /// The skill's raw value or the pack id.
        public let id: String
        public let title: String
        public let answers: Int
        public let correct: Int
        public let points: Int
        public let lastPlayed: CalendarDate
        public let periods: [Period]
        public var accuracy: Double { answers == 0 ? 0 : Double(correct) / Double(answers) }
    }

    /// One answer as the statistics need it.
    public struct Entry: Hashable, Sendable {
        public let packID: String
        public let packTitle: String
        public let skills: [Skill]
        public let correct: Bool
        public let confidence: Double?
        public let points: Int
        public let day: CalendarDate

        public init(packID: String, packTitle: String, skills: [Skill], correct: Bool, confidence: Double?, points: Int, day: CalendarDate) {
            self.packID = packID
            self.packTitle = packTitle
            self.skills = skills
            self.correct = correct
            self.confidence = confidence
            self.points = points
            self.day = day
        }
    }

    public static let maximumPeriods = 12

    public let sessions: Int
    public let answers: Int
    public let correct: Int
    public let points: Int
    public let firstDay: CalendarDate?
    public let lastDay: CalendarDate?
    /// Days with at least one answer.
    public let activeDays: Int
    /// Consecutive days with answers, ending today or yesterday (0 otherwise).
    public let streak: Int
    public let granularity: Granularity
    /// All answers per period, oldest first.
    public let periods: [Period]
    public let skills: [Series]
    public let packs: [Series]
    public let calibration: CalibrationSummary

    public var accuracy: Double? { answers == 0 ? nil : Double(correct) / Double(answers) }

    public init(entries: [Entry], sessions: Int, today: CalendarDate) {
        self.sessions = sessions
        answers = entries.count
        correct = entries.count { $0.correct }
        points = entries.reduce(0) { $0 + $1.points }
        let days = Set(entries.map(\.day))
        firstDay = days.min()
        lastDay = days.max()
        activeDays = days.count
        var streak = 0
        var day = days.contains(today) ? today : today.adding(days: -1)
        while days.contains(day) {
            streak += 1
            day = day.adding(days: -1)
        }
        self.streak = streak
        let span = firstDay.map { $0.days(until: today) } ?? 0
        granularity = span <= 13 ? .day : .week
        let starts = Self.periodStarts(granularity: granularity, first: firstDay ?? today, today: today)
        let granularity = self.granularity
        func periods(_ entries: [Entry]) -> [Period] {
            var answers = [Int](repeating: 0, count: starts.count), right = answers
            for entry in entries {
                let start = Self.periodStart(of: entry.day, granularity: granularity)
                guard let index = starts.firstIndex(of: start) else { continue }
                answers[index] += 1
                if entry.correct { right[index] += 1 }
            }
            return starts.indices.map { Period(start: starts[$0], answers: answers[$0], correct: right[$0]) }
        }
        self.periods = periods(entries)
        func series(id: String, title: String, _ members: [Entry]) -> Series {
            Series(
                id: id, title: title, answers: members.count, correct: members.count { $0.correct },
                points: members.reduce(0) { $0 + $1.points }, lastPlayed: members.map(\.day).max() ?? today,
                periods: periods(members)
            )
        }
        skills = Skill.allCases.compactMap { skill in
            let members = entries.filter { $0.skills.contains(skill) }
            return members.isEmpty ? nil : series(id: skill.rawValue, title: skill.title, members)
        }
        var packOrder: [String] = []
        var byPack: [String: [Entry]] = [:]
        for entry in entries {
            if byPack[entry.packID] == nil { packOrder.append(entry.packID) }
            byPack[entry.packID, default: []].append(entry)
        }
        packs = packOrder.map { id in
            let members = byPack[id]!
            return series(id: id, title: members.last!.packTitle, members)
        }.sorted { ($0.lastPlayed, $1.id) > ($1.lastPlayed, $0.id) }
        calibration = CalibrationSummary(entries.compactMap { e in e.confidence.map { ($0, e.correct) } })
    }

    static func periodStart(of day: CalendarDate, granularity: Granularity) -> CalendarDate {
        switch granularity {
        case .day: return day
        case .week:
            // dayNumber 0 (1970-01-01) was a Thursday; Monday-based weeks start 3 days before it.
            let offset = ((day.dayNumber + 3) % 7 + 7) % 7
            return day.adding(days: -offset)
        }
    }

    static func periodStarts(granularity: Granularity, first: CalendarDate, today: CalendarDate) -> [CalendarDate] {
        let step = granularity == .day ? 1 : 7
        let last = periodStart(of: today, granularity: granularity)
        var start = periodStart(of: min(first, today), granularity: granularity)
        let earliest = last.adding(days: -step * (maximumPeriods - 1))
        if start < earliest { start = earliest }
        var out: [CalendarDate] = []
        while start <= last {
            out.append(start)
            start = start.adding(days: step)
        }
        return out
    }
}
