/// The generated part of a pack: checker findings and the questions made from claims and findings.
enum QuestionGeneration {
    static func findings(articles: [Article], claims: [[Claim]], minConfidence: Double) -> [Finding] {
        []
    }

    static func questions(
        articles: [Article], claims: [[Claim]], findings: [Finding], settings: PackManifest.Generation,
        sink: DiagnosticSink, location: SourceLocation
    ) -> [Question] {
        []
    }
}
