/// The claims the earlier recognizers found in a sentence, sorted by position, for finding
/// the date or figure near a word without scanning them all (a very long sentence can hold
/// thousands).
struct SentenceClaims {
    private let claims: [Claim]

    init(_ claims: [Claim], kinds: ClaimKindSet) {
        // One array, sorted in place (the same stable sort as `sorted`): most sentences keep
        // none or one claim, and a filtered copy sorted into another was two allocations.
        var kept: [Claim] = []
        // Counted first, so the array is allocated once rather than grown claim by claim.
        var count = 0
        for claim in claims where kinds.contains(claim.kind) { count += 1 }
        guard count > 0 else {
            self.claims = []
            return
        }
        kept.reserveCapacity(count)
        for claim in claims where kinds.contains(claim.kind) { kept.append(claim) }
        if kept.count > 1 { kept.sort { $0.range.lowerBound < $1.range.lowerBound } }
        self.claims = kept
    }

    static var dateKinds: ClaimKindSet { [.date, .weekdayDate, .year, .span] }
    static var figureKinds: ClaimKindSet { [.number, .percentage, .money, .date, .weekdayDate, .duration, .age, .year, .span] }

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
