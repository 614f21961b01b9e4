/// Recognises blocks of a pasted web page that are not article text.
///
/// Rules are about the shape of page furniture, not about any one site: a photo credit carries
/// "Photo ©" or "Getty Images"; navigation starts with "Related videos:" or "Read more"; a
/// trailer ("Filed under:", "Tags:", "About the author") ends the article, and everything after
/// it (the author box, the outlet's blurb) goes with it. Only short blocks are candidates, so a
/// real paragraph that happens to mention a photo is never dropped.
///
/// Works on the block's UTF-8 bytes, comparing ASCII letters without regard to case: every marker
/// is ASCII (or "©"), so lowercasing the whole block the Unicode way would only cost time, and
/// this runs on every short paragraph of every article.
struct BoilerplateFilter {
    /// Longest block (in bytes) that can be furniture; real paragraphs are longer.
    static let maximumLength = 400

    /// Why `block` is not article text, or nil if it is. `afterTrailer` is true once a trailer
    /// marker has been seen: everything after it is dropped.
    func classify(_ block: UnsafeBufferPointer<UInt8>, afterTrailer: Bool) -> DroppedBlock.Reason? {
        if afterTrailer { return .trailer }
        guard block.count <= Self.maximumLength else { return nil }
        let core = Self.trimmedOfSpaceAndPunctuation(block)

        // The marker lists are only walked when the first two bytes fit one of their markers.
        let mayStartWithMarker = Self.startsWithMarkerPair(block, 0..<block.count)
        if mayStartWithMarker, Self.trailerStarts.contains(where: { Self.hasPrefix(block, $0) }) { return .trailer }
        if Self.startsWithMarkerPair(block, core), Self.advertisements.contains(where: { Self.equals(block, core, $0) }) {
            return .advertisement
        }
        if mayStartWithMarker, Self.navigationStarts.contains(where: { Self.hasPrefix(block, $0) }) { return .navigation }
        if mayStartWithMarker, Self.sharingStarts.contains(where: { Self.hasPrefix(block, $0) }) { return .sharing }
        let marks = Self.scanForPhotoMarks(block)
        if marks.hasMarker { return .photoCredit }
        if marks.hasCopyrightSign, !Self.endsLikeSentence(block) { return .photoCredit }
        if Self.blurbEndings.contains(where: { Self.hasSuffix(block, core, $0) }), !Self.endsLikeSentence(block),
           Self.wordCount(block, separatedBy: { $0 == 0x20 }) <= 8 {
            return .editorialBlurb
        }
        if mayStartWithMarker, Self.hasPrefix(block, Self.bylinePrefix), !Self.endsLikeSentence(block), block.count <= 80,
           Self.looksLikeNames(UnsafeBufferPointer(rebasing: block[Self.bylinePrefix.count...])) {
            return .byline
        }
        return nil
    }

    private static let trailerStarts = markers([
        "filed under", "tags:", "topics:", "categories:", "about the author", "all rights reserved",
        "copyright ©", "© copyright",
    ])
    private static let advertisements = markers(["advertisement", "advertisements", "sponsored", "sponsored content", "ad"])
    private static let navigationStarts = markers([
        "related videos", "related video", "related:", "related articles", "related stories", "related news",
        "read more", "read also", "also read", "see also", "more on this", "more from", "recommended for you",
        "you may also like", "watch:", "watch the video", "video:", "listen to this article", "most read",
    ])
    private static let sharingStarts = markers([
        "share this", "share on", "share:", "subscribe to", "subscribe now", "subscribe for", "sign up for",
        "sign up to", "follow us", "click here", "join our", "download our app", "get our newsletter",
        "tap here",
    ])
    static let photoMarkers = markers([
        "photo ©", "photo©", "photo credit", "photo by", "photo:", "photograph:", "image credit", "image:",
        "getty images", "(ap photo", "ap photo/", "reuters/", "afp via getty", "credit:", "pictured:",
    ])
    private static let blurbEndings = markers(["editorial team", "editorial staff", "editorial board", "newsroom", "staff writer", "staff report"])
    private static let bylinePrefix = Array("by ".utf8)
    private static let nameConnectives = markers(["and", "de", "del", "da", "van", "von", "la", "le"])
    /// "©" in UTF-8.
    static let copyrightSign: (UInt8, UInt8) = (0xC2, 0xA9)

    static func markers(_ texts: [String]) -> [[UInt8]] { texts.map { Array($0.utf8) } }

    /// The first two bytes of every marker matched at the start of a block, as bits of a 64K-bit
    /// set (letters in lower case).
    private static let markerPairs: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for marker in trailerStarts + advertisements + navigationStarts + sharingStarts + [bylinePrefix] where marker.count >= 2 {
            let pair = Int(marker[0]) << 8 | Int(marker[1])
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return bits
    }()

