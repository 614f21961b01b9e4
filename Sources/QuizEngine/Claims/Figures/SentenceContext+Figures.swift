extension SentenceContext {
    /// Claims of `kind` from the figures found in this sentence, with their subject and time.
    func figureClaims(_ kind: ClaimKind) -> [Claim] {
        let scan = figures
        guard scan.mentions.contains(where: { $0.kind == kind }) else { return [] }
        let subjects = SubjectFinder(scan: scan)
        let times = TimeFinder(scan: scan)
        var claims: [Claim] = []
        for mention in scan.mentions where mention.kind == kind {
            let first = tokens[mention.tokens.lowerBound].range.lowerBound
            let last = tokens[mention.tokens.upperBound - 1].range.upperBound
            claims.append(claim(
                kind, range: first..<last, value: mention.value, subject: subjects.subject(for: mention),
                time: times.time(for: mention)
            ))
        }
        return claims
    }
}
