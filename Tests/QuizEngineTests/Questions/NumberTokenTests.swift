import Foundation
@testable import QuizEngine
import Testing

/// The figure a generated question changes is found on the bytes; reading it by characters (as
/// before) must give the same figure at the same place.
@Suite("number token")
struct NumberTokenTests {
    @Test("finds the first figure with its separators", arguments: [
        ("$27 million", "27", 27.0),
        ("about 1,200.5 people", "1,200.5", 1_200.5),
        ("in 2024.", "2024", 2024.0),
        ("€7.3 billion", "7.3", 7.3),
        ("“13 minutes”", "13", 13.0),
    ])
    func figure(text: String, written: String, value: Double) throws {
        let token = try #require(DetailAlteration.numberToken(in: text))
        #expect(token.text == written)
        #expect(token.value == value)
        #expect(String(text[token.range]) == written)
    }

    @Test("no figure, no token")
    func none() {
        #expect(DetailAlteration.numberToken(in: "no digits here") == nil)
        #expect(DetailAlteration.numberToken(in: "") == nil)
    }

    @Test("bytes and characters agree on generated text, combining marks and CR LF included")
    func agreesWithCharacters() {
        var random = SplitMix64(seed: 11)
        let alphabet = Array("0123456789,.. a$€“\r\n\u{301}\u{600}".unicodeScalars)
        for _ in 0..<3_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.next(below: 14) { scalars.append(alphabet[random.next(below: alphabet.count)]) }
            let text = String(scalars)
            let bytes = DetailAlteration.numberToken(in: text), characters = DetailAlteration.numberTokenByCharacters(in: text)
            #expect(bytes?.text == characters?.text, "\(text.debugDescription)")
            #expect(bytes?.value == characters?.value, "\(text.debugDescription)")
            #expect(bytes.map { text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound) }
                == characters.map { text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound) })
            #expect(bytes.map { text.utf8.distance(from: text.startIndex, to: $0.range.upperBound) }
                == characters.map { text.utf8.distance(from: text.startIndex, to: $0.range.upperBound) })
        }
    }
}

/// The figure's value is computed from its digits rather than parsed from a string; the
/// reference is the string-and-`Double(_:)` version it replaced.
@Suite("figure value")
struct FigureValueTests {
    /// The token reading before the value was computed from the digits (reference).
    static func referenceToken(in text: String) -> (text: String, value: Double, lower: Int, upper: Int)? {
        let bytes = text.utf8
        var previous: UInt8 = 0
        func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
        func isNumberByte(_ byte: UInt8) -> Bool { isDigit(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") }
        for byte in bytes {
            if byte >= 0x80 && isNumberByte(previous) || isNumberByte(byte) && previous >= 0x80 {
                return DetailAlteration.numberTokenByCharacters(in: text).map {
                    ($0.text, $0.value, text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound),
                     text.utf8.distance(from: text.startIndex, to: $0.range.upperBound))
                }
            }
            previous = byte
        }
        var start: Int?
        var end = bytes.count
        var offset = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if isDigit(byte) {
                if start == nil { start = offset }
            } else if start != nil, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "."), next < bytes.endIndex, isDigit(bytes[next]) {
            } else if start != nil {
                end = offset
                break
            }
            index = next
            offset += 1
        }
        guard let start else { return nil }
        let lower = bytes.index(bytes.startIndex, offsetBy: start), upper = bytes.index(bytes.startIndex, offsetBy: end)
        let raw = String(text[lower..<upper])
        guard let value = Double(raw.filter { $0 != "," }) else { return nil }
        return (raw, value, start, end)
    }

    static func referenceStated(in text: String) -> Double? {
        referenceToken(in: text)?.value ?? DetailAlteration.numberWord(in: text)?.1
    }

    /// Texts with figures of every length and shape: long runs of digits, several points,
    /// commas, leading zeros, number words, non-ASCII next to digits.
    static func generatedTexts(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        let pieces = ["0", "1", "2", "5", "7", "9", "00", "123", "4567", ",", ".", " ", "$", "€", "“", "\u{301}", "a", "three", "Twelve", "%"]
        var texts: [String] = []
        for _ in 0..<count {
            texts.append(random.text(of: pieces, fewerThan: 16))
        }
        // Plain decimals of up to 25 digits with the point anywhere.
        for _ in 0..<count {
            let length = 1 + random.next(below: 25)
            var digits = (0..<length).map { _ in String(random.next(below: 10)) }.joined()
            let point = random.next(below: length + 1)
            if point > 0, point < length { digits.insert(".", at: digits.index(digits.startIndex, offsetBy: point)) }
            texts.append("about \(digits) people")
        }
        return texts
    }

    @Test("the figure's value and place agree with parsing its text, on generated text")
    func agreesWithParsing() {
        for text in Self.generatedTexts(count: 4_000, seed: 21) {
            let token = DetailAlteration.numberToken(in: text)
            let reference = Self.referenceToken(in: text)
            #expect(token?.value == reference?.value, "\(text.debugDescription)")
            #expect(token?.text == reference?.text, "\(text.debugDescription)")
            #expect(token.map { text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound) } == reference?.lower)
            #expect(token.map { text.utf8.distance(from: text.startIndex, to: $0.range.upperBound) } == reference?.upper)
            #expect(DetailAlteration.statedNumber(in: text) == Self.referenceStated(in: text), "\(text.debugDescription)")
        }
    }

    @Test("values at the edge of exact computation", arguments: [
        "0.1", "0.3", "7.3", "1,200.5", "999999999999999", "9999999999999999", "123456789012345.6",
        "0.0000000000000000000001", "0.00000000000000000000001", "1.5.2", "000012", "2.675",
    ])
    func edges(text: String) {
        var bytes = text
        let value = bytes.withUTF8 { DetailAlteration.figureValue($0) }
        #expect(value == Double(text.filter { $0 != "," }))
    }
}

/// A changed figure is written in the style of the original, read on its bytes when it is
/// digits, commas and points; the reading by `Character` and Foundation is the reference.
@Suite("written style of a figure")
struct WrittenStyleTests {
    @Test("decimals and grouping as splitting by Character and Foundation's contains read them")
    func agreesWithCharacters() {
        var random = SplitMix64(seed: 111)
        let alphabet = ["0", "1", "7", ",", ".", ".", "..", "a", "\u{301}", "€", " "]
        for _ in 0..<5_000 {
            let text = (0..<random.next(below: 12)).map { _ in alphabet[random.next(below: alphabet.count)] }.joined()
            let style = DetailAlteration.writtenStyle(of: text)
            #expect(style.decimals == (text.split(separator: ".").dropFirst().first?.count ?? 0), "\(text.debugDescription)")
            #expect(style.grouped == text.contains(","), "\(text.debugDescription)")
        }
    }
}
