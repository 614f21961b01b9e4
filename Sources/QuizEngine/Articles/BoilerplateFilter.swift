import Foundation
/// Recognises blocks of a pasted web page that are not article text.
///
/// Rules are about the shape of page furniture, not about any one site: a photo credit carries
/// "Photo ©" or "Getty Images"; navigation starts with "Related videos:" or "Read more"; a
/// trailer ("Filed under:", "Tags:", "About the author") ends the article, and everything after
/// it (the author box, the outlet's blurb) goes with it. Only short blocks are candidates, so a
/// real paragraph that happens to mention a photo is never dropped.
struct BoilerplateFilter {
    /// Longest block (in bytes) that can be furniture; real paragraphs are longer.
    static let maximumLength = 400

    /// Why `block` is not article text, or nil if it is. `afterTrailer` is true once a trailer
    /// marker has been seen: everything after it is dropped.
    func classify(_ block: Substring, afterTrailer: Bool) -> DroppedBlock.Reason? {
        if afterTrailer { return .trailer }
        guard block.utf8.count <= Self.maximumLength else { return nil }
        let lower = block.lowercased()
        let trimmed = lower.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))

        if Self.trailerStarts.contains(where: { lower.hasPrefix($0) }) { return .trailer }
        if Self.advertisements.contains(trimmed) { return .advertisement }
        if Self.navigationStarts.contains(where: { lower.hasPrefix($0) }) { return .navigation }
        if Self.sharingStarts.contains(where: { lower.hasPrefix($0) }) { return .sharing }
        if Self.photoMarkers.contains(where: { lower.contains($0) }) { return .photoCredit }
        if lower.contains("©"), !Self.endsLikeSentence(block) { return .photoCredit }
        if Self.blurbEndings.contains(where: { trimmed.hasSuffix($0) }), !Self.endsLikeSentence(block),
           block.split(separator: " ").count <= 8 {
            return .editorialBlurb
        }
        if lower.hasPrefix("by "), !Self.endsLikeSentence(block), block.utf8.count <= 80,
           Self.looksLikeNames(block.dropFirst(3)) {
            return .byline
        }
        return nil
    }

    private static let trailerStarts = [
        "filed under", "tags:", "topics:", "categories:", "about the author", "all rights reserved",
        "copyright ©", "© copyright",
    ]
    private static let advertisements = ["advertisement", "advertisements", "sponsored", "sponsored content", "ad"]
    private static let navigationStarts = [
        "related videos", "related video", "related:", "related articles", "related stories", "related news",
        "read more", "read also", "also read", "see also", "more on this", "more from", "recommended for you",
        "you may also like", "watch:", "watch the video", "video:", "listen to this article", "most read",
    ]
    private static let sharingStarts = [
        "share this", "share on", "share:", "subscribe to", "subscribe now", "subscribe for", "sign up for",
        "sign up to", "follow us", "click here", "join our", "download our app", "get our newsletter",
        "tap here",
    ]
    private static let photoMarkers = [
        "photo ©", "photo©", "photo credit", "photo by", "photo:", "photograph:", "image credit", "image:",
        "getty images", "(ap photo", "ap photo/", "reuters/", "afp via getty", "credit:", "pictured:",
    ]
    private static let blurbEndings = ["editorial team", "editorial staff", "editorial board", "newsroom", "staff writer", "staff report"]

    static func endsLikeSentence(_ block: Substring) -> Bool {
        guard let last = block.trimmingCharacters(in: .whitespacesAndNewlines).last else { return false }
        return ".!?\"”’…".contains(last)
    }

    /// "Jane Doe and John Roe": every word capitalised or a connective.
    private static func looksLikeNames(_ text: Substring) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard (1...8).contains(words.count) else { return false }
        return words.allSatisfy { word in
            ["and", "de", "del", "da", "van", "von", "la", "le"].contains(word.lowercased())
                || word.first?.isUppercase == true
        }
    }
}
