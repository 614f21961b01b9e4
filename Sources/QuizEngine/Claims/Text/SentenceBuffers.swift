/// The arrays one sentence's tokens and figures are written into, handed on to the next
/// sentence of the article once the first is done with them.
///
/// `ClaimExtractor` takes them back from each finished sentence of its `SentenceContext`
/// (swapped out, `reclaim(from:)`), so they are the only references to their storage and the
/// next sentence empties and refills them in place. Allocating and freeing four arrays per sentence (and looking up the
/// generic array type for two of them) was 1.3% of compiling 1,000 articles. If a buffer is
/// still shared (a caller kept a context), emptying it simply allocates a new one.
struct SentenceBuffers {
    var tokens: [Token] = []
    var bytes: [UInt8] = []
    var info: [TokenInfo] = []
    var mentions: [Mention] = []
    /// The claims of the last sentence, once `ClaimExtractor` has copied them into the article's.
    var claims: [Claim] = []

    init() {}

    /// Buffers with room for the tokens, bytes and token entries of a sentence of up to
    /// `tokenCount` tokens, for `ClaimExtractor` to use for a whole article.
    ///
    /// Grown sentence by sentence instead, from the first sentence's size, they were
    /// reallocated each time a sentence was longer than any before it in the article
    /// (`reserveCapacity` grows to the size asked, no more).
    init(roomForTokens tokenCount: Int) {
        tokens.reserveCapacity(tokenCount)
        bytes.reserveCapacity(tokenCount * 3)
        info.reserveCapacity(tokenCount)
    }

    /// Takes back the arrays of a finished sentence, to pass to the next one.
    ///
    /// Swapped out of the context rather than copied from it: copies were retained here and
    /// released again when the context was destroyed, eight calls a sentence for nothing.
    mutating func reclaim(from context: inout SentenceContext) {
        context.handOver(to: &self)
    }

    /// Moves `array` out of the buffers with `count` elements, for a caller that writes every
    /// one: the last sentence's elements are kept (the array only shortened), and only those
    /// the array lacks are appended, as `filling`. Emptying it and appending each element
    /// anew cost 22 instructions an element.
    static func take<Element>(_ array: inout [Element], count: Int, filling: Element) -> [Element] {
        var taken: [Element] = []
        swap(&taken, &array)
        if taken.count > count {
            taken.removeLast(taken.count - count)
        } else if taken.count < count {
            taken.reserveCapacity(count)
            while taken.count < count { taken.append(filling) }
        }
        return taken
    }

    /// Moves `array` out of the buffers, emptied but keeping its storage.
    static func take<Element>(_ array: inout [Element]) -> [Element] {
        var taken: [Element] = []
        swap(&taken, &array)
        // `removeAll(keepingCapacity:)` goes through the generic `replaceSubrange`, about 110
        // instructions even for an empty array, and most sentences leave no mentions or claims.
        if !taken.isEmpty { taken.removeAll(keepingCapacity: true) }
        return taken
    }
}
