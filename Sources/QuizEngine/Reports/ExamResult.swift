import Foundation

/// One student's results for one exam session: what a teacher collects from `--results DIR`.
///
/// Self-contained on purpose: besides the answers it carries the pack's identity (id, title,
/// fingerprint) so `factquiz report` can refuse to pool results from different questions, and,
/// when the pack was at hand, each question's prompt and citations, so the class report can
/// quote the source of the most-missed questions without the pack. Rewritten after every
/// answer, so a crashed exam still leaves the answers given so far (`finished` stays false).
public struct ExamResult: Hashable, Sendable, Codable {
    public static let currentFormat = "factquiz-results/1"

    public let format: String
    public let sessionID: String
    public let packID: String
    public let packTitle: String
    public let packFingerprint: String
    public let seed: UInt64
    public let player: String
    public let mode: SessionRecord.Mode
    public let startedAt: Date
    /// When the last answer was recorded, or the session ended.
    public let updatedAt: Date
    /// Whether the session reached its end; false for a session still running or cut short.
    public let finished: Bool
    /// The questions in the order they were (to be) asked.
    public let questionIDs: [String]
    public let answers: [Answer]
    public let totals: Totals

    /// One answered or skipped question.
    public struct Answer: Hashable, Sendable, Codable {
        public let position: Int
        public let questionID: String
        public let kind: QuestionKind
        public let skills: [Skill]
        public let difficulty: Difficulty
        /// The answer as the game understood it; empty when skipped.
        public let given: String
        public let correct: Bool
        public let skipped: Bool
        public let points: Int
        public let hintsUsed: Int
        /// The stated probability of being right (0.5...1), when the player gave one.
        public let confidence: Double?
        public let secondsTaken: Double
        public let answeredAt: Date
        /// The question's wording, when the pack was known to the recorder.
        public let prompt: String?
        /// The passages that decide the answer, with their source, when the pack was known.
        public let citations: [SourcedCitation]?

        public init(
            position: Int, questionID: String, kind: QuestionKind, skills: [Skill], difficulty: Difficulty,
            given: String, correct: Bool, skipped: Bool, points: Int, hintsUsed: Int, confidence: Double?,
            secondsTaken: Double, answeredAt: Date, prompt: String? = nil, citations: [SourcedCitation]? = nil
        ) {
            self.position = position
            self.questionID = questionID
            self.kind = kind
            self.skills = skills
            self.difficulty = difficulty
            self.given = given
            self.correct = correct
            self.skipped = skipped
            self.points = points
            self.hintsUsed = hintsUsed
            self.confidence = confidence
            self.secondsTaken = secondsTaken
            self.answeredAt = answeredAt
            self.prompt = prompt
            self.citations = citations
        }
    }

    public struct Totals: Hashable, Sendable, Codable {
        /// Questions in the session (asked or still to come).
        public let questions: Int
        public let answered: Int
        public let correct: Int
        public let skipped: Int
        public let points: Int
        /// Share of answered questions answered right (skips count as wrong), 0 with none.
        public let accuracy: Double
        /// Mean squared gap between stated confidence and outcome over answers with a stated
        /// confidence (the Brier score: 0 is perfect, lower is better); nil with none.
        public let brierScore: Double?
        /// Mean stated confidence minus accuracy over the same answers: above 0 is overconfident.
        public let overconfidence: Double?
        public let secondsTaken: Double

        public init(questions: Int, answers: [Answer]) {
            self.questions = questions
            answered = answers.count
            correct = answers.count { $0.correct }
            skipped = answers.count { $0.skipped }
            points = answers.reduce(0) { $0 + $1.points }
            accuracy = answers.isEmpty ? 0 : Double(correct) / Double(answers.count)
            let calibration = CalibrationSummary(answers.compactMap { answer in
                answer.confidence.map { (confidence: $0, correct: answer.correct) }
            })
            // Rounded: a results file is read by people, and 0.30000000000000004 helps nobody.
            func rounded(_ value: Double?, _ scale: Double) -> Double? { value.map { ($0 * scale).rounded() / scale } }
            brierScore = rounded(calibration.brierScore, 10_000)
            overconfidence = rounded(calibration.overconfidence, 10_000)
            secondsTaken = rounded(answers.reduce(0) { $0 + $1.secondsTaken }, 100) ?? 0
        }
    }

