/// Searching text for a lowercase ASCII word as its lowercased form would contain it, without
/// lowercasing the text.
enum ASCIIFold {
    /// Whether `text.lowercased()` contains `pattern` (bytes of lowercase ASCII), or nil when
    /// this search cannot tell: the pattern is not lowercase ASCII, or the text holds a
    /// non-ASCII scalar whose lowercase mapping has ASCII in it ("İ", the Kelvin sign).
    ///
    /// Lowercasing maps ASCII to ASCII and, those few scalars aside, everything else to
    /// non-ASCII, so a match of an ASCII pattern is a run of ASCII bytes in the text that reads
    /// as the pattern once its capitals are folded.
    static func contains(_ text: UnsafeBufferPointer<UInt8>, lowercase pattern: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard isFoldable(text) else { return nil }
        return containsFolded(text, lowercase: pattern)
    }

    /// `contains` for a text already known to be `isFoldable`: a text searched for several
    /// words is checked once.
    static func containsFolded(_ text: UnsafeBufferPointer<UInt8>, lowercase pattern: UnsafeBufferPointer<UInt8>) -> Bool? {
        for byte in pattern where byte >= 0x80 || byte &- UInt8(ascii: "A") < 26 { return nil }
        guard let first = pattern.first else { return true }
        guard pattern.count <= text.count else { return false }
        var start = 0
        let last = text.count - pattern.count
        // Eight starts a round: a start is worth comparing only where its first two bytes fold
        // to the pattern's, which is rare in prose. A body is searched for each subject word of
        // every not-stated question's claim (a byte at a time, with the `isFoldable` check, this
        // was 1.3% of a compile). The round reads the byte after the eighth start, which is in
        // the text while that start is one a match could begin at.
        if pattern.count >= 2, let base = text.baseAddress.map(UnsafeRawPointer.init) {
            let firstLanes = FoldedLanes(first), secondLanes = FoldedLanes(pattern[1])
            while start &+ 7 <= last {
                var starts = firstLanes.matches(ByteLanes.load(base, at: start))
                    & secondLanes.matches(ByteLanes.load(base, at: start &+ 1))
                while starts != 0 {
                    let at = start &+ starts.trailingZeroBitCount &>> 3
                    var i = 2
                    while i < pattern.count, fold(text[at &+ i]) == pattern[i] { i += 1 }
                    if i == pattern.count { return true }
                    starts &= starts &- 1
                }
                start &+= 8
            }
        }
        while start <= last {
            if fold(text[start]) == first {
                var i = 1
                while i < pattern.count, fold(text[start + i]) == pattern[i] { i += 1 }
                if i == pattern.count { return true }
            }
            start += 1
        }
        return false
    }

    static let distinctLimit = 64

    /// One byte of a pattern (lowercase ASCII) compared with eight bytes of text at once, as
    /// `fold` would compare it: a lowercase letter matches itself and its capital, which are
    /// the bytes that read as it with bit 5 set; any other byte matches only itself.
    private struct FoldedLanes {
        private let fold: UInt64
        private let wanted: UInt64

        init(_ byte: UInt8) {
            fold = byte &- UInt8(ascii: "a") < 26 ? ByteLanes.repeated(0x20) : 0
            wanted = ByteLanes.repeated(byte)
        }

        /// The top bit of each lane of `word` (as `ByteLanes.load` reads it) that matches, and
        /// of no other.
        @inline(__always)
        func matches(_ word: UInt64) -> UInt64 {
            ByteLanes.zeros((word | fold) ^ wanted)
        }
    }

    @inline(__always) private static func fold(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    /// Whether every non-ASCII scalar of `text` lowercases to non-ASCII scalars only. Each
    /// distinct scalar is asked once (news has a handful: quotes, dashes, accented letters);
    /// text with more than `distinctLimit` of them (another script) is not judged here, so the
    /// list of those asked stays short.
    static func isFoldable(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var checked: [UInt32] = []
        var i = 0
        let raw = text.baseAddress.map(UnsafeRawPointer.init)
        while i < text.count {
            // Eight ASCII bytes at a time: most of a body is ASCII, and every body a not-stated
            // question reads is checked.
            if let raw, i &+ 8 <= text.count, ByteLanes.load(raw, at: i) & ByteLanes.highs == 0 {
                i &+= 8
                continue
            }
            let byte = text[i]
            if byte < 0x80 {
                i += 1
                continue
            }
            // A String's bytes are valid UTF-8: the lead byte gives the length.
            let length = min(byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2, text.count - i)
            guard let scalar = text.scalar(at: i) else { return false }
            if !checked.contains(scalar.value) {
                guard checked.count < distinctLimit,
                      !scalar.properties.lowercaseMapping.utf8.contains(where: { $0 < 0x80 }) else { return false }
                checked.append(scalar.value)
            }
            i += length
        }
        return true
    }
}