    /// Whether `range` of `text` starts with the first two bytes of some marker.
    private static func startsWithMarkerPair(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 2 else { return false }
        let pair = Int(asciiLowercased(text[range.lowerBound])) << 8 | Int(asciiLowercased(text[range.lowerBound + 1]))
        return markerPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }

    /// Whether the block ends like a sentence: its last character before trailing white space is
    /// one of . ! ? " ” ’ …
    static func endsLikeSentence(_ block: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = block.count
        while end > 0 {
            let (scalar, start) = lastScalar(block, before: end)
            let isWhitespace = scalar.isASCII
                ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
                : scalar.properties.isWhitespace
            guard isWhitespace else {
                return ".!?\"”’…".unicodeScalars.contains(scalar)
            }
            end = start
        }
        return false
    }

    /// "Jane Doe and John Roe": one to eight words, each capitalised or a connective.
    private static func looksLikeNames(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let isSeparator: (UInt8) -> Bool = { $0 == 0x20 || $0 == UInt8(ascii: ",") }
        guard (1...8).contains(wordCount(text, separatedBy: isSeparator)) else { return false }
        var i = 0
        while i < text.count {
            if isSeparator(text[i]) { i += 1; continue }
            var end = i
            while end < text.count, !isSeparator(text[end]) { end += 1 }
            let word = UnsafeBufferPointer(rebasing: text[i..<end])
            let isConnective = nameConnectives.contains { equalsIgnoringASCIICase(word, $0) }
            if !isConnective, !firstScalar(word).properties.isUppercase { return false }
            i = end
        }
        return true
    }
}

/// Byte helpers shared with the photo-credit scan.
extension BoilerplateFilter {
    @inline(__always)
    static func asciiLowercased(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    static func matches(_ text: UnsafeBufferPointer<UInt8>, at offset: Int, _ marker: [UInt8]) -> Bool {
        guard offset + marker.count <= text.count else { return false }
        return marker.withUnsafeBufferPointer { marker in
            for k in 0..<marker.count where asciiLowercased(text[offset + k]) != marker[k] { return false }
            return true
        }
    }

    static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ marker: [UInt8]) -> Bool { matches(text, at: 0, marker) }

    static func equalsIgnoringASCIICase(_ text: UnsafeBufferPointer<UInt8>, _ marker: [UInt8]) -> Bool {
        text.count == marker.count && matches(text, at: 0, marker)
    }

    static func equals(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ marker: [UInt8]) -> Bool {
        range.count == marker.count && matches(text, at: range.lowerBound, marker)
    }

    static func hasSuffix(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ marker: [UInt8]) -> Bool {
        range.count >= marker.count && matches(text, at: range.upperBound - marker.count, marker)
    }

    /// The block without white space and punctuation (Unicode categories P*) at either end.
    static func trimmedOfSpaceAndPunctuation(_ block: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII {
                // ASCII white space and punctuation (P*; the symbols $+<=>^`|~ are S*, not trimmed).
                let c = UInt8(scalar.value)
                return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x21 && c <= 0x2F && c != 0x24 && c != 0x2B)
                    || c == 0x3A || c == 0x3B || c == 0x3F || c == 0x40 || c == 0x5B || c == 0x5C || c == 0x5D
                    || c == 0x5F || c == 0x7B || c == 0x7D
            }
            if scalar.properties.isWhitespace { return true }
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation:
                return true
            default:
                return false
            }
        }
        var start = 0, end = block.count
        while start < end {
            let (scalar, length) = SegmenterBytes.scalar(block, at: start)
            guard isTrimmed(scalar) else { break }
            start += length
        }
        while end > start {
            let (scalar, scalarStart) = lastScalar(block, before: end)
            guard isTrimmed(scalar) else { break }
            end = scalarStart
        }
        return start..<end
    }

    /// The scalar ending just before `end`, and where it starts.
    static func lastScalar(_ text: UnsafeBufferPointer<UInt8>, before end: Int) -> (Unicode.Scalar, Int) {
        var start = end - 1
        while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
        return (SegmenterBytes.scalar(text, at: start).0, start)
    }

    static func firstScalar(_ text: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        text.isEmpty ? " " : SegmenterBytes.scalar(text, at: 0).0
    }

    static func wordCount(_ text: UnsafeBufferPointer<UInt8>, separatedBy isSeparator: (UInt8) -> Bool) -> Int {
        var words = 0
        var inWord = false
        for byte in text {
            let separator = isSeparator(byte)
            if !separator, !inWord { words += 1 }
            inWord = !separator
        }
        return words
    }
}
