/// The media-literacy lesson each explanation ends with, by what the question trains.
///
/// One sentence each, addressed to the player, concrete enough to act on next time.
public enum Lessons {
    public static func lesson(for kind: ClaimKind) -> String {
        switch kind {
        case .number, .percentage, .money:
            "Lesson: check every figure against the source; one changed number is all a misleading post needs."
        case .date, .year, .span:
            "Lesson: check dates against the source and a calendar; a shifted date can change the whole story."
        case .weekdayDate:
            "Lesson: check a date against a calendar; a weekday that does not fit its date is a warning sign."
        case .duration:
            "Lesson: notice how precisely a source states a time; “less than 15 minutes” is not “12 minutes”."
        case .age:
            "Lesson: small details like ages are easy to check and easy to get wrong; check them."
        case .quote:
            "Lesson: a quote should match word for word; treat a quote that appears in several wordings as a warning sign."
        case .attribution:
            "Lesson: notice who a claim comes from; “according to Reuters” and “according to Axios” are different sources."
        case .role:
            "Lesson: check who people are and where they were; mixed-up roles and places are common errors."
        }
    }

    public static let overInference =
        "Lesson: an article can be compatible with a claim without supporting it; do not read in more than it says."

    public static let notMentioned =
        "Lesson: before sharing a claim, check that the source you cite actually says it."
}
