/// Word-wraps text in which some spans are marked (the words of a passage that decide an
/// answer), keeping the marks readable with and without colour.
///
/// Each marked span is enclosed in « » so it shows on any output, and on a styled terminal is
/// also bold and underlined. Styling is applied per line after wrapping, so an escape sequence
/// never spans a line break and the indentation before a continued span stays unstyled.
struct MarkedTextWrapper {
    let width: Int
    let style: Style

    /// `text` must already be terminal-safe; `marked` are ranges of it.
    func wrap(_ text: String, marked: [Range<String.Index>]) -> [String] {
        let cells = self.cells(text, marked: marked)
        var lines: [[Cell]] = []
        var line: [Cell] = []
        for word in words(cells) {
            var word = word
            while word.count > width {
                if !line.isEmpty { lines.append(line); line = [] }
                lines.append(Array(word.prefix(width)))
                word = Array(word.dropFirst(width))
            }
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = []
            }
            if let last = line.last, let first = word.first {
                line.append(Cell(character: " ", marked: last.marked && first.marked))
            }
            line.append(contentsOf: word)
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines.map(render)
    }

    private struct Cell {
        let character: Character
        let marked: Bool
    }

    private func cells(_ text: String, marked: [Range<String.Index>]) -> [Cell] {
        let ranges = marked.sorted { $0.lowerBound < $1.lowerBound }
        var cells: [Cell] = []
        var index = text.startIndex
        var inside = false
        while index < text.endIndex {
            let opens = ranges.contains { $0.lowerBound == index && !$0.isEmpty }
            if opens, !inside {
                cells.append(Cell(character: "«", marked: false))
                inside = true
            }
            cells.append(Cell(character: text[index], marked: inside))
            index = text.index(after: index)
            let stillInside = ranges.contains { $0.contains(index) }
            if inside, !stillInside {
                cells.append(Cell(character: "»", marked: false))
                inside = false
            }
        }
        if inside { cells.append(Cell(character: "»", marked: false)) }
        return cells
    }

    private func words(_ cells: [Cell]) -> [[Cell]] {
        cells.split { $0.character == " " || $0.character == "\n" }.map(Array.init)
    }

    private func render(_ line: [Cell]) -> String {
        var out = ""
        var run = ""
        var runMarked = false
        for cell in line {
            if cell.marked != runMarked, !run.isEmpty {
                out += runMarked ? style.highlight(run) : run
                run = ""
            }
            runMarked = cell.marked
            run.append(cell.character)
        }
        out += runMarked ? style.highlight(run) : run
        return out
    }
}
