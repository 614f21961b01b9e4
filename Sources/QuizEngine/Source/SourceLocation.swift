/// A point in a source file: what `file:line:column` in a diagnostic names.
///
/// `offset` counts UTF-8 bytes from the start of the (normalised) file text; `line` and `column`
/// are 1-based, and `column` counts characters (grapheme clusters), so a column under a curly
/// quote or an accented name lands where the author sees it.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public let file: String
    public let offset: Int
    public let line: Int
    public let column: Int

    public init(file: String, offset: Int, line: Int, column: Int) {
        self.file = file
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// A location known only by file, for problems with the file as a whole.
    public static func file(_ path: String) -> SourceLocation {
        SourceLocation(file: path, offset: 0, line: 1, column: 1)
    }

    public var description: String { "\(file):\(line):\(column)" }
}
