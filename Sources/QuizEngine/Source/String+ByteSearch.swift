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
        var text = self
        return text.withUTF8 { bytes in
            var mapped: [UInt32: [UInt8]] = [:]
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    out.append(byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte)
                    i += 1
                    continue
                }
                // A String's bytes are valid UTF-8: the lead byte gives the length.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                if let known = mapped[value] {
                    out.append(contentsOf: known)
                } else {
                    let lower = Unicode.Scalar(value).map { Array($0.properties.lowercaseMapping.utf8) }
                        ?? Array(bytes[i..<(i + length)])
                    mapped[value] = lower
                    out.append(contentsOf: lower)
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