    public init(
        format: String = ExamResult.currentFormat, sessionID: String, packID: String, packTitle: String,
        packFingerprint: String, seed: UInt64, player: String, mode: SessionRecord.Mode, startedAt: Date,
        updatedAt: Date, finished: Bool, questionIDs: [String], answers: [Answer]
    ) {
        self.format = format
        self.sessionID = sessionID
        self.packID = packID
        self.packTitle = packTitle
        self.packFingerprint = packFingerprint
        self.seed = seed
        self.player = player
        self.mode = mode
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.finished = finished
        self.questionIDs = questionIDs
        self.answers = answers
        totals = Totals(questions: questionIDs.count, answers: answers)
    }

    /// The results of `session` so far. `packs`, when given, supply prompts and citations (a
    /// session may play several packs; each answer names its own).
    public init(session: SessionRecord, answers records: [AnswerRecord], finished: Bool, packs: [CompiledPack] = [], now: Date) {
        let answers = records.map { record in
            let pack = packs.first { $0.id == record.packID && session.packFingerprint.contains($0.fingerprint) }
                ?? packs.first { $0.id == record.packID }
            let question = pack?.questions.first { $0.id == record.questionID }
            return Answer(
                position: record.position, questionID: record.questionID, kind: record.kind, skills: record.skills,
                difficulty: record.difficulty, given: record.given, correct: record.correct, skipped: record.skipped,
                points: record.points, hintsUsed: record.hintsUsed, confidence: record.confidence,
                secondsTaken: (record.secondsTaken * 100).rounded() / 100, answeredAt: record.answeredAt, prompt: question?.prompt,
                citations: question.flatMap { question in pack.map { SourcedCitation.all(of: question, in: $0) } }
            )
        }
        self.init(
            sessionID: session.id, packID: session.packID, packTitle: session.packTitle,
            packFingerprint: session.packFingerprint, seed: session.seed, player: session.player, mode: session.mode,
            startedAt: session.startedAt, updatedAt: records.last.map { max($0.answeredAt, now) } ?? now,
            finished: finished, questionIDs: session.questionIDs, answers: answers
        )
    }
}

/// A citation with the words a reader needs to find it: outlet, article title and paragraph.
public struct SourcedCitation: Hashable, Sendable, Codable {
    public let article: String
    public let passage: String
    public let quote: String
    /// The outlet, or the article title in quotes.
    public let source: String?
    public let articleTitle: String?
    public let paragraph: Int?

    public init(article: String, passage: String, quote: String, source: String?, articleTitle: String?, paragraph: Int?) {
        self.article = article
        self.passage = passage
        self.quote = quote
        self.source = source
        self.articleTitle = articleTitle
        self.paragraph = paragraph
    }

    public init(_ citation: Citation, in pack: CompiledPack) {
        let article = pack.article(id: citation.article)
        self.init(
            article: citation.article, passage: citation.passage, quote: citation.quote, source: article?.sourceName,
            articleTitle: article?.title, paragraph: pack.passage(citation)?.paragraph
        )
    }

    /// A question's citations; for spot-the-inconsistency the cited choices count too.
    public static func all(of question: Question, in pack: CompiledPack) -> [SourcedCitation] {
        var seen = Set<Citation>()
        var out: [SourcedCitation] = []
        for citation in question.citations + question.choices.compactMap(\.citation) where seen.insert(citation).inserted {
            out.append(SourcedCitation(citation, in: pack))
        }
        return out
    }

    /// `CiberCuba, “What Maduro implored…”, paragraph 3: “held on November 21”`
    public var reference: String {
        var parts: [String] = []
        if let source { parts.append(source) }
        if let articleTitle, source != "“\(articleTitle)”" { parts.append("“\(articleTitle)”") }
        if parts.isEmpty { parts.append(article) }
        if let paragraph { parts.append("paragraph \(paragraph)") }
        return parts.joined(separator: ", ") + ": “\(quote)”"
    }
}
