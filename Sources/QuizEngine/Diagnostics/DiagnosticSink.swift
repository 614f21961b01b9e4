/// Collects the diagnostics of a run. Stages report into it and keep going, so an author sees
/// every problem in one pass rather than one per compile.
///
/// A class because it accumulates; not shared across threads (each compile owns one).
public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public func report(
        _ message: DiagnosticMessage, at location: SourceLocation, length: Int = 1,
        notes: [Diagnostic.Note] = [], fixIts: [Diagnostic.FixIt] = []
    ) {
        report(Diagnostic(message, at: location, length: length, notes: notes, fixIts: fixIts))
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// Diagnostics in file, then position order: the order a reader fixes them in.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (l, r) = (a.element.location, b.element.location)
            if l.file != r.file { return l.file < r.file }
            if l.offset != r.offset { return l.offset < r.offset }
            return a.offset < b.offset
        }.map(\.element)
    }
}
