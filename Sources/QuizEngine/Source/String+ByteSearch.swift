extension String {
    /// Whether `needle` occurs in this string byte for byte (UTF-8).
    ///
    /// Why not `contains(_:)`: with Foundation imported it resolves to Foundation's, which also
    /// matches other Unicode normalisations and costs ten times as much, and the standard
    /// library's generic `firstRange(of:)` costs more still. Both showed up as most of the time
    /// of loading a 10,000-question pack (30,000 citation checks) and of generating fact-check
    /// questions over thousands of articles. Texts here are sentences and articles, so a plain
    /// scan is enough.
    func containsBytes(of needle: String) -> Bool {
        utf8Offset(of: needle) != nil
    }

    /// Where `needle` first occurs in this string byte for byte, as a UTF-8 offset.
    func utf8Offset(of needle: String) -> Int? {
        var haystack = self, needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern -> Int? in
                guard let first = pattern.first else { return 0 }
                guard pattern.count <= text.count else { return nil }
                var start = 0
                let last = text.count - pattern.count
                while start <= last {
                    if text[start] == first {
                        var i = 1
                        while i < pattern.count, text[start + i] == pattern[i] { i += 1 }
                        if i == pattern.count { return start }
                    }
                    start += 1
                }
                return nil
            }
        }
    }
}

extension String {
    /// Whether the lowercased form of this string contains `needle`, a lowercase string:
    /// `lowercased().containsBytes(of: needle)`, without making the lowercased copy when this
    /// string is ASCII (lowercasing is then byte by byte, so it can be done while comparing).
    ///
    /// Why: fact-check questions look for a subject's words in up to eight other articles per
    /// question, and lowercasing each whole body first was 2% of a compile.
    func lowercasedContainsBytes(of needle: String) -> Bool {
        var haystack = self, needle = needle
        let found = haystack.withUTF8 { text -> Bool? in
            guard !text.contains(where: { $0 >= 0x80 }) else { return nil }
            return needle.withUTF8 { pattern -> Bool in
                guard let first = pattern.first else { return true }
                guard pattern.count <= text.count else { return false }
                @inline(__always) func lower(_ byte: UInt8) -> UInt8 {
                    byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                }
                let last = text.count - pattern.count
                var start = 0
                while start <= last {
                    if lower(text[start]) == first {
                        var i = 1
                        while i < pattern.count, lower(text[start + i]) == pattern[i] { i += 1 }
                        if i == pattern.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
        return found ?? lowercased().containsBytes(of: needle)
    }
}
