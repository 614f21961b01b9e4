/// The claims the earlier recognizers found in a sentence, sorted by position, for finding
/// the date or figure near a word without scanning them all (a very long sentence can hold
/// thousands).
struct SentenceClaims {
    private let claims: [Claim]

    init(_ claims: [Claim], kinds: Set<ClaimKind>) {
        self.claims = claims.filter { kinds.contains($0.kind) }.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    static let dateKinds: Set<ClaimKind> = [.date, .weekdayDate, .year, .span]
    static let figureKinds: Set<ClaimKind> = [.number, .percentage, .money, .date, .weekdayDate, .duration, .age, .year, .span]

    var isEmpty: Bool { claims.isEmpty }

    /// Claims starting at a byte offset in `bytes`, in text order.
    func starting(in bytes: Range<Int>) -> ArraySlice<Claim> {
        var low = 0, high = claims.count
        while low < high {
            let mid = (low + high) / 2
            if claims[mid].range.lowerBound < bytes.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < claims.count, claims[end].range.lowerBound < bytes.upperBound { end += 1 }
        return claims[low..<end]
    }

    /// True when some claim covers byte `offset`.
    func covers(_ offset: Int) -> Bool {
        // Claims do not nest much: look back over the few that start before `offset`.
        var low = 0, high = claims.count
        while low < high {
            let mid = (low + high) / 2
            if claims[mid].range.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        var i = low - 1
        while i >= 0, low - i <= 4 {
            if claims[i].range.contains(offset) { return true }
            i -= 1
        }
        return false
    }
}
