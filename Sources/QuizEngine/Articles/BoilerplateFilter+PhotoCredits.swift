#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The photo-credit markers ("Photo ©", "Getty Images", "(AP Photo", "Reuters/") found anywhere in
/// a short block, and the copyright sign.
extension BoilerplateFilter {
    struct PhotoMarks {
        var hasMarker = false
        var hasCopyrightSign = false
    }

    /// Finds the photo-credit markers and the copyright sign without visiting every byte. Every
    /// marker holds one of a few keys ("photo", "image", "getty", "reuters/", "credit:",
    /// "pictured:"); each key has an anchor, a byte that is rare in prose at a known place in it
    /// ("p" of "photo", "g" of "image", "/" of "reuters/"), and `memchr` jumps from one anchor to
    /// the next. Only where a whole key fits are the markers holding it compared.
    static func scanForPhotoMarks(_ block: UnsafeBufferPointer<UInt8>) -> PhotoMarks {
        var marks = PhotoMarks()
        guard let base = block.baseAddress, block.count > 1 else { return marks }
        for anchor in photoAnchorBytes {
            // The byte every key anchored here has right after the anchor ("h" after the "p" of
            // "photo"), if there is one: most anchors in prose fail on it.
            let follower = photoAnchorFollowers[Int(anchor)]
            var position = 0
            while position < block.count, let found = memchr(base + position, Int32(anchor), block.count - position) {
                let hit = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                position = hit + 1
                if follower != 0, hit + 1 >= block.count || asciiLowercased(block[hit + 1]) != follower { continue }
                if photoMarkerAround(hit, in: block) {
                    marks.hasMarker = true
                    return marks
                }
            }
        }
        if let found = memchr(base, Int32(copyrightSign.0), block.count) {
            var hit = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            while hit + 1 < block.count {
                if block[hit] == copyrightSign.0, block[hit + 1] == copyrightSign.1 {
                    marks.hasCopyrightSign = true
                    break
                }
                hit += 1
            }
        }
        return marks
    }

    /// Whether a photo marker holds the anchor byte at `hit`.
    private static func photoMarkerAround(_ hit: Int, in block: UnsafeBufferPointer<UInt8>) -> Bool {
        var keys = photoKeysByAnchor[Int(block[hit])]
        while keys != 0 {
            let k = keys.trailingZeroBitCount
            keys &= keys - 1
            let key = photoKeys[k]
            let keyStart = hit - key.anchorOffset
            guard keyStart >= 0, matches(block, at: keyStart, key.text) else { continue }
            for (marker, keyOffset) in photoMarkerKeys[k] where keyStart >= keyOffset {
                if matches(block, at: keyStart - keyOffset, photoMarkers[marker]) { return true }
            }
        }
        return false
    }

    /// For each byte, the keys anchored on it (as bits).
    static let photoKeysByAnchor: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for (k, key) in photoKeys.enumerated() {
            table[Int(key.anchor)] |= 1 << k
            if key.anchor &- 0x61 < 26 { table[Int(key.anchor - 0x20)] |= 1 << k }
        }
        return table
    }()

    /// The keys, each with its anchor byte and where the anchor sits in it.
    static let photoKeys: [(text: [UInt8], anchor: UInt8, anchorOffset: Int)] = [
        ("photo", 0), ("image", 3), ("getty", 0), ("reuters/", 7), ("credit:", 6), ("pictured:", 8),
    ].map { key, offset in
        let text = Array(key.utf8)
        return (text, text[offset], offset)
    }

    /// The anchor bytes to look for, in both cases.
    static let photoAnchorBytes: [UInt8] = {
        var bytes = Set<UInt8>()
        for key in photoKeys {
            bytes.insert(key.anchor)
            if key.anchor &- 0x61 < 26 { bytes.insert(key.anchor - 0x20) }
        }
        return bytes.sorted()
    }()

    /// For each anchor byte, the byte that follows it in every key anchored on it, or 0.
    static let photoAnchorFollowers: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for anchor in photoAnchorBytes {
            let keys = photoKeys.filter { $0.anchor == asciiLowercased(anchor) }
            let followers = Set(keys.map { $0.anchorOffset + 1 < $0.text.count ? $0.text[$0.anchorOffset + 1] : 0 })
            if followers.count == 1, let follower = followers.first { table[Int(anchor)] = follower }
        }
        return table
    }()

    /// For each key, the markers holding it and where (the first key each marker holds).
    static let photoMarkerKeys: [[(marker: Int, keyOffset: Int)]] = {
        var table = [[(marker: Int, keyOffset: Int)]](repeating: [], count: photoKeys.count)
        for (m, marker) in photoMarkers.enumerated() {
            let found = photoKeys.indices.lazy.compactMap { k -> (Int, Int)? in
                let key = photoKeys[k].text
                guard marker.count >= key.count else { return nil }
                for offset in 0...(marker.count - key.count) where Array(marker[offset..<(offset + key.count)]) == key {
                    return (k, offset)
                }
                return nil
            }.first
            guard let (k, offset) = found else { preconditionFailure("photo marker without a key") }
            table[k].append((m, offset))
        }
        return table
    }()
}
