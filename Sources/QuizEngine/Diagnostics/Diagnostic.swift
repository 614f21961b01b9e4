/// One problem found in an input, where it is, and what else helps to understand or fix it.
public struct Diagnostic: Hashable, Sendable, Codable {
    public let message: DiagnosticMessage
    public let location: SourceLocation
    /// How many characters from `location` the problem covers, for the caret line (at least 1).
    public let length: Int
    public let notes: [Note]
    public let fixIts: [FixIt]

    public init(
        _ message: DiagnosticMessage, at location: SourceLocation, length: Int = 1,
        notes: [Note] = [], fixIts: [FixIt] = []
    ) {
        self.message = message
        self.location = location
        self.length = max(1, length)
        self.notes = notes
        self.fixIts = fixIts
    }

    public var severity: Severity { message.severity }
    public var id: String { message.id }

    /// A secondary location that explains the diagnostic: the other side of a conflict, the
    /// closest passage to a quote that was not found.
    public struct Note: Hashable, Sendable, Codable {
        public let text: String
        public let location: SourceLocation?
        public let length: Int

        public init(_ text: String, at location: SourceLocation? = nil, length: Int = 1) {
            self.text = text
            self.location = location
            self.length = max(1, length)
        }
    }

    /// A concrete edit that would fix the problem: replace the text at `location` (covering
    /// `length` characters) with `replacement`.
    public struct FixIt: Hashable, Sendable, Codable {
        public let summary: String
        public let location: SourceLocation
        public let length: Int
        public let replacement: String

        public init(_ summary: String, at location: SourceLocation, length: Int, replacement: String) {
            self.summary = summary
            self.location = location
            self.length = length
            self.replacement = replacement
        }
    }
}
