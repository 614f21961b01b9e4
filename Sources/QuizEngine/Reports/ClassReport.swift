/// A class's exam results pooled: the scores per student, an item analysis per question, the
/// questions most missed with their sources, and how well the class judged its own certainty.
///
/// Pure: it works on decoded results files and names them only by the labels it is given.
public struct ClassReport: Hashable, Sendable {
    public struct Student: Hashable, Sendable {
        public let player: String
        /// The results file this row comes from.
        public let file: String
        public let questions: Int
        public let answered: Int
        public let correct: Int
        public let skipped: Int
        public let points: Int
        /// Share of the exam's questions answered right: unanswered questions count as wrong,
        /// as they do on a graded exam.
        public let score: Double
        /// Share of the answered questions answered right.
        public let accuracy: Double
        public let finished: Bool
        public let calibration: CalibrationSummary
        public let secondsTaken: Double
    }

    /// Item analysis for one question, as quiz platforms report it.
    public struct Item: Hashable, Sendable {
        public let questionID: String
        public let kind: QuestionKind
        public let difficulty: Difficulty
        public let skills: [Skill]
        /// Students who answered (or skipped) it.
        public let answered: Int
        public let correct: Int
        /// Share of those students who got it right: the classical "difficulty" or facility index.
        public let facility: Double
        /// Corrected point-biserial correlation; nil when it cannot be computed. See `ItemAnalysis`.
        public let discrimination: Double?
        /// Wrong answers given, most frequent first ("" for skipped).
        public let wrongAnswers: [WrongAnswer]
        public let prompt: String?
        public let citations: [SourcedCitation]

        public var missed: Int { answered - correct }
    }

    public struct WrongAnswer: Hashable, Sendable {
        public let given: String
        public let count: Int
    }

    public let packID: String
    public let packTitle: String
    public let packFingerprint: String
    /// Highest points first.
    public let students: [Student]
    /// In the order the questions were asked.
    public let items: [Item]
    /// Questions at least one student missed, most missed first (at most `mostMissedLimit`).
    public let mostMissed: [Item]
    public let calibration: CalibrationSummary
    /// Things the teacher should know that do not stop the report (a file given twice).
    public let notes: [String]
    /// Right or wrong per question, per student's results file: the grade book.
    public let scores: [String: [String: Bool]]
    /// Every question of the exam, in the order asked.
    public let questionIDs: [String]

    /// Mean of the students' scores.
    public var meanScore: Double? {
        students.isEmpty ? nil : students.reduce(0) { $0 + $1.score } / Double(students.count)
    }

    /// Questions in the exam, whether or not anyone answered them.
    public var questionCount: Int { questionIDs.count }

    public var meanPoints: Double? {
        students.isEmpty ? nil : Double(students.reduce(0) { $0 + $1.points }) / Double(students.count)
    }

    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case noResults
        /// Groups of files by the pack (id and fingerprint) they were taken on.
        case differentPacks([PackGroup])

