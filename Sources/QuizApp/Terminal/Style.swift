/// ANSI colours and weights for terminal output.
///
/// Hand-written rather than a package: the styles are applied after `TerminalSafeText` has
/// escaped the text, on one stream at a time, and switched off by `NO_COLOR`, `TERM=dumb` or a
/// non-terminal; a dozen lines do that with no global state. Colour never carries meaning
/// alone: every styled piece also has a word or mark ("✓ right", "✗ wrong").
struct Style: Sendable {
    let enabled: Bool

    static let plain = Style(enabled: false)

    func bold(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }
    func italic(_ s: String) -> String { wrap(s, "3") }
    func underline(_ s: String) -> String { wrap(s, "4") }
    func red(_ s: String) -> String { wrap(s, "31") }
    func green(_ s: String) -> String { wrap(s, "32") }
    func yellow(_ s: String) -> String { wrap(s, "33") }
    func blue(_ s: String) -> String { wrap(s, "34") }
    func magenta(_ s: String) -> String { wrap(s, "35") }
    func cyan(_ s: String) -> String { wrap(s, "36") }
    /// The deciding span inside a quoted passage: bold and underlined (and marked with brackets
    /// by the caller, so it shows without colour too).
    func highlight(_ s: String) -> String { wrap(s, "1;4") }

    private func wrap(_ s: String, _ code: String) -> String {
        enabled && !s.isEmpty ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
