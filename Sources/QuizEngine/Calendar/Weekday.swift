/// A day of the week, Monday first (ISO 8601).
public enum Weekday: String, CaseIterable, Sendable, Codable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// "Saturday". Written out: capitalising the raw value made a new string each time, and a
    /// weekday finding's explanation names two weekdays five times (2.2M instructions of a
    /// 1,000-article compile).
    public var name: String {
        switch self {
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        }
    }

    /// Recognises full names and the usual abbreviations ("Sat", "Thurs", "Tues."), any case.
    public init?(name: some StringProtocol) {
        var key = name.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        let table: [String: Weekday] = [
            "monday": .monday, "mon": .monday,
            "tuesday": .tuesday, "tue": .tuesday, "tues": .tuesday,
            "wednesday": .wednesday, "wed": .wednesday, "weds": .wednesday,
            "thursday": .thursday, "thu": .thursday, "thur": .thursday, "thurs": .thursday,
            "friday": .friday, "fri": .friday,
            "saturday": .saturday, "sat": .saturday,
            "sunday": .sunday, "sun": .sunday,
        ]
        guard let day = table[key] else { return nil }
        self = day
    }
}

/// Month names, for reading and writing dates in prose.
public enum Month {
    public static let names = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    public static func name(of month: Int) -> String {
        (1...12).contains(month) ? names[month - 1] : "month \(month)"
    }

    /// 1...12 for a full name or a common abbreviation ("Sept.", "Nov"), any case.
    public static func number(named text: some StringProtocol) -> Int? {
        var key = text.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        if let index = names.firstIndex(where: { $0.lowercased() == key }) { return index + 1 }
        let abbreviations = [
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
            "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        ]
        return abbreviations[key]
    }
}
