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
        var source = text
        // Folded straight into the new string's storage, after a first pass that says whether
        // the bytes can be folded here at all: folding a copied byte array and decoding it into
        // a string cost 1,200 instructions a name.
        let folded: String? = source.withUTF8 { bytes in
            guard let changed = foldsByBytes(bytes) else { return nil }
            guard changed else { return text }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var i = 0
                while i < bytes.count {
                    let byte = bytes[i]
                    if byte >= 0x41 && byte <= 0x5A {
                        buffer[i] = byte | 0x20
                    } else if byte == 0xC3, i + 1 < bytes.count, bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9E && bytes[i + 1] != 0x97 {
                        buffer[i] = byte
                        buffer[i + 1] = bytes[i + 1] + 0x20
                        i += 1
                    } else {
                        buffer[i] = byte
                    }
                    i += 1
                }
                return bytes.count
            }
        }
        return folded ?? text.lowercased()
    }

    /// Whether folding `bytes` changes them, or nil when they hold a letter this mapping does
    /// not cover. ASCII and Latin-1 capitals ("É", "Ñ") fold; other Latin-1 letters and
    /// three-byte punctuation (curly quotes, dashes) stay as they are.
    private static func foldsByBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var changed = false
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte >= 0x41 && byte <= 0x5A { changed = true }
                i += 1
            } else if byte == 0xC3, i + 1 < bytes.count {
                let next = bytes[i + 1]
                if next >= 0x80 && next <= 0x9E && next != 0x97 { changed = true }
                i += 2
            } else if byte == 0xE2 {
                i += 3                      // punctuation: curly quotes, dashes
            } else {
                return nil
            }
        }
        return changed
    }
}
