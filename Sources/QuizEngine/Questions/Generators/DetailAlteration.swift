import Foundation

/// Changes exactly one detail of a claim, the way a careless or dishonest retelling does: a
/// number, a date, a word of a quote, who said it.
///
/// The replacement is chosen so that a careful reader can catch it in the source: it never
/// equals another figure or date stated in the pack (which would make the "false" statement
/// true somewhere else), and it keeps the style of the original ("7 million" becomes
/// "9 million", "November 21" becomes "November 25", "three" becomes "five").
struct DetailAlteration {
    struct Change: Equatable {
        /// UTF-8 range in the sentence that is replaced.
        let range: Range<Int>
        let original: String
        let replacement: String
        /// What was changed, for the explanation: "the number", "the date", "a word of the quote".
        let detail: String
    }

    /// Numbers and days that appear anywhere in the pack; numbers by claim kind, at the kind's
    /// `bit` (a dictionary by kind hashed the kind's raw string for every numeric claim).
    let takenNumbers: [SortedValues<Double>]
    /// Days by `CalendarDate.dayNumber` (one number per valid date).
    let takenDays: SortedValues<Int>

    init(claims: some Sequence<Claim>) {
        var taken = Taken()
        taken.add(claims)
        self.init(taken)
    }

    init(_ taken: Taken) {
        takenNumbers = taken.numbers.map(SortedValues.init)
        takenDays = SortedValues(taken.days)
    }

    /// What the pack's claims already say, gathered a group at a time: the compiler reads claims
    /// story by story and lets each story's go.
    ///
    /// Kept as plain lists, sorted once all are in: every numeric claim of a pack adds its
    /// figure, and inserting 100,000 figures into sets scattered them over a growing table
    /// (1% of the time of compiling 10,000 articles), where only a few thousand are ever looked
    /// up. (Quote speakers were gathered too, and never read.)
    struct Taken {
        fileprivate var numbers = [[Double]](repeating: [], count: ClaimKind.allCases.count)
        fileprivate var days: [Int] = []

        mutating func add(_ claims: some Sequence<Claim>) {
            for claim in claims {
                // Only numeric changes consult the taken numbers; a quote's long text is not scanned.
                if DetailAlteration.numericKinds.contains(claim.kind), let stated = DetailAlteration.statedNumber(in: claim.text) {
                    numbers[Int(claim.kind.bit)].append(stated)
                }
                switch claim.value {
                case let .date(date), let .weekdayDate(_, date):
                    if let day = date.exactDay { days.append(day.dayNumber) }
                default:
                    break
                }
            }
        }
    }

    /// One change to `claim` inside `sentence`, or nil when no safe change exists.
    func change(_ claim: Claim, in sentence: String, random: inout SplitMix64) -> Change? {
        switch claim.kind {
        case .number, .percentage, .money, .duration, .age, .year, .span:
            return numericChange(claim, random: &random)
        case .date:
            return dateChange(claim, random: &random)
        case .quote:
            return quoteChange(claim, in: sentence, random: &random)
        case .weekdayDate, .attribution, .role:
            // A changed weekday muddles the calendar lesson; swapping sources or roles needs
            // knowledge of who else could have said or been what. Authored questions cover these.
            return nil
        default:
            return nil
        }
    }

    // MARK: Numbers

    /// The kinds `numericChange` alters.
    static let numericKinds: ClaimKindSet = [.number, .percentage, .money, .duration, .age, .year, .span]

    private func numericChange(_ claim: Claim, random: inout SplitMix64) -> Change? {
        if let token = Self.numberToken(in: claim.text) {
            let taken = takenNumbers[Int(claim.kind.bit)]
            let candidates = Self.alternatives(to: token.value, isYear: claim.kind == .year || claim.kind == .span && token.value > 1900,
                                               isPercent: claim.kind == .percentage)
                .filter { !taken.contains($0) && $0 != token.value }
            guard !candidates.isEmpty else { return nil }
            let value = candidates[random.next(below: candidates.count)]
            let replacement = Self.format(value, like: token.text)
            let altered = claim.text.replacingCharacters(utf8: token.utf8Range, with: replacement)
            return Change(range: claim.range, original: claim.text, replacement: altered, detail: "the number")
        }
        if let (range, value) = Self.numberWord(in: claim.text) {
            let options = Self.smallNumberWords.filter { $0.value != value && abs($0.value - value) <= 4 && $0.value >= 2 }
                .sorted { $0.value < $1.value }
            guard !options.isEmpty else { return nil }
            let pick = options[random.next(below: options.count)]
            var word = pick.word
            if claim.text[range].first?.isUppercase == true { word = word.prefix(1).uppercased() + word.dropFirst() }
            let utf8 = claim.text.utf8
            let offsets = utf8.distance(from: utf8.startIndex, to: range.lowerBound)..<utf8.distance(from: utf8.startIndex, to: range.upperBound)
            let altered = claim.text.replacingCharacters(utf8: offsets, with: word)
            return Change(range: claim.range, original: claim.text, replacement: altered, detail: "the number")
        }
        return nil
    }

