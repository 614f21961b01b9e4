import QuizEngine

/// Writes realistic synthetic news articles, deterministically from a seed: several paragraphs
/// with numbers, money, percentages, dates, durations, ages, quotes with speakers,
/// attributions, and planted conflicts (a figure that changes between paragraphs, a quote in a
/// second wording, a weekday that does not match its date), so the whole compiler, checker
/// included, does real work on them.
struct SyntheticNews {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    static let places = ["Riverton", "Port Alder", "Millbrook", "Easton", "Cedar Falls", "Northgate", "Lakeview", "Hollis"]
    static let outlets = ["The Daily Ledger", "Morning Courier", "Valley Times", "Harbor Post", "City Wire"]
    static let firstNames = ["Ana", "James", "Priya", "Tomás", "Grace", "Malik", "Elena", "Noah", "Fatima", "Lucas"]
    static let lastNames = ["Ruiz", "Okafor", "Lindqvist", "Chen", "Moreau", "Haddad", "Novak", "Price", "Silva", "Kowalski"]
    static let roles = ["Mayor", "council member", "spokesperson", "police chief", "school superintendent", "union leader"]
    static let topics = [
        ("bridge", "repairs", "the repairs"), ("school", "budget", "the new budget"), ("hospital", "wing", "the hospital wing"),
        ("port", "expansion", "the expansion"), ("water plant", "upgrade", "the upgrade"), ("stadium", "renovation", "the renovation"),
    ]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    private mutating func pick<T>(_ items: [T]) -> T { items[random.next(below: items.count)] }

    /// One article as Markdown with front matter.
    mutating func article(index: Int) -> String {
        let place = pick(Self.places)
        let outlet = pick(Self.outlets)
        let (thing, project, theProject) = pick(Self.topics)
        let person = "\(pick(Self.firstNames)) \(pick(Self.lastNames))"
        let surname = String(person.split(separator: " ").last!)
        let role = pick(Self.roles)
        let other = "\(pick(Self.firstNames)) \(pick(Self.lastNames))"
        let year = 2020 + random.next(below: 6)
        let month = 1 + random.next(below: 12)
        let day = 1 + random.next(below: 27)
        let published = CalendarDate(year: year, month: month, day: min(day + 1, 28))!
        let event = CalendarDate(year: year, month: month, day: day)!
        let cost = 2 + random.next(below: 40)
        let share = 10 + random.next(below: 80)
        let minutes = 10 + random.next(below: 50)
        let age = 30 + random.next(below: 40)
        let workers = 100 + random.next(below: 900)
        let weeks = 2 + random.next(below: 20)
        let plantConflict = random.next(below: 3) == 0
        let conflictingCost = plantConflict ? cost + 1 + random.next(below: 5) : cost
        let plantedWeekday = random.next(below: 4) == 0
        let weekday = plantedWeekday ? event.adding(days: 1).weekday.name : event.weekday.name
        let quote = "We will finish \(theProject) on time and on budget"
        let driftedQuote = random.next(below: 3) == 0 ? "We will complete \(theProject) on time and within budget" : quote

        return """
            ---
            title: "\(place) \(thing) \(project) faces new questions"
            outlet: \(outlet)
            published: \(published)
            ---
            The \(place) \(thing) \(project) will cost $\(cost) million, officials said on \(weekday), \(Self.months[month - 1]) \(day), \
            after a meeting that lasted \(minutes) minutes. About \(share)% of residents support the plan, according to a city survey.

            "\(quote)," said \(role) \(person), \(age), at a news conference. \(surname) added that \(workers) workers \
            would be hired over the next \(weeks) weeks, and that the work would start in \(Self.months[(month + 1) % 12]).

            Critics, including \(other), said the city had not explained the figures. "The numbers keep changing," \(other.split(separator: " ").last!) said. \
            According to documents seen by \(outlet), the budget for \(theProject) was set at $\(conflictingCost) million in \(year - 1).

            \(surname) later repeated that message: "\(driftedQuote)." The council will vote on \(Self.months[(month + 2) % 12]) \(1 + random.next(below: 27)), \
            and a public hearing is planned for the following day.

            Residents interviewed on Main Street were divided. One shop owner, who asked not to be named, said the \(thing) had been \
            closed for nearly \(weeks + 1) weeks last year, costing local businesses about $\(1 + random.next(below: 9)).\(random.next(below: 10)) million.

            """
    }
}
