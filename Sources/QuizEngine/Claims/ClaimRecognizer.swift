/// Finds claims of some kinds in one sentence.
///
/// Each recognizer is one file under `Claims/Recognizers/`, lists the kinds it produces, and is
/// registered in `ClaimExtractor.recognizers`. Recognizers see the sentence with its neighbours
/// and the claims found earlier in the article, so a relative date can find its anchor and a
/// quote its speaker in the sentence before.
///
/// Recognizers hold no state, so their members are static and the registry lists types: calling
/// a value of `[any ClaimRecognizer]` copied it out of its existential box and destroyed it
/// again, 13 times a sentence (1.3% of claim extraction).
public protocol ClaimRecognizer: Sendable {
    static var kinds: [ClaimKind] { get }
    /// Appends the claims it finds in the sentence to `sentence.claimsInSentence`, the only
    /// part of a context that changes.
    ///
    /// `inout` rather than a context passed in and an array returned: the 520-byte context was
    /// copied for each of the thirteen recognizers of every sentence, and each recognizer's own
    /// array of claims was allocated only to be appended to the sentence's (4% of claim
    /// extraction together).
    static func recognize(_ sentence: inout SentenceContext)
}

extension ClaimRecognizer {
    /// The claims this recognizer alone finds in a sentence, in the order it appends them.
    public static func claims(in sentence: SentenceContext) -> [Claim] {
        var sentence = sentence
        let before = sentence.claimsInSentence.count
        recognize(&sentence)
        return Array(sentence.claimsInSentence[before...])
    }
}

/// A sentence to extract claims from, with what surrounds it.
public struct SentenceContext: Sendable {
    // Stored once each: the neighbouring passages (read only through `analysis`) are not kept,
    // the article is the analysis's, and the tokens and earlier claims are the figure scan's.
    // Every stored reference is retained and released once per sentence (the context with its
    // neighbours and duplicates cost 1,700 instructions a sentence to make and destroy).
    public private(set) var passage: Passage
    /// The figures (numbers, amounts, dates, durations, ages...) of the sentence, found once for
    /// all the quantity and date recognizers.
    private(set) var figures: FigureScan
    /// Claims found in this sentence by the recognizers registered before this one (dates,
    /// figures, quotes), so a later one can say when a place holds or what a source is cited for.
    public internal(set) var claimsInSentence: [Claim]
    /// The whole article tokenized, its quotations paired and its people resolved: built once by
    /// `ClaimExtractor` and shared by all its sentences.
    let analysis: ArticleAnalysis
    /// This sentence's index in `analysis.passages`.
    private(set) var passageIndex: Int

    /// A context for one sentence on its own: the article is taken to be this sentence and its
    /// two neighbours (names and quotations resolve within them).
    public init(
        article: ArticleMetadata, passage: Passage, previous: Passage?, next: Passage?, earlierClaims: [Claim],
        claimsInSentence: [Claim] = []
    ) {
        let passages = [previous, passage, next].compactMap { $0 }
        var buffers = SentenceBuffers()
        self.init(
            passage: passage, earlierClaims: earlierClaims, claimsInSentence: claimsInSentence,
            analysis: ArticleAnalysis(article: article, passages: passages),
            passageIndex: previous == nil ? 0 : 1, tables: GrammarTables.shared, buffers: &buffers
        )
    }

    /// A context whose tokens and figures are written into arrays taken from `buffers`, which
    /// `ClaimExtractor` hands from sentence to sentence (see `SentenceBuffers`).
    init(
        passage: Passage, earlierClaims: [Claim], claimsInSentence: [Claim], analysis: ArticleAnalysis,
        passageIndex: Int, tables: GrammarTables, buffers: inout SentenceBuffers
    ) {
        self.passage = passage
        let tokens = SentenceTokens(passage.text, buffers: &buffers)
        self.figures = FigureScan(
            tokens: tokens, published: analysis.article.published, earlierClaims: earlierClaims, tables: tables,
            buffers: &buffers
        )
        self.claimsInSentence = claimsInSentence
        self.analysis = analysis
        self.passageIndex = passageIndex
    }

    /// Moves the sentence's token, byte, info and mention arrays into `buffers` for the next
    /// sentence (see `SentenceBuffers.reclaim(from:)`).
    mutating func handOver(to buffers: inout SentenceBuffers) {
        figures.handOver(to: &buffers)
    }

    /// Makes this the context of another sentence of the same article, in place, its tokens
    /// and figures written into arrays taken from `buffers` (see `FigureScan.rescan`).
    ///
    /// The passage is consumed, not borrowed: borrowed, it was copied into the context and the
    /// caller's copy destroyed, its strings retained and released once more a sentence.
    mutating func moveOn(
        to passage: consuming Passage, passageIndex: Int, earlierClaims: [Claim], claimsInSentence: [Claim],
        buffers: inout SentenceBuffers
    ) {
        let tokens = SentenceTokens(passage.text, buffers: &buffers)
        self.passage = passage
        self.passageIndex = passageIndex
        self.claimsInSentence = claimsInSentence
        figures.rescan(tokens: tokens, earlierClaims: earlierClaims, buffers: &buffers)
    }

    public var article: ArticleMetadata { analysis.article }
    /// Claims already found in earlier sentences, in text order.
    public var earlierClaims: [Claim] { figures.earlierClaims }
    /// The sentence as words, numbers and marks, scanned once for every quantity recognizer.
    public var tokens: SentenceTokens { figures.tokens }

    /// This sentence, tokenized, with its names resolved.
    var sentence: PassageAnalysis { analysis.passages[passageIndex] }

    public var text: String { passage.text }

    /// A claim for a span of this sentence (UTF-8 offsets into the passage text).
    public func claim(
        _ kind: ClaimKind, range: Range<Int>, value: ClaimValue, subject: String = "", time: DateValue? = nil
    ) -> Claim {
        Claim(
            kind: kind, article: article.id, passage: passage.id, range: range,
            text: spanText(range), value: value, subject: subject, time: time
        )
    }

    /// The text of a span, copied from the sentence's bytes when the span starts and ends on
    /// scalars (every span the recognizers make does); else as the passage's text slices it.
    /// Slicing the `String` by UTF-8 offsets and copying the substring cost 600 instructions a
    /// claim.
    private func spanText(_ range: Range<Int>) -> String {
        let bytes = tokens.bytes
        func startsScalar(_ offset: Int) -> Bool { offset == bytes.count || bytes[offset] & 0xC0 != 0x80 }
        guard range.lowerBound >= 0, range.upperBound <= bytes.count, startsScalar(range.lowerBound),
              startsScalar(range.upperBound) else {
            return String(passage.text.utf8Slice(range))
        }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}