    /// Plausible wrong values: near enough to be believable, far enough to be a real change.
    static func alternatives(to value: Double, isYear: Bool, isPercent: Bool) -> [Double] {
        if isYear { return [-3, -2, 2, 3].map { value + $0 } }
        if isPercent { return [-20, -15, -10, 10, 15].map { value + $0 }.filter { $0 > 0 && $0 < 100 } }
        if value == value.rounded(), value < 20 {
            return [-3, -2, 2, 3, 5].map { value + $0 }.filter { $0 >= 1 }
        }
        let hasFraction = value != value.rounded()
        return [0.5, 0.75, 1.5, 2].map { factor -> Double in
            let raw = value * factor
            if hasFraction { return (raw * 10).rounded() / 10 }
            let magnitude = pow(10, max(0, floor(log10(raw)) - 1))
            return (raw / magnitude).rounded() * magnitude
        }
    }

    /// Writes `value` in the style of `original`: thousands separators and decimal places.
    static func format(_ value: Double, like original: String) -> String {
        let (decimals, grouped) = writtenStyle(of: original)
        var text = decimals > 0 ? String(format: "%.\(decimals)f", value) : String(Int(saturating: value.rounded()))
        if grouped {
            let parts = text.split(separator: ".", maxSplits: 1)
            var integer = String(parts[0])
            var grouped = ""
            while integer.count > 3 {
                grouped = "," + integer.suffix(3) + grouped
                integer.removeLast(3)
            }
            text = integer + grouped + (parts.count > 1 ? "." + parts[1] : "")
        }
        return text
    }