        public var description: String {
            switch self {
            case .noResults:
                return "no results to report on"
            case let .differentPacks(groups):
                let sameID = Set(groups.map(\.packID)).count == 1
                let lead = sameID
                    ? "these results come from different versions of pack '\(groups[0].packID)' and cannot be pooled"
                    : "these results come from different packs and cannot be pooled"
                let lines = groups.map { group in
                    "  \(group.packID) (fingerprint \(group.packFingerprint)): \(group.files.joined(separator: ", "))"
                }
                return ([lead + ":"] + lines + ["report on each group separately"]).joined(separator: "\n")
            }
        }
    }

    public struct PackGroup: Hashable, Sendable {
        public let packID: String
        public let packFingerprint: String
        public let files: [String]
    }

    public static let mostMissedLimit = 5

    /// Pools `results` (each labelled with the file it came from). `pack`, when given, supplies
    /// prompts and citations that the results files lack.
    public static func make(_ results: [(file: String, result: ExamResult)], pack: CompiledPack? = nil) -> Result<ClassReport, Failure> {
        guard let first = results.first else { return .failure(.noResults) }
        var groups: [PackGroup] = []
        for (file, result) in results {
            if let index = groups.firstIndex(where: { $0.packID == result.packID && $0.packFingerprint == result.packFingerprint }) {
                groups[index] = PackGroup(packID: groups[index].packID, packFingerprint: groups[index].packFingerprint, files: groups[index].files + [file])
            } else {
                groups.append(PackGroup(packID: result.packID, packFingerprint: result.packFingerprint, files: [file]))
            }
        }
        if groups.count > 1 { return .failure(.differentPacks(groups)) }
        if let pack, pack.fingerprint != first.result.packFingerprint || pack.id != first.result.packID {
            return .failure(.differentPacks([
                PackGroup(packID: first.result.packID, packFingerprint: first.result.packFingerprint, files: results.map(\.file)),
                PackGroup(packID: pack.id, packFingerprint: pack.fingerprint, files: ["--pack"]),
            ]))
        }

        var notes: [String] = []
        var seenSessions: [String: String] = [:]
        var pooled: [(file: String, result: ExamResult)] = []
        for entry in results {
            if let earlier = seenSessions[entry.result.sessionID] {
                notes.append("\(entry.file) repeats the session in \(earlier); counted once")
                continue
            }
            seenSessions[entry.result.sessionID] = entry.file
            pooled.append(entry)
        }
        for entry in pooled where !entry.result.finished {
            notes.append("\(entry.file): \(entry.result.player) did not finish (\(entry.result.answers.count) of \(entry.result.questionIDs.count) answered)")
        }

        let students = pooled.map { file, result in
            Student(
                player: result.player, file: file, questions: result.questionIDs.count, answered: result.answers.count,
                correct: result.totals.correct, skipped: result.totals.skipped, points: result.totals.points,
                score: Double(result.totals.correct) / Double(max(1, result.questionIDs.count, result.answers.count)),
                accuracy: result.totals.accuracy, finished: result.finished,
                calibration: CalibrationSummary(result.answers.compactMap { a in a.confidence.map { ($0, a.correct) } }),
                secondsTaken: result.totals.secondsTaken
            )
        }.sorted { ($0.points, $1.player, $1.file) > ($1.points, $0.player, $0.file) }

        let items = itemAnalysis(pooled.map(\.result), pack: pack)
        let mostMissed = items.filter { $0.missed > 0 }
            .sorted { ($0.missed, -$0.facility) > ($1.missed, -$1.facility) }
            .prefix(mostMissedLimit)
        let allAnswers = pooled.flatMap(\.result.answers)
        let calibration = CalibrationSummary(allAnswers.compactMap { a in a.confidence.map { ($0, a.correct) } })
        return .success(ClassReport(
            packID: first.result.packID, packTitle: first.result.packTitle, packFingerprint: first.result.packFingerprint,
            students: students, items: items, mostMissed: Array(mostMissed), calibration: calibration, notes: notes,
            scores: Dictionary(pooled.map { entry in
                (entry.file, Dictionary(entry.result.answers.map { ($0.questionID, $0.correct) }, uniquingKeysWith: { a, _ in a }))
            }, uniquingKeysWith: { a, _ in a }),
            questionIDs: questionOrder(pooled.map(\.result))
        ))
    }

    /// As asked in the first results file, then any others as they appear.
    private static func questionOrder(_ results: [ExamResult]) -> [String] {
        var order: [String] = []
        var seen = Set<String>()
        for result in results {
            for id in result.questionIDs + result.answers.map(\.questionID) where seen.insert(id).inserted {
                order.append(id)
            }
        }
        return order
    }

    private static func itemAnalysis(_ results: [ExamResult], pack: CompiledPack?) -> [Item] {
        let order = questionOrder(results)
        let packQuestions = pack.map { Dictionary($0.questions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) } ?? [:]
        // Each student's score on every question they answered, for the rest-score correlation.
        let scores: [[String: Bool]] = results.map { result in
            Dictionary(result.answers.map { ($0.questionID, $0.correct) }, uniquingKeysWith: { a, _ in a })
        }
        var items: [Item] = []
        for id in order {
            let answers = results.compactMap { $0.answers.first { $0.questionID == id } }
            guard let sample = answers.first else { continue }
            let correct = answers.count { $0.correct }
            var wrong: [String: Int] = [:]
            for answer in answers where !answer.correct { wrong[answer.skipped ? "" : answer.given, default: 0] += 1 }
            let question = packQuestions[id]
            let citations = answers.lazy.compactMap(\.citations).first { !$0.isEmpty }
                ?? question.flatMap { q in pack.map { SourcedCitation.all(of: q, in: $0) } } ?? []
            items.append(Item(
                questionID: id, kind: sample.kind, difficulty: sample.difficulty, skills: sample.skills,
                answered: answers.count, correct: correct, facility: Double(correct) / Double(answers.count),
                discrimination: ItemAnalysis.restScoreCorrelation(item: id, scores: scores),
                wrongAnswers: wrong.map { WrongAnswer(given: $0.key, count: $0.value) }
                    .sorted { ($0.count, $1.given) > ($1.count, $0.given) },
                prompt: answers.lazy.compactMap(\.prompt).first ?? question?.prompt,
                citations: citations
            ))
        }
        return items
    }
}
