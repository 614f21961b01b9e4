/// Splits a paragraph into sentences, by rule, over UTF-8 bytes.
///
/// Built for English news text: abbreviations and titles ("Sen. Marco Rubio", "the U.S.
/// Government"), initials ("J. K. Rowling"), decimals ("$1.45 billion"), ellipses, punctuation
/// inside closing quotes, lists run together in one paragraph ("1. The first item 2. The second
/// item"), URLs and e-mail addresses. It passes all 48 English golden rules of the pySBD suite.
/// See `SentenceBoundaries` for the rules, `Abbreviation` and `SentenceWords` for the word lists.
///
/// Bytes, not `Character`s: whole articles of tens of megabytes go through here, and every rule
/// looks at a handful of ASCII bytes around a period.
public struct SentenceSegmenter: Sendable {
    public init() {}

    /// The sentences of `text` as byte ranges into it, in order, trimmed of white space. Text
    /// without any sentence end is one sentence; white space alone is none.
    public func sentences(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        SentenceBoundaries(text: text).sentences()
    }

    /// Convenience for tests and small inputs.
    public func sentences(in text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { buffer in
            sentences(in: buffer).map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) }
        }
    }
}