    /// How many decimals a figure is written with (the length of the part after its first
    /// point), and whether it groups thousands with commas.
    ///
    /// A figure token is digits, commas and points, read on its bytes; splitting it by
    /// `Character` and asking Foundation's `contains` cost more than formatting the new figure.
    /// Other text is read as before.
    static func writtenStyle(of original: String) -> (decimals: Int, grouped: Bool) {
        let utf8 = original.utf8
        guard utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }) else {
            return (original.split(separator: ".").dropFirst().first?.count ?? 0, original.contains(","))
        }
        // The second of the non-empty parts between points.
        let parts = utf8.split(separator: UInt8(ascii: "."))
        return (parts.dropFirst().first?.count ?? 0, utf8.contains(UInt8(ascii: ",")))
    }

    static let smallNumberWords: [(word: String, value: Double)] = [
        ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
    ]

    /// The first of `smallNumberWords` (in that list's order) that is a whole word of `text`,
    /// in any case. Words are runs of letters, digits and underscores, as a regular expression's
    /// `\b` sees them; one pass over the text instead of a regular expression per number word,
    /// which cost a third of a large pack's compile.
    static func numberWord(in text: String) -> (Range<String.Index>, Double)? {
        var found: [Int: Range<String.Index>] = [:]
        var start: String.Index?
        var index = text.startIndex
        func close(at end: String.Index) {
            guard let begin = start else { return }
            start = nil
            let word = text[begin..<end]
            guard word.count <= 6, let rank = smallNumberWords.firstIndex(where: { $0.word.caseInsensitiveEquals(word) }),
                  found[rank] == nil else { return }
            found[rank] = begin..<end
        }
        while index < text.endIndex {
            let c = text[index]
            if c.isLetter || c.isNumber || c == "_" {
                if start == nil { start = index }
            } else {
                close(at: index)
            }
            index = text.index(after: index)
        }
        close(at: text.endIndex)
        guard let rank = found.keys.min(), let range = found[rank] else { return nil }
        return (range, smallNumberWords[rank].value)
    }

    // MARK: Dates

    private func dateChange(_ claim: Claim, random: inout SplitMix64) -> Change? {
        guard case let .date(date) = claim.value, let day = date.exactDay, date.anchor == .none,
              let token = Self.numberToken(in: claim.text), token.value == Double(day.day)
        else { return nil }
        let shifts = [-6, -5, -4, -3, 3, 4, 5, 6].filter { shift in
            let moved = day.adding(days: shift)
            return moved.month == day.month && !takenDays.contains(moved.dayNumber)
        }
        guard !shifts.isEmpty else { return nil }
        let moved = day.adding(days: shifts[random.next(below: shifts.count)])
        let altered = claim.text.replacingCharacters(utf8: token.utf8Range, with: String(moved.day))
        return Change(range: claim.range, original: claim.text, replacement: altered, detail: "the date")
    }

    // MARK: Quotes

    /// Pairs of words a retelling might swap while keeping a quote plausible.
    static let quoteSwaps: [(String, String)] = [
        ("must", "should"), ("have to", "need to"), ("save", "protect"), ("family", "children"),
        ("leave", "quit"), ("quiet", "secret"), ("big", "major"), ("more", "far more"),
        ("freedom", "liberty"), ("pragmatic", "practical"), ("chaos", "violence"), ("pride", "ego"),
        ("hope", "faith"), ("home", "safety"), ("open", "reopen"), ("fine", "welcome"),
    ]

    /// `quoteSwaps`' first words as bytes, for searching a quote once for all of them.
    private static let quoteSwapNeedles = quoteSwaps.map { Array($0.0.utf8) }

    private func quoteChange(_ claim: Claim, in sentence: String, random: inout SplitMix64) -> Change? {
        guard case let .quote(quote) = claim.value else { return nil }
        // Where each swap's word first stands in the quote, in the order of `quoteSwaps`.
        var text = claim.text
        let options = text.withUTF8 { hay in
            zip(Self.quoteSwapNeedles, Self.quoteSwaps).compactMap { needle, swap in
                Self.wholeWord(needle, in: hay).map { (range: $0, replacement: swap.1) }
            }
        }
        guard !options.isEmpty, StatementWriter.spaceSeparatedWords(quote.words).count >= 5 else { return nil }
        let option = options[random.next(below: options.count)]
        let altered = claim.text.replacingCharacters(utf8: option.range, with: option.replacement)
        return Change(range: claim.range, original: claim.text, replacement: altered, detail: "a word of the quote")
    }
}

extension DetailAlteration {
    /// The first place `word` (ASCII) stands in `text` as a whole word, as a regular
    /// expression's `\b` sees one: no word character (letter, mark, digit, connector such as
    /// `_`) right before or after it. A scan rather than a regular expression per swap word per
    /// quote, which cost a twentieth of a large compile.
    static func wholeWord(_ word: String, in text: String) -> Range<String.Index>? {
        let needle = Array(word.utf8)
        var contiguous = text
        guard let offsets = contiguous.withUTF8({ wholeWord(needle, in: $0) }) else { return nil }
        let utf8 = text.utf8
        return utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: offsets.upperBound)
    }

    /// `wholeWord(_:in:)` on bytes: the UTF-8 offsets of the first whole-word `needle`.
    static func wholeWord(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        for start in 0...(hay.count - needle.count) where hay[start] == needle[0] {
            let end = start + needle.count
            guard hay[start..<end].elementsEqual(needle),
                  !isWordCharacter(before: start, in: hay), !isWordCharacter(at: end, in: hay) else { continue }
            return start..<end
        }
        return nil
    }

    private static func isWordCharacter(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lead = offset - 1
        while lead >= 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return lead >= 0 && isWordCharacter(at: lead, in: bytes)
    }

    private static func isWordCharacter(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let scalar = bytes.scalar(at: offset) else { return false }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .decimalNumber, .connectorPunctuation, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return properties.isAlphabetic || scalar == "\u{200C}" || scalar == "\u{200D}"
        }
    }
}

private extension String {
    func caseInsensitiveEquals(_ other: Substring) -> Bool {
        count == other.count && zip(self, other).allSatisfy { $0 == $1 || $0.lowercased() == $1.lowercased() }
    }
}
