/// A block of the body that is not article text (a photo credit, "Related videos:", a share
/// line, an editorial blurb), kept out of passages and claims and reported under `--verbose`.
public struct DroppedBlock: Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable, Codable {
        case photoCredit = "photo credit"
        case navigation = "related-content link"
        case sharing = "share or subscribe line"
        case trailer = "end-of-article trailer"
        case byline = "byline"
        case editorialBlurb = "editorial blurb"
        case advertisement = "advertisement"
    }

    public let reason: Reason
    /// UTF-8 offsets in the article body.
    public let range: Range<Int>
    public let text: String

    public init(reason: Reason, range: Range<Int>, text: String) {
        self.reason = reason
        self.range = range
        self.text = text
    }
}
