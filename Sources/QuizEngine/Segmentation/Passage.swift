/// A sentence of an article, with the stable id a citation points at.
///
/// `p3.s2` is the second sentence of the third kept paragraph. Ids depend only on the text, so
/// recompiling an unchanged article gives the same ids.
public struct Passage: Hashable, Sendable {
    public let id: String
    /// 1-based paragraph index.
    public let paragraph: Int
    /// 1-based sentence index within the paragraph.
    public let sentence: Int
    /// The exact text of the sentence as it stands in the body.
    public let text: String
    /// UTF-8 offsets of `text` in the article body.
    public let range: Range<Int>
    public let paragraphKind: Paragraph.Kind

    public init(paragraph: Int, sentence: Int, text: String, range: Range<Int>, paragraphKind: Paragraph.Kind = .prose) {
        self.id = Passage.id(paragraph: paragraph, sentence: sentence)
        self.paragraph = paragraph
        self.sentence = sentence
        self.text = text
        self.range = range
        self.paragraphKind = paragraphKind
    }

    /// "p3.s2". Written digit by digit into the string's own storage: interpolation costs several
    /// hundred instructions, and a large article has hundreds of thousands of passages. Asking
    /// for exactly the length keeps ids of up to 15 bytes inside the string value (no allocation).
    public static func id(paragraph: Int, sentence: Int) -> String {
        guard paragraph >= 0, sentence >= 0 else { return "p\(paragraph).s\(sentence)" }
        let paragraphDigits = digitCount(paragraph), sentenceDigits = digitCount(sentence)
        let length = 3 + paragraphDigits + sentenceDigits
        return String(unsafeUninitializedCapacity: length) { buffer in
            buffer[0] = UInt8(ascii: "p")
            writeDigits(paragraph, endingAt: 1 + paragraphDigits, in: buffer)
            buffer[1 + paragraphDigits] = UInt8(ascii: ".")
            buffer[2 + paragraphDigits] = UInt8(ascii: "s")
            writeDigits(sentence, endingAt: length, in: buffer)
            return length
        }
    }

    private static func digitCount(_ value: Int) -> Int {
        var count = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }

    private static func writeDigits(_ value: Int, endingAt end: Int, in buffer: UnsafeMutableBufferPointer<UInt8>) {
        var rest = value
        var i = end
        repeat {
            i -= 1
            buffer[i] = UInt8(truncatingIfNeeded: rest % 10) + 0x30
            rest /= 10
        } while rest > 0
    }
}
