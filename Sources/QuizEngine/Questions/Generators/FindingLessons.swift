/// The media-literacy lesson a spot-the-inconsistency question ends with, by kind of finding.
///
/// One sentence each, addressed to the player, concrete enough to act on next time.
extension Lessons {
    public static func lesson(for kind: Finding.Kind) -> String {
        switch kind {
        case .numericConflict:
            "Lesson: when a figure appears twice, compare the two; a story that cannot keep its own numbers straight needs checking."
        case .quoteDrift:
            "Lesson: a quotation should be word for word; when the same quote appears in different words, find the original before repeating it."
        case .weekdayMismatch:
            "Lesson: a weekday and a date can be checked against a calendar in seconds; when they disagree, one of them is wrong."
        case .dateConflict:
            "Lesson: when sources date the same event differently, at least one is wrong; find out which before trusting either."
        case .durationConflict:
            "Lesson: compare how long sources say something lasted; “less than 15 minutes” and “an hour” cannot describe the same call."
        case .spanArithmetic:
            "Lesson: do the arithmetic on deadlines and spans; a few seconds with a calendar can expose a date that cannot be right."
        case .ageArithmetic:
            "Lesson: an age and a birth year can be checked against each other; small details that do not add up are a warning sign."
        case .totalMismatch:
            "Lesson: count the items and add up the parts; a total that does not match its parts means something was changed or left out."
        case .attributionConflict:
            "Lesson: notice who each claim is credited to; the same words or figures credited to different sources cannot all be right."
        case .roleConflict:
            "Lesson: check who people are; a person given two jobs that cannot go together is a sign of careless or false reporting."
        case .locationConflict:
            "Lesson: check where people and events are said to be; nobody is in two countries at the same moment."
        case .timelineConflict:
            "Lesson: put the events in order with their dates; a timeline that cannot be drawn cannot be true."
        }
    }
}
