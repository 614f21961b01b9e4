/// What `pack.yaml` says, with the location of everything a later stage may need to point at.
public struct PackManifest: Sendable {
    /// A value from the file and where it was written.
    public struct Located<Value: Sendable>: Sendable {
        public let value: Value
        public let location: SourceLocation
        public let length: Int

        public init(_ value: Value, at location: SourceLocation, length: Int = 1) {
            self.value = value
            self.location = location
            self.length = length
        }
    }

    public struct Generation: Sendable {
        public enum Count: Sendable, Equatable {
            case all
            case count(Int)
        }

        public var seed: UInt64 = 1
        public var trueFalse = 6
        public var factCheck = 4
        public var spotTheInconsistency: Count = .all
        /// Findings below this confidence are not turned into questions.
        public var minConfidence = 0.5

        public init() {}
    }

    public struct AuthoredCitation: Sendable {
        public let article: Located<String>
        public let quote: Located<String>
    }

    public enum AuthoredChoice: Sendable {
        case text(String)
        /// A passage shown in full and cited by the quote that picks it out.
        case passage(AuthoredCitation)
    }

    public enum AuthoredAnswer: Sendable, Equatable {
        case bool(Bool)
        case verdict(Verdict)
        case letters([String])
    }

    public struct AuthoredQuestion: Sendable {
        public let id: Located<String>
        public let kind: QuestionKind
        public let prompt: String
        public let article: Located<String>?
        public let choices: [AuthoredChoice]
        public let answer: Located<AuthoredAnswer>
        public let explanation: String
        public let citations: [AuthoredCitation]
        public let skills: [Skill]
        public let difficulty: Difficulty
        /// Where the question's entry starts.
        public let location: SourceLocation
    }

    public struct Override: Sendable {
        public let explanation: String?
        public let difficulty: Difficulty?
    }

    public let file: SourceFile
    public let id: Located<String>
    public let title: String
    public let description: String?
    public let author: String?
    public let license: String?
    public let audience: String?
    public let version: String?
    /// Article paths relative to the pack folder, as written.
    public let articles: [Located<String>]
    public let generation: Generation
    public let questions: [AuthoredQuestion]
    public let drops: [Located<String>]
    public let overrides: [String: Located<Override>]
}
