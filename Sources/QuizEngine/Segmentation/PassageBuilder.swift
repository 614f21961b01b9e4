import Dispatch
import Foundation

/// Turns the paragraphs of a body into passages: each paragraph is segmented, and each sentence
/// becomes a `Passage` holding its own copy of the text.
///
/// Paragraphs are independent, so a large body (a 30 MB article) is cut into chunks of
/// paragraphs done on all cores: first the sentence ranges of every chunk, then, once the number
/// of passages before each chunk is known, the passages written straight into their places in
/// the result. The result is the same as one pass in order; small bodies take that one pass.
struct PassageBuilder {
    let segmenter: SentenceSegmenter

    /// Bodies smaller than this are done on the calling thread: threads cost more than they save.
    static let parallelBytes = 1 << 20

    /// The passages of `paragraphs`, whose ranges are offsets into `bytes`, the UTF-8 of an
    /// article's body.
    func passages(of paragraphs: [Paragraph], bytes: UnsafeBufferPointer<UInt8>) -> [Passage] {
        let chunks = Self.chunks(of: paragraphs, bodyBytes: bytes.count)
        if chunks.count <= 1 {
            var passages: [Passage] = []
            passages.reserveCapacity(bytes.count / 64 + 8)
            for paragraph in paragraphs {
                append(segmenter.sentences(in: UnsafeBufferPointer(rebasing: bytes[paragraph.range])), of: paragraph, from: bytes) {
                    passages.append($0)
                }
            }
            return passages
        }

        // Sentence ranges (relative to their paragraph), chunk by chunk, on all cores.
        var sentences = [[[Range<Int>]]](repeating: [], count: chunks.count)
        sentences.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let results = results
            nonisolated(unsafe) let bytes = bytes
            let segmenter = segmenter
            DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
                results[chunk] = paragraphs[chunks[chunk]].map { paragraph in
                    segmenter.sentences(in: UnsafeBufferPointer(rebasing: bytes[paragraph.range]))
                }
            }
        }

        // Where each chunk's passages start in the result.
        var starts: [Int] = []
        var total = 0
        for chunk in sentences {
            starts.append(total)
            for paragraph in chunk { total += paragraph.count }
        }

        let finished = sentences
        let chunkStarts = starts
        nonisolated(unsafe) let body = bytes
        return [Passage](unsafeUninitializedCapacity: total) { buffer, initialized in
            MemoryAdvice.preferHugePages(buffer.baseAddress, byteCount: total * MemoryLayout<Passage>.stride)
            nonisolated(unsafe) let base = buffer.baseAddress
            DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
                guard let base else { return }
                var slot = base + chunkStarts[chunk]
                for (paragraph, ranges) in zip(paragraphs[chunks[chunk]], finished[chunk]) {
                    append(ranges, of: paragraph, from: body) { passage in
                        slot.initialize(to: passage)
                        slot += 1
                    }
                }
            }
            initialized = total
        }
    }

    /// One passage per sentence range of `paragraph`, numbered from 1.
    ///
    /// Each text is made from the body's bytes. Sentences begin and end on whole scalars, so
    /// this is the text the body's `String` sliced at the same offsets gives; that slice (a
    /// `Substring` with its index checks, then copied) cost 700 instructions a passage.
    private func append(
        _ sentences: [Range<Int>], of paragraph: Paragraph, from body: UnsafeBufferPointer<UInt8>, to sink: (Passage) -> Void
    ) {
        for (n, range) in sentences.enumerated() {
            let absolute = (paragraph.range.lowerBound + range.lowerBound)..<(paragraph.range.lowerBound + range.upperBound)
            sink(Passage(
                paragraph: paragraph.index, sentence: n + 1,
                text: String(decoding: UnsafeBufferPointer(rebasing: body[absolute]), as: UTF8.self),
                range: absolute, paragraphKind: paragraph.kind
            ))
        }
    }

    /// Consecutive runs of paragraphs of about equal size, several per core so that a core
    /// finishing early takes another; one run for a small body.
    private static func chunks(of paragraphs: [Paragraph], bodyBytes: Int) -> [Range<Int>] {
        // The size test first: asking for the core count reads /proc and /sys (2% of compiling
        // 10,000 small articles, none of which is split).
        guard bodyBytes >= parallelBytes, paragraphs.count > 1 else { return [0..<paragraphs.count] }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1 else { return [0..<paragraphs.count] }
        let target = max(1, bodyBytes / (cores * 4))
        var chunks: [Range<Int>] = []
        var start = 0
        var size = 0
        for (index, paragraph) in paragraphs.enumerated() {
            size += paragraph.range.count
            if size >= target {
                chunks.append(start..<(index + 1))
                start = index + 1
                size = 0
            }
        }
        if start < paragraphs.count { chunks.append(start..<paragraphs.count) }
        return chunks
    }
}
