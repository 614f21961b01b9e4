/// Makes untrusted text safe to print on a terminal.
///
/// Article and pack text may hold escape sequences (colours, cursor movement, OSC window-title
/// or clipboard writes), other C0/C1 controls, and Unicode bidirectional overrides that reorder
/// what the reader sees. Each is replaced by a visible stand-in (`\e`, `\u{202E}`), so a hostile
/// pack can neither rewrite the screen nor fake feedback, and the reader can see that something
/// odd was there. Newlines and tabs are kept (tabs as spaces) unless `singleLine` is set.
enum TerminalSafeText {
    static func escape(_ text: some StringProtocol, singleLine: Bool = false) -> String {
        // Fast path: plain printable text, the common case, with its line breaks where they are
        // kept (a diagnostic is three lines: through the slow path, 0.2% of a compile).
        let keepsNewlines = !singleLine
        if !text.utf8.contains(where: { ($0 < 0x20 && !(keepsNewlines && $0 == 0x0A)) || $0 == 0x7F || $0 >= 0xC2 }) {
            return String(text)
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where !singleLine:
                out.append(scalar)
            case 0x09:
                out.append(" ")
            case 0x1B:
                out.append(contentsOf: "\\e".unicodeScalars)
            case 0x00..<0x20, 0x7F, 0x80..<0xA0:
                out.append(contentsOf: "\\x\(hex(scalar.value, width: 2))".unicodeScalars)
            case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0xFFF9...0xFFFB:
                // Zero-width, line/paragraph separators, bidirectional embeddings and isolates.
                out.append(contentsOf: "\\u{\(hex(scalar.value, width: 4))}".unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
