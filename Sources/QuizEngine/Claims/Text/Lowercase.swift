/// Lower-casing for claim subjects and key words, without Foundation or the standard library's
/// full Unicode case mapping, which costs thousands of instructions for an accented name
/// ("Nicolás Maduro") and is called for every claim.
///
/// ASCII and Latin-1 capitals ("É", "Ñ") are mapped byte by byte; text with any other
/// non-ASCII letters falls back to `String.lowercased()`.
enum Lowercase {
    static func of(_ text: String) -> String {
        // Most subjects are lower case already: check before copying the bytes.
        if !text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) { return text }
        var needsFallback = false
        var changed = false
        var bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte >= 0x41 && byte <= 0x5A {
                    bytes[i] = byte | 0x20
                    changed = true
                }
                i += 1
            } else if byte == 0xC3, i + 1 < bytes.count {
                let next = bytes[i + 1]
                if next >= 0x80 && next <= 0x9E && next != 0x97 {
                    bytes[i + 1] = next + 0x20
                    changed = true
                }
                i += 2
            } else if byte == 0xE2 {
                i += 3                      // punctuation: curly quotes, dashes
            } else {
                needsFallback = true
                break
            }
        }
        if needsFallback { return text.lowercased() }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }
}
