import Foundation
import QuizEngine

/// Exam results built from a compact table: each student's right/wrong per question.
enum ResultsFixtures {
    static let start = Date(timeIntervalSince1970: 1_764_000_000)

    /// `pattern`: one character per question, "1" right, "0" wrong, "-" skipped, "." not reached.
    static func result(
        player: String, pattern: String, questionIDs: [String] = ["q1", "q2", "q3", "q4"],
        confidence: Double? = nil, packID: String = "pack", fingerprint: String = "fp1", finished: Bool = true,
        session: String? = nil
    ) -> ExamResult {
        var answers: [ExamResult.Answer] = []
        for (index, mark) in pattern.enumerated() where mark != "." {
            answers.append(ExamResult.Answer(
                position: index + 1, questionID: questionIDs[index], kind: .trueFalse, skills: [.numbers],
                difficulty: .medium, given: mark == "-" ? "" : (mark == "1" ? "true" : "false"),
                correct: mark == "1", skipped: mark == "-", points: mark == "1" ? 20 : 0, hintsUsed: 0,
                confidence: confidence, secondsTaken: 10, answeredAt: start.addingTimeInterval(Double(index) * 10)
            ))
        }
        return ExamResult(
            sessionID: session ?? "session-\(player)", packID: packID, packTitle: "Pack", packFingerprint: fingerprint,
            seed: 11, player: player, mode: .exam, startedAt: start, updatedAt: start, finished: finished,
            questionIDs: questionIDs, answers: answers
        )
    }
}
