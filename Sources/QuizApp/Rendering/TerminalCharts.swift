/// Small charts drawn with Unicode block characters, for where a picture reads faster than a
/// column of numbers: a bar for a share, a sparkline for a trend.
enum TerminalCharts {
    private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A bar `width` cells wide filled to `fraction` (0...1), in eighths of a cell; padded with
    /// spaces to `width`, so bars line up in a table.
    static func bar(_ fraction: Double, width: Int) -> String {
        let fraction = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let total = Int((fraction * Double(width * 8)).rounded())
        var out = String(repeating: "█", count: total / 8)
        if total % 8 > 0 { out.append(eighths[total % 8 - 1]) }
        return out + String(repeating: " ", count: max(0, width - out.count))
    }

    /// One character per value (0...1); nil (no data in that period) is a middle dot.
    static func sparkline(_ values: [Double?]) -> String {
        String(values.map { value -> Character in
            guard let value, value.isFinite else { return "·" }
            let index = Int((min(1, max(0, value)) * Double(levels.count - 1)).rounded())
            return levels[index]
        })
    }

    /// "63%"
    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        return "\(Int((value * 100).rounded()))%"
    }

    /// "+12" / "-5" percentage points.
    static func points(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        let n = Int((value * 100).rounded())
        return n > 0 ? "+\(n)" : "\(n)"
    }

    /// "0.42"
    static func decimal(_ value: Double?, digits: Int = 2) -> String {
        guard let value, value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        } else {
            text += "." + String(repeating: "0", count: digits)
        }
        return text
    }

    /// "4m05s", "38s"
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "–" }
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m\(String(format2: total % 60))s" }
        return "\(total / 3600)h\(String(format2: total / 60 % 60))m"
    }

    /// At most `width` characters, cut with an ellipsis.
    static func truncated(_ text: String, _ width: Int) -> String {
        text.count > width ? String(text.prefix(max(0, width - 1))) + "…" : text
    }

    /// Pads (or cuts, with an ellipsis) to `width` characters.
    static func cell(_ text: String, _ width: Int, right: Bool = false) -> String {
        var text = text
        if text.count > width { text = String(text.prefix(max(0, width - 1))) + "…" }
        let pad = String(repeating: " ", count: max(0, width - text.count))
        return right ? pad + text : text + pad
    }
}

private extension String {
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
