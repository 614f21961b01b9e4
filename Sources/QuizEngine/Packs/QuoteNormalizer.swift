import Foundation

/// Folds the typographic differences an author cannot see when copying a quote by hand, while
/// remembering where each folded character came from, so a match can be mapped back to the
/// source's exact words.
///
/// Folded: curly and straight quotes, the dash family, runs of white space (including no-break
/// space), the ellipsis character versus three dots, and invisible characters (zero-width
/// spaces, joiners, bidirectional marks), and composed versus decomposed accents. With
/// `ignoringCase`, letter case too. Never folded:
/// letters, digits and words, so a quote with different words never matches.
struct QuoteNormalizer {
    var ignoringCase = false

    struct Folded {
        var scalars: [Unicode.Scalar] = []
        /// UTF-8 offset in the original text where each folded scalar starts and ends.
        var starts: [Int] = []
        var ends: [Int] = []
    }

    func fold(_ text: String) -> Folded {
        var folded = Folded()
        folded.scalars.reserveCapacity(text.unicodeScalars.count)
        var offset = 0
        var pendingSpace: (start: Int, end: Int)?
        // Compose each character (canonical composition, NFC) so that "í" typed as i + combining
        // accent matches a precomposed "í"; offsets stay those of the original character.
        for character in text {
            let width = character.utf8.count
            defer { offset += width }
            // Only characters of several scalars (a letter and combining marks) can need
            // composing; asking Foundation for the rest would dominate the cost of a compile.
            let scalars = character.unicodeScalars
            let composed = scalars.count == 1 ? scalars : String(character).precomposedStringWithCanonicalMapping.unicodeScalars
            guard composed.count == 1, let scalar = composed.first else {
                if let space = pendingSpace {
                    if !folded.scalars.isEmpty { append(" ", space.start, space.end, to: &folded) }
                    pendingSpace = nil
                }
                for s in composed {
                    append(ignoringCase ? Unicode.Scalar(String(s).lowercased()) ?? s : s, offset, offset + width, to: &folded)
                }
                continue
            }
            let replacement: [Unicode.Scalar]
            switch scalar.value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x0060, 0x00B4:
                replacement = ["'"]
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB:
                replacement = ["\""]
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
                replacement = ["-"]
            case 0x2026:
                replacement = [".", ".", "."]
            case 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x202A...0x202E, 0x2066...0x2069, 0x00AD:
                continue
            default:
                if scalar.properties.isWhitespace {
                    pendingSpace = (pendingSpace?.start ?? offset, offset + width)
                    continue
                }
                replacement = ignoringCase ? Array(String(scalar).lowercased().unicodeScalars) : [scalar]
            }
            if let space = pendingSpace {
                if !folded.scalars.isEmpty { append(" ", space.start, space.end, to: &folded) }
                pendingSpace = nil
            }
            for r in replacement {
                // Runs of dashes ("--" for an em dash) fold to one.
                if r == "-", folded.scalars.last == "-", replacement.count == 1 {
                    folded.ends[folded.ends.count - 1] = offset + width
                    continue
                }
                append(r, offset, offset + width, to: &folded)
            }
        }
        return folded
    }

    private func append(_ scalar: Unicode.Scalar, _ start: Int, _ end: Int, to folded: inout Folded) {
        folded.scalars.append(scalar)
        folded.starts.append(start)
        folded.ends.append(end)
    }

    /// Every position where `needle` occurs in `haystack` (folded scalars).
    static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var result: [Int] = []
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { result.append(i) }
            }
            i += 1
        }
        return result
    }
}
