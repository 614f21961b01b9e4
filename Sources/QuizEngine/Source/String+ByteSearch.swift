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
