#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits an article body into blocks: the paragraphs, list items and headings a reader sees.
///
/// The grammar, over lines:
/// - a blank line ends a block;
/// - a line starting with a list marker (`-`, `*`, `+`, `•`, `1.`, `2)`, `a.`) starts a list item;
/// - a Markdown heading line (`# ...`) is a block of its own;
/// - any other line continues the current block (a soft-wrapped line), unless the previous line
///   ended a sentence and this one starts like a new one: pasted news puts one paragraph per line
///   with no blank line between, and both forms must give the same paragraphs.
///
/// Works on UTF-8 bytes: bodies can be tens of megabytes and this runs before everything else.
struct BodySplitter {
    struct Block: Equatable {
        var range: Range<Int>
        var kind: Paragraph.Kind
        var marker: String?
        /// True when the block is a single line with blank lines (or the body's ends) around it.
        var standsAlone: Bool
    }

    func blocks(in body: UnsafeBufferPointer<UInt8>) -> [Block] {
        var blocks: [Block] = []
        // Room for a block every 128 bytes, more than prose has; unused room is never touched.
        blocks.reserveCapacity(body.count / 128 + 16)
        blocks.withUnsafeBufferPointer {
            MemoryAdvice.preferHugePages($0.baseAddress, byteCount: blocks.capacity * MemoryLayout<Block>.stride)
        }
        var current: Block?
        var currentLines = 0
        var previousLineEndsSentence = false
        var previousLineWasBlank = true
        var lineStart = 0
        let count = body.count

        func finish(nextIsBlank: Bool) {
            guard var block = current else { return }
            block.standsAlone = currentLines == 1 && nextIsBlank
            blocks.append(block)
            current = nil
            currentLines = 0
        }

        while lineStart < count {
            let lineEnd = Self.lineEnd(in: body, from: lineStart)
            // Trim the line.
            var first = lineStart, last = lineEnd
            while first < last, Self.isSpace(body[first]) { first += 1 }
            while last > first, Self.isSpace(body[last - 1]) { last -= 1 }

            if first == last {
                finish(nextIsBlank: true)
                previousLineWasBlank = true
                previousLineEndsSentence = false
            } else {
                let marker = Self.listMarker(body, from: first, to: last)
                let heading = Self.markdownHeadingText(body, from: first, to: last)
                let startsNew = current == nil || marker != nil || heading != nil
                    || (previousLineEndsSentence && Self.startsLikeSentence(body, at: first))
                if startsNew {
                    finish(nextIsBlank: false)
                    if let heading {
                        blocks.append(Block(range: heading, kind: .heading, marker: nil, standsAlone: true))
                    } else {
                        current = Block(
                            range: first..<last, kind: marker == nil ? .prose : .listItem,
                            marker: marker, standsAlone: false
                        )
                        currentLines = 1
                        _ = previousLineWasBlank
                    }
                } else if var block = current {
                    block.range = block.range.lowerBound..<last
                    current = block
                    currentLines += 1
                }
                previousLineEndsSentence = Self.endsSentence(body, last: last - 1, first: first)
                previousLineWasBlank = false
            }
            lineStart = lineEnd + 1
        }
        finish(nextIsBlank: true)
        return blocks
    }

    /// The offset of the next line feed at or after `start`, or the end. `memchr`: news pasted as
    /// one paragraph per line has lines of a thousand bytes and more.
    static func lineEnd(in body: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = body.baseAddress, start < body.count,
              let found = memchr(base + start, 0x0A, body.count - start) else { return body.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B }

    /// `- `, `* `, `+ `, `• `, `1. `, `12) `, `a. ` at the start of a line: the marker text.
    static func listMarker(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> String? {
        let length = to - from
        guard length >= 2 else { return nil }
        let c = b[from]
        if (c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "+")), b[from + 1] == 0x20 {
            return String(UnicodeScalar(c))
        }
        // "•" is E2 80 A2; "‣" E2 80 A3; "⁃" E2 81 83.
        if c == 0xE2, length >= 4, b[from + 1] == 0x80 || b[from + 1] == 0x81,
           [0xA2, 0xA3, 0x83].contains(b[from + 2]) {
            return String(decoding: UnsafeBufferPointer(rebasing: b[from..<from + 3]), as: UTF8.self)
        }
        var i = from
        while i < to, i - from < 3, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        if i == from, b[i] >= UInt8(ascii: "a"), b[i] <= UInt8(ascii: "z") { i += 1; if i - from != 1 { return nil } }
        guard i > from, i + 1 < to, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")"), b[i + 1] == 0x20 else {
            return nil
        }
        // A lone lowercase letter followed by "." is a marker only when a capital follows ("a. The").
        if b[from] >= UInt8(ascii: "a"), i + 2 < to, !(b[i + 2] >= 0x41 && b[i + 2] <= 0x5A) { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: b[from...i]), as: UTF8.self)
    }

    /// The text range of a Markdown `#` heading line, without the hashes.
    static func markdownHeadingText(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Range<Int>? {
        var i = from
        while i < to, b[i] == UInt8(ascii: "#"), i - from < 6 { i += 1 }
        guard i > from, i < to, b[i] == 0x20 else { return nil }
        while i < to, b[i] == 0x20 { i += 1 }
        var end = to
        while end > i, b[end - 1] == UInt8(ascii: "#") || b[end - 1] == 0x20 { end -= 1 }
        return end > i ? i..<end : nil
    }

    /// Ends with `.`, `!`, `?`, `:`, or one of those followed by a closing quote or bracket.
    static func endsSentence(_ b: UnsafeBufferPointer<UInt8>, last: Int, first: Int) -> Bool {
        var i = last
        // Skip closing quotes/brackets: " ' ) ] and ” ’ (E2 80 9D / E2 80 99).
        while i >= first {
            let c = b[i]
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: ")") || c == UInt8(ascii: "]") {
                i -= 1
            } else if i >= first + 2, b[i - 2] == 0xE2, b[i - 1] == 0x80, c == 0x9D || c == 0x99 {
                i -= 3
            } else {
                break
            }
        }
        guard i >= first else { return false }
        let c = b[i]
        if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") || c == UInt8(ascii: ":") { return true }
        // "…" is E2 80 A6.
        return i >= first + 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80 && c == 0xA6
    }

    /// Starts with a capital letter, a digit, an opening quote or a non-ASCII letter (é, Ñ).
    static func startsLikeSentence(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let c = b[i]
        if c >= 0x41 && c <= 0x5A { return true }
        if c >= 0x30 && c <= 0x39 { return true }
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "(") { return true }
        return c >= 0xC0  // a multi-byte character: an accented capital, a curly quote, ¡, ¿
    }
}
