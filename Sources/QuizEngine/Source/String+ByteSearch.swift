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
    /// The same text as `lowercased()`, made much faster for text that is mostly ASCII.
    ///
    /// Why: the standard library's `lowercased()` has a fast path only for all-ASCII strings;
    /// one curly quote sends a whole article through a scalar-by-scalar append, about 400
    /// instructions a byte, and fact-check questions lowercase up to eight articles each (5%
    /// of a compile). Here ASCII bytes are folded directly and each distinct non-ASCII scalar
    /// is mapped once by its lowercase mapping, which is what `lowercased()` appends for it.
    func lowercasedQuickly() -> String {
        var mapped: [UInt32: [UInt8]] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                out.append(byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte)
            } else if let known = mapped[scalar.value] {
                out.append(contentsOf: known)
            } else {
                let lower = Array(scalar.properties.lowercaseMapping.utf8)
                mapped[scalar.value] = lower
                out.append(contentsOf: lower)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
