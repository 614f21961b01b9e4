extension SentenceContext {
    /// Appends claims of `kind` from the figures found in this sentence, with their subject
    /// and time.
    mutating func addFigureClaims(_ kind: ClaimKind) {
        guard figures.found(kind) else { return }
        // Moved out while the claims are made, which read the rest of the context.
        var claims = claimsInSentence
        claimsInSentence = []
        figures.mentions.withUnsafeBufferPointer { mentions in
            for index in mentions.indices where mentions[index].kind == kind {
                let mention = mentions[index]
                let first = tokens[mention.tokens.lowerBound].range.lowerBound
                let last = tokens[mention.tokens.upperBound - 1].range.upperBound
                claims.append(claim(
                    kind, range: first..<last, value: mention.value, subject: figures.subject(for: mention),
                    time: figures.time(for: mention)
                ))
            }
        }
        claimsInSentence = claims
    }
}
