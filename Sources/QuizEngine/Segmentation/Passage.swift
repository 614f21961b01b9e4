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
    /// hundred instructions, and a large article has hundreds of thousands of passages.
    public static func id(paragraph: Int, sentence: Int) -> String {
        guard paragraph >= 0, sentence >= 0 else { return "p\(paragraph).s\(sentence)" }
        return String(unsafeUninitializedCapacity: 44) { buffer in
            var count = 0
            func append(_ byte: UInt8) {
                buffer[count] = byte
                count += 1
            }
            func appendDigits(_ value: Int) {
                var divisor = 1
                while divisor <= value / 10 { divisor *= 10 }
                var rest = value
                while divisor > 0 {
                    append(UInt8(truncatingIfNeeded: rest / divisor) + 0x30)
                    rest %= divisor
                    divisor /= 10
                }
            }
            append(UInt8(ascii: "p"))
            appendDigits(paragraph)
            append(UInt8(ascii: "."))
            append(UInt8(ascii: "s"))
            appendDigits(sentence)
            return count
        }
    }
}
