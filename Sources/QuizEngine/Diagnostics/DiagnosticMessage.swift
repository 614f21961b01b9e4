/// What a diagnostic says, with a stable id an editor or a test can match on.
///
/// Each pipeline stage keeps its messages together in an extension (`DiagnosticMessage+Packs`,
/// ...). Ids are namespaced by stage (`packs.quote-not-found`); texts are lowercase, without a
/// trailing period, with author text in quotes.
public struct DiagnosticMessage: Hashable, Sendable, Codable {
    public let id: String
    public let severity: Severity
    public let text: String

    public init(id: String, severity: Severity, text: String) {
        self.id = id
        self.severity = severity
        self.text = text
    }
}
