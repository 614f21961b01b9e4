import Foundation

extension ExamResult {
    /// The results as a spreadsheet: one row per answer, each carrying the student and pack so
    /// that thirty students' files pasted under one another still say whose row is whose, then
    /// one `total` row. The `row` column tells the two apart for filtering.
    public var csv: String {
        var table = CSVTable(header: [
            "row", "player", "pack_id", "pack_title", "pack_fingerprint", "seed", "session", "position",
            "question_id", "kind", "skills", "difficulty", "given", "correct", "skipped", "points",
            "hints", "confidence", "seconds", "answered_at",
        ])
        let common = [player, packID, packTitle, packFingerprint, String(seed), sessionID]
        for answer in answers {
            table.append(["answer"] + common + [
                String(answer.position), answer.questionID, answer.kind.rawValue,
                answer.skills.map(\.rawValue).joined(separator: " "), answer.difficulty.rawValue,
                answer.given, answer.correct ? "1" : "0", answer.skipped ? "1" : "0", String(answer.points),
                String(answer.hintsUsed), CSVTable.number(answer.confidence), CSVTable.number(answer.secondsTaken, digits: 1),
                ISO8601.string(answer.answeredAt),
            ])
        }
        let stated = answers.compactMap(\.confidence)
        let meanConfidence = stated.isEmpty ? nil : stated.reduce(0, +) / Double(stated.count)
        // Numeric columns hold sums (means for confidence), so the row reads like a spreadsheet total.
        table.append(["total"] + common + [
            "", "", "", "", "", "", String(totals.correct), String(totals.skipped), String(totals.points),
            String(answers.reduce(0) { $0 + $1.hintsUsed }), CSVTable.number(meanConfidence),
            CSVTable.number(totals.secondsTaken, digits: 1), ISO8601.string(updatedAt),
        ])
        return table.text
    }
}

/// Timestamps as `2026-11-23T04:26:56Z`: what spreadsheets and people both read.
public enum ISO8601 {
    public static func string(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CalendarDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let secondOfDay = seconds - day.dayNumber * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day)T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
    }
}
