/// The quotation marks of English and Spanish news text, by scalar value.
enum QuoteMarks {
    static let straightDouble: UInt32 = 0x22
    static let straightSingle: UInt32 = 0x27
    static let leftDouble: UInt32 = 0x201C      // “
    static let rightDouble: UInt32 = 0x201D     // ”
    static let leftSingle: UInt32 = 0x2018      // ‘
    static let rightSingle: UInt32 = 0x2019     // ’
    static let leftGuillemet: UInt32 = 0xAB     // «
    static let rightGuillemet: UInt32 = 0xBB    // »

    static func isOpening(_ scalar: UInt32) -> Bool {
        scalar == leftDouble || scalar == leftGuillemet || scalar == leftSingle || scalar == straightDouble
    }

    static func isClosing(_ scalar: UInt32) -> Bool {
        scalar == rightDouble || scalar == rightGuillemet || scalar == rightSingle
    }

    static func isAnyQuote(_ scalar: UInt32) -> Bool {
        isOpening(scalar) || isClosing(scalar) || scalar == straightSingle
    }
}
