/// One rule of the inconsistency checker: it reads the indexed claims and returns every finding
/// of its kind.
///
/// Each check lives in its own file under `Consistency/Checks/`, with a doc comment saying what
/// it flags and what it deliberately lets pass, and is listed in `ConsistencyChecker.registry`.
public protocol ConsistencyCheck: Sendable {
    /// The kind of finding it reports.
    var kind: Finding.Kind { get }
    func findings(in context: CheckContext) -> [Finding]
}
