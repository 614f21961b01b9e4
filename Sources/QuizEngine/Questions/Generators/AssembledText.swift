/// Text written as a string literal with interpolations, put together once all its pieces are
/// known: `AssembledText("True. \(source) writes: “\(passage)” ...").string`.
///
/// Every generated question has an explanation of a dozen pieces, one of them a whole passage,
/// and an id hashed from a few more. `String` interpolation appends the pieces as it goes,
/// growing the string as it does (350 instructions a piece, 2.8% of a compile with the
/// checker's messages). Here the pieces are kept until the length is known, and an id's hash
/// is taken over the pieces without joining them at all.
struct AssembledText: ExpressibleByStringInterpolation {
    struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var pieces: [String] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            pieces.reserveCapacity(2 * interpolationCount + 1)
        }

        mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { pieces.append(literal) }
        }

        mutating func appendInterpolation(_ value: String) {
            pieces.append(value)
        }

        mutating func appendInterpolation(_ value: Int) {
            pieces.append(String(value))
        }
    }

    private let pieces: [String]

    init(stringInterpolation: StringInterpolation) {
        pieces = stringInterpolation.pieces
    }

    init(stringLiteral value: String) {
        pieces = [value]
    }

    /// Pieces gathered some other way (an id's key of sorted parts).
    init(pieces: [String]) {
        self.pieces = pieces
    }

    /// The pieces, one after another, appended to a string allocated at their full length.
    /// (`String(unsafeUninitializedCapacity:)` would check the whole text again as UTF-8, which
    /// cost more than the appends save.)
    var string: String {
        var text = ""
        text.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count })
        for piece in pieces { text += piece }
        return text
    }

    /// `StableHash.shortID(string)`, hashed piece by piece without joining them.
    var shortID: String {
        var hash = StableHash.Running()
        for var piece in pieces {
            piece.withUTF8 { hash.add($0) }
        }
        return Self.shortID(hash.value)
    }

    /// `StableHash.shortID`'s form of a hash: its first eight of sixteen hex digits.
    static func shortID(_ hash: UInt64) -> String {
        let hex = String(hash >> 32, radix: 16)
        return String(repeating: "0", count: 8 - hex.utf8.count) + hex
    }
}
