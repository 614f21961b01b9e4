/// How bad a diagnostic is. Errors stop a compile from writing output; warnings do not.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case note
    case remark
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .remark: 1
        case .warning: 2
        case .error: 3
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
