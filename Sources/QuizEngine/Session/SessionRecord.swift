import Foundation

/// One play-through of a pack, as stored: who played what, how, and in which order.
public struct SessionRecord: Hashable, Sendable, Codable {
    public enum Mode: String, Hashable, Sendable, Codable, CaseIterable {
        /// Feedback after every answer.
        case practice
        /// No feedback until the end; results written for the teacher.
        case exam
        /// Spaced review of earlier misses (`factquiz review`).
        case review
    }

    /// Unique per session (a UUID string).
    public let id: String
    public let packID: String
    public let packTitle: String
    public let packFingerprint: String
    public let player: String
    public let mode: Mode
    public let seed: UInt64
    public let startedAt: Date
    /// The questions in the order they are asked.
    public let questionIDs: [String]

    public init(
        id: String, packID: String, packTitle: String, packFingerprint: String, player: String,
        mode: Mode, seed: UInt64, startedAt: Date, questionIDs: [String]
    ) {
        self.id = id
        self.packID = packID
        self.packTitle = packTitle
        self.packFingerprint = packFingerprint
        self.player = player
        self.mode = mode
        self.seed = seed
        self.startedAt = startedAt
        self.questionIDs = questionIDs
    }
}
