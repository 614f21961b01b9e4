/// One word, number, symbol or punctuation mark of a sentence, as UTF-8 offsets into it.
///
/// Tokens are deliberately small pieces: "72-hour" is `72`, `-`, `hour`; "$7bn" is `$`, `7`,
/// `bn`; "Maduro’s" is `Maduro`, `’s`. Whether pieces were written together is kept in
/// `spaceBefore`, so a grammar can ask for "72-hour" (no spaces) and still accept the
/// tokenised newswire form "$ 75 million".
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// Letters (any script), with inner apostrophes: "Maduro", "don't", "Rodríguez", "’s".
        case word
        /// Digits with inner separators that a number can have: "2025", "1,234.5", "13.5.2015".
        case number
        /// A currency or other sign that stands for a word: "$", "€", "%", "+", "#", "元".
        case symbol
        /// Anything else that is not white space: ".", ",", "-", "—", "“", "(".
        case punctuation
    }

    /// The token folded to lowercase, for table lookups (`FoldedWordKey.unrepresentable` when too long
    /// or not ASCII).
    public let key: FoldedWordKey
    private let start: Int32
    private let end: Int32
    /// For symbols and punctuation: the Unicode scalar. Zero for words and numbers.
    public let scalar: UInt32
    public let kind: Kind
    // Stored as bits to keep a token at 32 bytes: a sentence's tokens are written and read
    // once per sentence on the compile's hot path.
    private let flags: UInt8

    public init(
        kind: Kind, range: Range<Int>, key: FoldedWordKey, spaceBefore: Bool, isCapitalized: Bool,
        scalar: UInt32, inLink: Bool
    ) {
        self.kind = kind
        self.start = Int32(range.lowerBound)
        self.end = Int32(range.upperBound)
        self.key = key
        self.scalar = scalar
        self.flags = (spaceBefore ? 1 : 0) | (isCapitalized ? 2 : 0) | (inLink ? 4 : 0)
    }

    /// UTF-8 offsets in the sentence text.
    public var range: Range<Int> { Int(start)..<Int(end) }
    /// White space separates this token from the one before (true for the first token).
    public var spaceBefore: Bool { flags & 1 != 0 }
    /// Starts with an uppercase letter (ASCII or not).
    public var isCapitalized: Bool { flags & 2 != 0 }
    /// Part of a URL or e-mail address, which no recognizer should read numbers from.
    public var inLink: Bool { flags & 4 != 0 }

    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }

    /// True for punctuation or a symbol with this ASCII character.
    @inline(__always)
    public func isMark(_ character: Unicode.Scalar) -> Bool {
        kind != .word && kind != .number && scalar == character.value
    }
}
