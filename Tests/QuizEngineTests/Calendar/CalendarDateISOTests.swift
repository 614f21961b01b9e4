import Testing
@testable import QuizEngine

/// `CalendarDate(iso:)` reads bytes; it must accept and read exactly what the reading through
/// `split` and `Int` accepted, odd forms included.
@Suite("ISO dates")
struct CalendarDateISOTests {
    /// The reading the byte reader replaced.
    static func reference(_ iso: String) -> CalendarDate? {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    @Test("reads as split and Int read", arguments: [
        "2024-02-29", "2023-02-29", "1999-12-31", "0000-01-01", "2024-13-01", "2024-00-10", "2024-01-00",
        "+202-01-05", "2024-+1-+5", "2024-++-01", "++20-01-01", "2024-1-01", "2024-01-1", "24-01-01",
        "2024-01-01 ", " 2024-01-01", "2024/01/01", "2024-01-01-", "2024--01-01", "", "----------",
        "２０２４-01-01", "2024-0١-01", "2024-01-0\u{301}1", "2024\u{301}-01-01", "2024-01-01\n", "-024-01-01",
        "2024-01-31", "2024-04-31", "9999-12-31", "abcd-ef-gh", "2024-0x-01",
    ])
    func matchesReference(_ iso: String) {
        #expect(CalendarDate(iso: iso) == Self.reference(iso))
    }
}
