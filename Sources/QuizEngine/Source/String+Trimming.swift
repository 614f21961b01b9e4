/// Trimming without Foundation: on Linux `trimmingCharacters(in:)` goes through `NSString` and
/// copies the string to UTF-16 and back, which made it 3% of a large compile (it trims every
/// front-matter value and every generated statement). The sets are CoreFoundation's, scalar for
/// scalar, so results do not change (tested against Foundation).
extension StringProtocol {
    /// What `trimmingCharacters(in: .whitespacesAndNewlines)` gives.
    func trimmingWhitespaceAndNewlines() -> String {
        trimmingScalars { Self.isBlank($0) || Self.isNewline($0) }
    }

    /// What `trimmingCharacters(in: .whitespaces)` gives: spaces of every kind and tabs.
    func trimmingSpacesAndTabs() -> String {
        trimmingScalars(Self.isBlank)
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private func trimmingScalars(_ trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !trimmed($0) })!
        return String(self[first..<scalars.index(after: last)])
    }
}
