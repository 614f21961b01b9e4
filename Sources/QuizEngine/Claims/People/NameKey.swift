/// One 64-bit key for a name of several words, combined from the words' `WordHash`es, so
/// that names, surnames and gazetteer entries are compared and looked up as integers.
enum NameKey {
    static func combine<S: Sequence>(_ wordKeys: S) -> UInt64 where S.Element == UInt64 {
        var hash = start
        for key in wordKeys { hash = adding(key, to: hash) }
        return hash
    }

    /// The key of no words; `adding` extends a key by one word.
    static var start: UInt64 { 0x9E37_79B9_7F4A_7C15 }

    static func adding(_ wordKey: UInt64, to hash: UInt64) -> UInt64 {
        var hash = (hash ^ wordKey) &* 0x0000_0100_0000_01B3
        hash ^= hash >> 29
        return hash
    }

    /// The key of a name written out: "Puerto La Cruz", "Mar-a-Lago".
    static func of(_ name: String) -> UInt64 {
        combine(name.split(separator: " ").map { WordHash.of(String($0)) })
    }
}
