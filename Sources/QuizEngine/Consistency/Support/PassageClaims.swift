/// Where a claim handed to a `CheckContext` is: its passage, its span, and its place in the
/// claim groups.
struct ClaimLocation {
    let ref: PassageRef
    let range: Range<Int>
    let group: Int32
    let index: Int32
}

/// The claims of one passage, read where they are in the claim groups: the index hands them
/// to each claim's reading as its neighbours. Copied into an array of their own, they were an
/// array made and freed for every passage with a claim, and a retain and release per claim.
struct PassageClaims: RandomAccessCollection {
    let located: ArraySlice<ClaimLocation>
    let groups: [[Claim]]

    var startIndex: Int { located.startIndex }
    var endIndex: Int { located.endIndex }

    subscript(position: Int) -> Claim {
        let location = located[position]
        return groups[Int(location.group)][Int(location.index)]
    }
}
