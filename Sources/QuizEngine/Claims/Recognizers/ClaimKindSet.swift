/// A set of claim kinds, one bit each (`ClaimKind.bit`), for the filters recognizers apply to
/// the claims found before them in a sentence.
///
/// `Set<ClaimKind>` hashes each kind's raw string with SipHash: building one per sentence and
/// asking it once per claim was 1% of a compile, for sets of at most thirteen members.
struct ClaimKindSet: OptionSet, Sendable {
    let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }

    init(_ kind: ClaimKind) { rawValue = 1 << kind.bit }

    func contains(_ kind: ClaimKind) -> Bool { rawValue & (1 << kind.bit) != 0 }

    static var number: ClaimKindSet { ClaimKindSet(.number) }
    static var percentage: ClaimKindSet { ClaimKindSet(.percentage) }
    static var money: ClaimKindSet { ClaimKindSet(.money) }
    static var date: ClaimKindSet { ClaimKindSet(.date) }
    static var weekdayDate: ClaimKindSet { ClaimKindSet(.weekdayDate) }
    static var duration: ClaimKindSet { ClaimKindSet(.duration) }
    static var age: ClaimKindSet { ClaimKindSet(.age) }
    static var year: ClaimKindSet { ClaimKindSet(.year) }
    static var span: ClaimKindSet { ClaimKindSet(.span) }
}
