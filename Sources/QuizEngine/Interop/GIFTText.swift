/// Escaping for Moodle's GIFT format.
///
/// GIFT gives `~ = # { } :` a meaning anywhere in a question, so each is written with a
/// backslash; a backslash itself is doubled, and a line break becomes `\n`, because a blank
/// line ends a question. Carriage returns and other control characters are dropped: nothing in a
/// question bank needs them and they only confuse importers.
public enum GIFTText {
    public static let specialCharacters: Set<Character> = ["~", "=", "#", "{", "}", ":"]

    public static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\n", "\r\n": out += "\\n"
            case _ where specialCharacters.contains(character): out += "\\" + String(character)
            case _ where character.isControlOrFormat && character != "\u{200D}": continue
            default: out.append(character)
            }
        }
        return out
    }

    /// Reverses `escape`: `\x` is `x` for the special characters and the backslash, `\n` a line
    /// break; any other backslash stays as written (Moodle does the same).
    public static func unescape(_ text: some StringProtocol) -> String {
        var out = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else {
                out.append(character)
                continue
            }
            guard let next = iterator.next() else {
                out.append("\\")
                break
            }
            if next == "n" {
                out.append("\n")
            } else if next == "\\" || specialCharacters.contains(next) {
                out.append(next)
            } else {
                out.append("\\")
                out.append(next)
            }
        }
        return out
    }
}
