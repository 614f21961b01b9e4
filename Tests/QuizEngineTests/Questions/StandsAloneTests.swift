@testable import QuizEngine
import Testing

/// Whether a sentence can stand alone is read in one pass over its bytes; it must agree with
/// the reading it replaced (split on spaces, first word by `Character`, last `Character`,
/// quote marks by scalar), kept here as the reference.
@Suite("Sentences that stand alone")
struct StandsAloneTests {
    static let dependentStarts: Set<String> = [
        "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their",
        "but", "and", "or", "so", "yet", "however", "also", "then", "there", "here", "such",
        "meanwhile", "still", "instead", "otherwise", "thus", "therefore", "after", "later",
    ]

    static func referenceEndsLikeStatement(_ text: String) -> Bool {
        guard let last = text.last(where: { $0 != " " && $0 != "\t" }) else { return false }
        return last == "." || last == "”" || last == "\"" || last == ")"
    }

    static func referenceBalancedQuotes(_ text: String) -> Bool {
        var depth = 0, straight = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "“": depth += 1
            case "”": depth -= 1; if depth < 0 { return false }
            case "\"": straight += 1
            default: break
            }
        }
        return depth == 0 && straight % 2 == 0
    }

    static func referenceIsDependentStart(_ word: Substring) -> Bool {
        dependentStarts.contains(StatementWriter.strippingPunctuation(word).lowercased())
    }

    static func referenceStandsAlone(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (7...45).contains(words.count) else { return false }
        guard let first = words.first, !referenceIsDependentStart(first) else { return false }
        return referenceEndsLikeStatement(text) && referenceBalancedQuotes(text)
    }

    static func referenceIsInsideQuotation(_ range: Range<Int>, in text: String) -> Bool {
        var open = false
        var offset = 0
        for scalar in text.unicodeScalars {
            if offset >= range.lowerBound { return open }
            switch scalar {
            case "“": open = true
            case "”": open = false
            case "\"": open.toggle()
            default: break
            }
            offset += UTF8.width(scalar)
        }
        return false
    }

    /// Sentences of every length around the limits, with dependent and ordinary first words in
    /// any case and punctuation, quote marks of both kinds, endings with trailing spaces and
    /// tabs, and the rare scalars that change how characters group (a combining mark after a
    /// space or a mark, U+0600 before the final mark, CR LF).
    static func generatedSentences(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        let firsts = ["He", "HOWEVER,", "“But", "(this", "This’s", "Then.", "the", "Officials", "3.", "É", "—", "therefore", "Thereby", "it’s", ""]
        let words = ["council", "said", "will", "$21", "million,", "café", "Zoë", "and", "(of", "Main)", "a\tb", ""]
        let rare = ["“We", "finish,”", "\"quoted\"", "\"", "“", "”", "\u{301}x"]
        let endings = [".", ")", "”", "\"", ".  ", ".\t", ". \t ", "!", "?", ".\u{301}", "\u{600}.", "é.", "”\u{600}", ".\r\n", " \u{301}", "", "é”", "a)"]
        var sentences: [String] = []
        for _ in 0..<count {
            let length = random.next(below: 50)
            var parts = [firsts[random.next(below: firsts.count)]]
            for _ in 0..<length {
                parts.append(random.next(below: 40) == 0 ? rare[random.next(below: rare.count)] : words[random.next(below: words.count)])
            }
            let separator = random.next(below: 10) == 0 ? "  " : " "
            sentences.append(parts.joined(separator: separator) + endings[random.next(below: endings.count)])
        }
        return sentences
    }

    @Test("one pass over the bytes judges generated sentences as the separate readings did")
    func agreesWithReference() {
        for sentence in Self.generatedSentences(count: 20_000, seed: 31) {
            #expect(StatementWriter.standsAlone(sentence) == Self.referenceStandsAlone(sentence), "\(sentence.debugDescription)")
        }
    }

    @Test("some generated sentences stand alone and some do not, for each reason")
    func generatedCoverEveryReason() {
        let sentences = Self.generatedSentences(count: 20_000, seed: 31)
        let standing = sentences.filter(Self.referenceStandsAlone).count
        #expect(standing > 1_000 && standing < 19_000, "\(standing)")
    }

    @Test("the last mark read on bytes agrees with the last character", arguments: [
        "Done.", "Done.  ", "Done.\t", "(Done)", "“Done”", "\"Done\"", "é.", "é”", "\u{600}.", "\u{600}”", ".\u{301}",
        "Done. \u{301}", " ", "", ".\r\n", "Done!", "x\u{600} ", "”",
    ])
    func endings(_ text: String) {
        var bytes = text
        #expect(bytes.withUTF8 { StatementWriter.endsLikeStatement($0) } == Self.referenceEndsLikeStatement(text))
    }

    @Test("the first word read on bytes agrees with stripping and lowercasing it")
    func firstWords() {
        let words = ["He", "he,", "“HE", "(This", "Thus…", "THEREFORE", "there’s", "Here.", "Herein", "a", "", "—", "İt", "İT", "It\u{301}", "So", "so-called", "3"]
        for word in words {
            var bytes = word
            #expect(bytes.withUTF8 { StatementWriter.isDependentStart($0) } == Self.referenceIsDependentStart(word[...]), "\(word)")
        }
    }

    @Test("a claim inside quotation marks is found on bytes as on scalars")
    func insideQuotation() {
        var random = SplitMix64(seed: 41)
        let alphabet = Array("ab “”\"é€".unicodeScalars)
        for _ in 0..<5_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.next(below: 12) { scalars.append(alphabet[random.next(below: alphabet.count)]) }
            let text = String(scalars)
            let lower = random.next(below: text.utf8.count + 3) - 1
            let range = lower..<(lower + 2)
            #expect(StatementWriter.isInsideQuotation(range, in: text) == Self.referenceIsInsideQuotation(range, in: text),
                    "\(text.debugDescription) \(range)")
        }
    }
}
