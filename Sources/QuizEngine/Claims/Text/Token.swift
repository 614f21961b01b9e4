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

    public let kind: Kind
    /// UTF-8 offsets in the sentence text.
    public let range: Range<Int>
    /// The token folded to lowercase, for table lookups (`WordKey.unrepresentable` when too long
    /// or not ASCII).
    public let key: WordKey
    /// White space separates this token from the one before (true for the first token).
    public let spaceBefore: Bool
    /// Starts with an uppercase letter (ASCII or not).
    public let isCapitalized: Bool
    /// For symbols and punctuation: the Unicode scalar. Zero for words and numbers.
    public let scalar: UInt32
    /// Part of a URL or e-mail address, which no recognizer should read numbers from.
    public let inLink: Bool

    public init(
        kind: Kind, range: Range<Int>, key: WordKey, spaceBefore: Bool, isCapitalized: Bool,
        scalar: UInt32, inLink: Bool
    ) {
        self.kind = kind
        self.range = range
        self.key = key
        self.spaceBefore = spaceBefore
        self.isCapitalized = isCapitalized
        self.scalar = scalar
        self.inLink = inLink
    }

    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }

    /// True for punctuation or a symbol with this ASCII character.
    @inline(__always)
    public func isMark(_ character: Unicode.Scalar) -> Bool {
        kind != .word && kind != .number && scalar == character.value
    }
}
