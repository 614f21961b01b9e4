import Foundation
import Testing
@testable import QuizEngine

/// The engine trims without Foundation; it must trim what Foundation trims.
@Suite("Trimming")
struct TrimmingTests {
    @Test("same as trimmingCharacters(in:) for both sets", arguments: [
        "", " ", "\t\n\r", "plain", "  both ends  ", "\u{00A0}no-break\u{00A0}", "\u{2003}em space\u{3000}",
        "\u{2028}line separator\u{2029}", "\u{85}next line\u{0B}\u{0C}", "\n  inner  space \n", "é\u{301} ",
        " \u{301}accent after a space", "tab\t", "\u{200B}zero width\u{200B}", "\u{180E}mongolian\u{FEFF}", "\u{1680}ogham\u{205F}", "\u{202F}narrow\u{2009}",
    ])
    func agreesWithFoundation(_ text: String) {
        #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text.trimmingSpacesAndTabs() == text.trimmingCharacters(in: .whitespaces))
        #expect(text[...].trimmingSpacesAndTabs() == text.trimmingCharacters(in: .whitespaces))
    }
}
