/// The lexicon key of a word: a 64-bit FNV-1a hash of its lower-cased UTF-8 bytes.
///
/// Lower-casing covers ASCII and the Latin-1 capitals ("Á", "É", "Ñ"), which is what the names
/// and words of news text need; the curly apostrophe hashes like the straight one, so "I’ll" and
/// "I'll" are the same word. With a few thousand lexicon entries a 64-bit hash makes a false
/// match practically impossible, so entries are not stored to be compared again.
enum WordHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    static func of(_ word: String) -> UInt64 {
        var copy = word
        return copy.withUTF8 { of($0, 0..<$0.count) }
    }

    /// The hash of `bytes[range]`.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = offsetBasis
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            var byte = bytes[i]
            if byte >= 0x41, byte <= 0x5A {
                byte |= 0x20
            } else if byte == 0xC3, i + 1 < end, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9E, bytes[i + 1] != 0x97 {
                hash = (hash ^ 0xC3) &* prime
                byte = bytes[i + 1] + 0x20
                i += 1
            } else if byte == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                byte = 0x27
                i += 2
            }
            hash = (hash ^ UInt64(byte)) &* prime
            i += 1
        }
        return hash
    }
}
