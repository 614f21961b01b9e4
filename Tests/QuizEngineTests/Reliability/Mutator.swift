@testable import QuizEngine

/// Seeded mutations of valid inputs: the kinds of damage real files suffer (truncation, a
/// flipped byte, a stray escape sequence or NUL, invalid UTF-8, a doubled delimiter) plus the
/// structural characters each format cares about. Same seed, same inputs, on every machine.
struct Mutator {
    var random: SplitMix64

    /// Bytes that mean something to one of the readers, or to a terminal.
    static let interesting: [[UInt8]] = [
        [0x1B, 0x5B, 0x32, 0x4A], [0x1B, 0x5D, 0x30, 0x3B], [0x00], [0xFF], [0xC3], [0xE2, 0x80],
        Array("\"".utf8), Array("“".utf8), Array("---\n".utf8), Array(":".utf8), Array("{".utf8), Array("}".utf8),
        Array("[".utf8), Array("]".utf8), Array("\n\n".utf8), Array("\r\n".utf8), Array("\u{202E}".utf8),
        Array("&a".utf8), Array("*a".utf8), Array("- ".utf8), Array("1. ".utf8), Array("$".utf8), Array("%".utf8),
        Array("Friday, November 29".utf8), Array("less than 15 minutes".utf8), Array("\\u00".utf8), Array("!!".utf8),
    ]

    mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + random.next(below: 4)) {
            let position = bytes.isEmpty ? 0 : random.next(below: bytes.count + 1)
            switch random.next(below: 6) {
            case 0: bytes = Array(bytes.prefix(position))                                   // truncate
            case 1: if position < bytes.count { bytes[position] ^= UInt8(1 << random.next(below: 8)) }  // flip a bit
            case 2: bytes.insert(contentsOf: Self.interesting[random.next(below: Self.interesting.count)], at: position)
            case 3: if position < bytes.count { bytes.removeSubrange(position..<min(bytes.count, position + 1 + random.next(below: 16))) }
            case 4:                                                                         // duplicate a slice
                let end = min(bytes.count, position + random.next(below: 64))
                bytes.insert(contentsOf: bytes[position..<end], at: position)
            default: bytes.insert(UInt8(random.next(below: 256)), at: position)                  // random byte
            }
        }
        return bytes
    }
}
