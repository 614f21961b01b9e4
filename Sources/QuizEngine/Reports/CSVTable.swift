/// Comma-separated values as spreadsheets read them (RFC 4180).
///
/// Cells holding a comma, quote or line break are quoted with quotes doubled. Cells starting
/// with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe unless they are plain
/// numbers: a player name or pack text like `=HYPERLINK(...)` would otherwise run as a formula
/// when a teacher opens the file (CSV injection). Lines end in CRLF, as the RFC and Excel expect.
public struct CSVTable: Sendable {
    public let header: [String]
    public private(set) var rows: [[String]] = []

    public init(header: [String]) {
        self.header = header
    }

    public mutating func append(_ row: [String]) {
        rows.append(row)
    }

    public var text: String {
        var out = Self.line(header)
        for row in rows { out += Self.line(row) }
        return out
    }

    public static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    public static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(value) == nil {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// A number with at most `digits` decimals and no trailing zeros ("0.75", "1").
    public static func number(_ value: Double?, digits: Int = 3) -> String {
        guard let value, value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
