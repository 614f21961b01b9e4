/// Greedy word wrap by character count. Words longer than the width are cut.
struct TextWrapper {
    let width: Int

    func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineLength = 0
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                while word.count > width {
                    if lineLength > 0 { lines.append(line); line = ""; lineLength = 0 }
                    lines.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                }
                let length = word.count
                if lineLength > 0, lineLength + 1 + length > width {
                    lines.append(line)
                    line = ""
                    lineLength = 0
                }
                if lineLength > 0 { line += " "; lineLength += 1 }
                line += word
                lineLength += length
            }
            lines.append(line)
        }
        return lines
    }
}
