/// Finding the figure a numeric or date claim states: "27" in "$27 million", "1,200.5" in
/// "about 1,200.5 people".
extension DetailAlteration {
    struct NumberToken {
        let range: Range<String.Index>
        /// The same range as UTF-8 offsets.
        let utf8Range: Range<Int>
        let text: String
        let value: Double
    }

    /// The first run of digits (with thousands commas and a decimal point) in `text`.
    ///
    /// Read on the UTF-8 bytes: walking `Character`s (grapheme breaking) for it was 2% of a
    /// compile. Bytes and characters agree unless a non-ASCII scalar touches a digit, comma or
    /// point (a combining mark after "1" makes one character that is not a digit); such rare
    /// text is read by characters.
    static func numberToken(in text: String) -> NumberToken? {
        var contiguous = text
        let found = contiguous.withUTF8 { bytes -> (range: Range<Int>, value: Double?)?? in
            guard let span = figureSpan(bytes) else { return nil }
            return span.map { ($0, figureValue(UnsafeBufferPointer(rebasing: bytes[$0]))) }
        }
        guard let found else { return numberTokenByCharacters(in: text) }
        guard let found, let value = found.value else { return nil }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: found.range.lowerBound)
        let upper = utf8.index(lower, offsetBy: found.range.count)
        return NumberToken(range: lower..<upper, utf8Range: found.range, text: String(text[lower..<upper]), value: value)
    }

    /// `numberToken(in:)` by characters, for text where a non-ASCII scalar touches a number.
    static func numberTokenByCharacters(in text: String) -> NumberToken? {
        var start: String.Index?
        var end = text.endIndex
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c.isASCII, c.isNumber {
                if start == nil { start = index }
            } else if start != nil, (c == "," || c == "."), text.index(after: index) < text.endIndex,
                      text[text.index(after: index)].isASCII, text[text.index(after: index)].isNumber {
                // Separator inside a number.
            } else if start != nil {
                end = index
                break
            }
            index = text.index(after: index)
        }
        guard let start else { return nil }
        let raw = String(text[start..<end])
        guard let value = Double(raw.filter { $0 != "," }) else { return nil }
        let utf8 = text.utf8
        let offsets = utf8.distance(from: utf8.startIndex, to: start)..<utf8.distance(from: utf8.startIndex, to: end)
        return NumberToken(range: start..<end, utf8Range: offsets, text: raw, value: value)
    }

    /// The figure `text` states, as digits or as a small number word.
    ///
    /// The value of `numberToken(in:)` without the token's string and indices: the figures of
    /// every numeric claim of a pack are noted (`Taken`), and making a string of each figure and
    /// parsing it with `Double(_:)` was 1.2% of a compile.
    static func statedNumber(in text: String) -> Double? {
        var contiguous = text
        let digits = contiguous.withUTF8 { bytes -> Double?? in
            guard let span = figureSpan(bytes) else { return nil }
            return .some(span.flatMap { figureValue(UnsafeBufferPointer(rebasing: bytes[$0])) })
        }
        let value: Double? = digits ?? numberTokenByCharacters(in: text)?.value
        return value ?? numberWord(in: text)?.1
    }

    /// The byte range of the first figure in `bytes` (`.some(nil)` when there is none), or nil
    /// when the bytes cannot tell: a non-ASCII scalar touches a digit, comma or point, and the
    /// text must be read by characters.
    private static func figureSpan(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>?? {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte >= 0x80 && isNumberByte(previous) || isNumberByte(byte) && previous >= 0x80 { return nil }
            previous = byte
        }
        var start = -1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte) {
                if start < 0 { start = index }
            } else if start >= 0, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "."),
                      index + 1 < bytes.count, isDigit(bytes[index + 1]) {
                // Separator inside a number.
            } else if start >= 0 {
                break
            }
            index += 1
        }
        return .some(start < 0 ? nil : start..<index)
    }

    /// What `Double(_:)` reads in a figure's text once its commas are dropped: the bytes are
    /// digits, commas and points, starting and ending with a digit.
    ///
    /// Computed from the digits when that is exact (at most 15 significant digits and 22
    /// decimals, so the digits as an integer and the power of ten dividing them are both exact
    /// doubles, and one correctly rounded division gives the double nearest the decimal, as
    /// `Double(_:)` does); anything longer goes through `Double(_:)`.
    static func figureValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var digits: UInt64 = 0
        var significant = 0
        var decimals = 0
        var points = 0
        for byte in bytes {
            if isDigit(byte) {
                digits = digits &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                if digits != 0 { significant += 1 }
                if points > 0 { decimals += 1 }
            } else if byte == UInt8(ascii: ".") {
                points += 1
            }
        }
        guard points <= 1 else { return nil }
        guard significant <= 15, decimals < powersOfTen.count else {
            return Double(String(decoding: bytes.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self))
        }
        return Double(digits) / powersOfTen[decimals]
    }

    /// 10^0 ... 10^22, each exactly a double.
    private static let powersOfTen: [Double] = [
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")
    }
}
