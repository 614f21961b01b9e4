@testable import QuizEngine
import Testing

/// Faster readings in the checker give what the plain ones gave: quotations split in place,
/// topics compared by scanning, content words as sorted ids.
@Suite("checker fast paths")
struct CheckerFastPathTests {
    @Test("a quotation split in place reads as its pieces copied out", arguments: [
        "You have to leave Venezuela in order to save yourself and your family",
        "We will ... finish [the budget] on time … and on budget.",
        "[Maduro] must go...now",
        "nested [a [b] c] words ... and … more [unclosed",
        "“Quoted” words, 1,200 people and U.S. officials’ plans",
        "",
    ])
    func quotationsSplitInPlace(_ text: String) {
        let wording = QuoteWording(text)
        let copied = QuoteWording.readCopying(text, table: PassageWordTable())
        #expect(wording.tokens == copied.tokens)
        #expect(wording.fragments == copied.fragments)
        #expect(wording.display == copied.display)
        let table = PassageWordTable()
        #expect(QuoteWording(text, table: table).tokens == copied.tokens)
        // Words cut out a few at a time are those of the whole list.
        let all = wording.display
        for lower in 0...all.count {
            for upper in lower...all.count { #expect(wording.display(lower..<upper) == Array(all[lower..<upper])) }
        }
    }

    @Test("generated quotations read the same in place and copied out")
    func generatedQuotations() {
        var random = SplitMix64(seed: 5)
        let pieces = ["word", "Words", " ", "[", "]", "...", "…", ".", "..", "’s", "é", "—", "1,200"]
        for _ in 0..<2_000 {
            let text = random.text(of: pieces, fewerThan: 14)
            let wording = QuoteWording(text)
            let copied = QuoteWording.readCopying(text, table: PassageWordTable())
            #expect(wording.tokens == copied.tokens, "\(text)")
            #expect(wording.fragments == copied.fragments, "\(text)")
            #expect(wording.display == copied.display, "\(text)")
            for k in 0..<wording.tokens.count {
                #expect(wording.display(k..<(k + 1)) == [copied.display[k]], "\(text)")
            }
        }
    }

    @Test("quoted words shown as one run are the words cut out one by one, joined")
    func shownRuns() {
        var random = SplitMix64(seed: 11)
        let pieces = ["word", "Words", " ", "  ", "[", "]", "...", "…", ".", ",", "’s", "é", "—", "1,200"]
        for _ in 0..<1_000 {
            let text = random.text(of: pieces, fewerThan: 14)
            let wording = QuoteWording(text)
            let all = wording.display
            for lower in 0...all.count {
                for upper in lower...all.count {
                    #expect(Array(wording.shown(lower..<upper).utf8) == Array(all[lower..<upper].joined(separator: " ").utf8), "\(text)")
                }
            }
        }
    }

    @Test("quotes trimmed at the bytes are trimmed as a character at a time")
    func quotesTrimmedAtTheBytes() {
        var random = SplitMix64(seed: 13)
        let pieces = ["word", " ", ".", ",", ";", ":", "...", "é", "e\u{301}", "\u{301}", "\u{600}", "👍🏽", "\r", "\n", "!", "’"]
        for _ in 0..<5_000 {
            let text = random.text(of: pieces, fewerThan: 8)
            var plain = Substring(text)
            while let last = plain.last, ",;:.".contains(last) || last == " " { plain.removeLast() }
            #expect(Array(QuoteDrift.trimmingSentencePunctuation(text).utf8) == Array(String(plain).utf8),
                    "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("a word's determiner read only for stopwords is the one its text gives")
    func determinersOfStopwords() {
        var random = SplitMix64(seed: 19)
        let pieces = ["the", "This", "THAT", "his", "her", "their", "its", "our", "a", "An", "another", "one",
                      "any", "some", "each", "every", "call", "second", "Trump's", "earlier", "of", "é", "th", "e", "-"]
        let table = PassageWordTable()
        for _ in 0..<2_000 {
            let text = random.text(of: pieces, fewerThan: 8, separator: " ")
            for word in WordScanner.words(in: text, table: table) {
                #expect(EventMention.determiner(of: word, table: table) == EventMention.determiner(table.text(word.id)), "\(text)")
            }
        }
    }

    @Test("topics compared by scanning agree with set comparison")
    func topicsMatchLikeSets() {
        var random = SplitMix64(seed: 3)
        let vocabulary = ["call", "rate", "poverty", "budget", "school", "vote", "toll"]
        func topic() -> Topic {
            let words = (0..<random.next(below: 5)).map { _ in vocabulary[random.next(below: vocabulary.count)] }
            return Topic(words: words, head: words.last ?? "")
        }
        for _ in 0..<2_000 {
            let (a, b) = (topic(), topic())
            let (mine, theirs) = (Set(a.words), Set(b.words))
            let matches = !a.isEmpty && a.head == b.head && (mine.isSubset(of: theirs) || theirs.isSubset(of: mine))
            #expect(a.matches(b) == matches, "\(a.words) \(b.words)")
            let union = mine.union(theirs).count
            #expect(a.overlap(b) == (union == 0 ? 0 : Double(mine.intersection(theirs).count) / Double(union)))
        }
        let long = Topic(words: vocabulary + vocabulary + vocabulary, head: "toll")
        #expect(long.matches(Topic(words: ["toll", "vote"], head: "toll")))
    }

    @Test("sorted ids count what sets share")
    func sortedIDs() {
        var random = SplitMix64(seed: 9)
        for _ in 0..<1_000 {
            let a = (0..<random.next(below: 12)).map { _ in Int32(random.next(below: 20)) }
            let b = (0..<random.next(below: 12)).map { _ in Int32(random.next(below: 20)) }
            let (ua, ub) = (SortedIDs.unique(a.sorted()), SortedIDs.unique(b.sorted()))
            #expect(ua == Set(a).sorted())
            #expect(SortedIDs.commonCount(ua, ub) == Set(a).intersection(Set(b)).count)
        }
    }

    @Test("name tallies count mid-sentence names and remember which came first")
    func nameTallies() {
        let table = PassageWordTable()
        var tally = NameTally()
        let passages = [
            "Officials said Noah Price met Elena Ruiz in Cedar Falls.",
            "Price later said Ruiz agreed. Officials disagreed.",
            "Ruiz and Price, with Mayor Tomás Silva, spoke.",
        ]
        for (p, text) in passages.enumerated() {
            WordScanner.forEachWord(in: text, table: table) { tally.count($0, passage: p) }
            tally.endPassage()
        }
        func id(_ word: String) -> Int32 { WordScanner.words(in: word, table: table)[0].id }
        let names = tally.names
        // "Officials" opens sentences only: not a name. "Price" and "Ruiz" are, with their
        // sentence-initial uses added.
        #expect(names[id("officials")] == nil)
        #expect(names[id("price")] == 3)
        #expect(names[id("ruiz")] == 3)
        #expect(tally.firstSeen(id("officials")) < tally.firstSeen(id("noah")))
        #expect(tally.firstSeen(id("noah")) < tally.firstSeen(id("price")))
        #expect(tally.firstSeen(id("unseen")) == .max)
        #expect(tally.runs.map(\.passage) == [0, 0, 0, 2])
    }

    @Test("event mentions read their determiners, plurals and markers of another event", arguments: [
        ("The second call lasted 40 minutes.", true, true, false, false),
        ("A call lasted 40 minutes.", false, false, false, false),
        ("Calls lasted 40 minutes.", false, false, true, true),
        ("Talks lasted 40 minutes.", false, false, false, true),
        ("The call earlier lasted 40 minutes.", true, true, false, false),
        ("Their calls lasted 40 minutes.", true, false, true, false),
        ("Each of 3 March calls lasted 40 minutes.", false, false, true, true),
        ("In March 3 calls lasted 40 minutes.", true, false, true, false),
    ])
    func eventMentions(_ text: String, _ definite: Bool, _ distinct: Bool, _ plural: Bool, _ bare: Bool) throws {
        let table = PassageWordTable()
        let words = WordScanner.words(in: text, table: table)
        let span = try #require(words.firstIndex { table.text($0.id) == "40" })
        let mention = try #require(EventMention.find(subject: [], words: words, start: span, end: span + 1, table: table))
        #expect(mention.definite == definite, "\(text)")
        #expect(mention.distinct == distinct, "\(text)")
        #expect(mention.plural == plural, "\(text)")
        #expect(mention.bare == bare, "\(text)")
    }

    @Test("cue words compared by table id read the cues their text gave")
    func cuesByID() {
        var random = SplitMix64(seed: 23)
        let pieces = ["between", "from", "up", "to", "for", "down", "and", "or", "From", "UP", "To", "20", "35", "1,200",
                      "rose", "fell", "reached", "may", "not", "never", "denied", "called", "per", "a", "month", "monthly", "the", "budget",
                      "born", "Born", "b", "b.", "since", "full", "whole", "long", "days", "hours", "weeks", " full days",
                      " long hours", " whole week", " straight years",
                      " ", " ", " ", " ", ", ", ". ", " — "]
        for _ in 0..<300 {
            let passages = (0..<(1 + random.next(below: 3))).map { _ in
                random.text(of: pieces, fewerThan: 40)
            }
            // As in a run: the plan reads every passage with the table before any index is built.
            let table = PassageWordTable()
            for text in passages { WordScanner.forEachWord(in: text, table: table) { _ in } }
            let cueWords = IndexedClaim.CueWords(table: table)
            for text in passages {
                let words = WordScanner.words(in: text, table: table)
                for start in words.indices {
                    for end in (start + 1)...min(words.count, start + 2) {
                        #expect(IndexedClaim.cues(words, start: start, end: end, cueWords: cueWords)
                                    == ReferenceCues.cues(words, start: start, end: end, table: table), "\(text) \(start)..<\(end)")
                    }
                    #expect(IndexedClaim.isBirth(words, start: start, cueWords: cueWords)
                                == ReferenceCues.isBirth(words, start: start, table: table), "\(text) \(start)")
                    #expect(IndexedClaim.timeUnit(after: words, end: start, table: table, cueWords: cueWords)
                                == ReferenceCues.timeUnit(after: words, end: start, table: table), "\(text) \(start)")
                }
            }
        }
    }

    @Test("the longest common subsequence read from a flat table pairs the words the nested one did")
    func longestCommonSubsequence() {
        var random = SplitMix64(seed: 29)
        let vocabulary = ["you", "must", "have", "to", "leave", "venezuela", "now", "and", "save", "yourself"]
        for round in 0..<1_500 {
            // Mostly short quotes, some past the 120-word cap.
            let longest = round % 50 == 0 ? 150 : 25
            let a = (0..<random.next(below: longest)).map { _ in vocabulary[random.next(below: vocabulary.count)] }
            let b = (0..<random.next(below: longest)).map { _ in vocabulary[random.next(below: vocabulary.count)] }
            let (fast, reference) = (QuoteWording.lcs(a, b), Self.referenceLCS(a, b))
            #expect(fast.map(\.0) == reference.map(\.0) && fast.map(\.1) == reference.map(\.1), "\(a) \(b)")
        }
    }

    @Test("the longest common subsequence of two versions sharing a beginning and an end pairs the words the whole table did")
    func longestCommonSubsequenceOfVersions() {
        var random = SplitMix64(seed: 31)
        let vocabulary = ["you", "must", "have", "to", "leave", "venezuela", "now", "and", "save", "yourself"]
        func words(_ count: Int) -> [String] { (0..<count).map { _ in vocabulary[random.next(below: vocabulary.count)] } }
        for round in 0..<3_000 {
            // A quotation and a version of it: a few words changed, added or dropped anywhere,
            // the ends included; some past the 120-word cap.
            let a = words(random.next(below: round % 50 == 0 ? 150 : 30))
            var b = a
            for _ in 0..<random.next(below: 4) {
                let at = random.next(below: b.count + 1)
                switch random.next(below: 3) {
                case 0: b.insert(contentsOf: words(1 + random.next(below: 3)), at: at)
                case 1: if at < b.count { b.remove(at: at) }
                default: if at < b.count { b[at] = vocabulary[random.next(below: vocabulary.count)] }
                }
            }
            let (x, y) = round % 2 == 0 ? (a, b) : (b, a)
            let (fast, reference) = (QuoteWording.lcs(x, y), Self.referenceLCS(x, y))
            #expect(fast.map(\.0) == reference.map(\.0) && fast.map(\.1) == reference.map(\.1), "\(x) \(y)")
        }
    }

    /// The longest common subsequence as it was read from a table of nested arrays.
    static func referenceLCS(_ a: [String], _ b: [String]) -> [(Int, Int)] {
        let a = Array(a.prefix(120)), b = Array(b.prefix(120))
        let n = a.count, m = b.count
        guard n > 0, m > 0 else { return [] }
        var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < n, j < m {
            if a[i] == b[j] { pairs.append((i, j)); i += 1; j += 1 }
            else if table[i + 1][j] >= table[i][j + 1] { i += 1 }
            else { j += 1 }
        }
        return pairs
    }

    @Test("words are found in the table by their bytes lowercased, whatever their case")
    func tableFindsLowercasedBytes() {
        var random = SplitMix64(seed: 31)
        // ASCII capitals and the bytes on either side of them, other ASCII, and bytes over 0x7F
        // (which are not folded).
        let pieces: [UInt8] = [0x61, 0x41, 0x7A, 0x5A, 0x40, 0x5B, 0x60, 0x7B, 0x6D, 0x4D, 0x30, 0x27, 0xC3, 0xA9, 0x89, 0xE2]
        // The second table is handed a hash shared by all words of a length, so that their
        // bytes decide: with the real hash, two words are compared only when they hash alike.
        let table = PassageWordTable(capacity: 4), colliding = PassageWordTable(capacity: 4)
        var reference: [[UInt8]: Int32] = [:]
        for _ in 0..<5_000 {
            let word = (0...random.next(below: 4)).map { _ in pieces[random.next(below: pieces.count)] }
            let lowered = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            let expected = reference[lowered] ?? Int32(reference.count)
            reference[lowered] = expected
            #expect(word.withUnsafeBufferPointer { table.id(lowercasing: $0) } == expected, "\(word)")
            #expect(word.withUnsafeBufferPointer { colliding.id(lowercasing: $0, fnv: UInt64(word.count)) } == expected, "\(word)")
        }
    }

    @Test("looking a word up in the table adds nothing")
    func existingIDs() {
        let table = PassageWordTable()
        let words = WordScanner.words(in: "Prices rose from 20 to 35", table: table)
        #expect(table.existingID("from") == words[2].id)
        #expect(table.existingID("prices") == words[0].id)
        #expect(table.existingID("between") == nil)
        #expect(table.existingID("between") == nil)
        #expect(WordScanner.words(in: "between", table: table)[0].id == Int32(words.count))
    }

    /// The reader numbers spellings by their bytes: whatever it read before, each spelling reads
    /// as `PersonName` reads it, byte for byte (canonically equal spellings included, which a
    /// dictionary by `String` took for one).
    @Test("a name reader gives each spelling what reading it afresh gives")
    func nameReaderReadsAsWritten() {
        var random = SplitMix64(seed: 29)
        let pieces = ["Noah", "Price", "Sen.", "Marco", "Rubio", "Nicolás", "Nicola\u{301}s", "Maduro", "Guerra", "de", "la",
                      "Mr.", "O'Neill", "Zoë", "Zoe\u{308}", "MADURO", "rubio", "Jr.", "", " ", "  ", ",", "-", "’s", "2024"]
        for _ in 0..<100 {
            let table = PassageWordTable()
            let reader = PersonNameReader(table: table)
            for _ in 0..<40 {
                let raw = random.text(of: pieces, fewerThan: 5, separator: " ")
                let read = reader.name(raw), fresh = PersonName(raw)
                #expect(read?.tokens.map { Array($0.utf8) } == fresh?.tokens.map { Array($0.utf8) }, "\(raw)")
                #expect(read.map { Array($0.display.utf8) } == fresh.map { Array($0.display.utf8) }, "\(raw)")
            }
        }
    }

    /// The quote pairs number a quotation's words by table id where its token is the id's text:
    /// the ids say so truly, and the numbers are those numbering the tokens alone gives.
    @Test("quotation words numbered by table id get the numbers their tokens get")
    func quoteWordsNumberedByID() {
        var random = SplitMix64(seed: 31)
        let pieces = ["You", "must", "leave", "Venezuela", "the", "and", "of", "José", "JOSÉ", "jose", "Zoë", "don't",
                      "don’t", "1,200", "U.S.", "...", "…", "[Maduro]", "]", "“", " ", " ", " ", ", ", "save", "Save", "yourself"]
        for _ in 0..<200 {
            let table = PassageWordTable()
            var byID = QuotePairs.WordNumbers(), byToken = QuotePairs.WordNumbers()
            for _ in 0..<6 {
                let wording = QuoteWording(random.text(of: pieces, fewerThan: 30), table: table)
                #expect(wording.ids.count == wording.tokens.count)
                for (token, id) in zip(wording.tokens, wording.ids) {
                    if id >= 0 { #expect(table.text(id) == token) }
                    #expect(byID.number(token, id: id) == byToken.number(token), "\(token)")
                }
            }
        }
    }

    @Test("a name tally fed one word at a time counts what one over arrays of words counted")
    func streamedNameTallies() {
        var random = SplitMix64(seed: 17)
        let pieces = ["Noah", "Price", "Elena", "Ruiz", "Cedar", "Falls", "Al", "May", "Monday", "The", "New", "US", "2024",
                      "said", "met", "and", "in", "the", " ", " ", " ", ", ", ". ", "; ", "(", "“", "’s", "-", "Zoë", "ÉCOLE"]
        for _ in 0..<500 {
            let passages = (0..<random.next(below: 4)).map { _ in
                random.text(of: pieces, fewerThan: 30)
            }
            let table = PassageWordTable()
            var streamed = NameTally()
            var reference = ReferenceNameTally()
            for (p, text) in passages.enumerated() {
                WordScanner.forEachWord(in: text, table: table) { streamed.count($0, passage: p) }
                streamed.endPassage()
                reference.count(WordScanner.words(in: text, table: table), passage: p, table: table)
            }
            #expect(streamed.names == reference.names, "\(passages)")
            #expect(streamed.runs.map(\.passage) == reference.runs.map(\.passage), "\(passages)")
            #expect(streamed.runs.map(\.range) == reference.runs.map(\.range), "\(passages)")
            for id in reference.first.keys { #expect(streamed.firstSeen(id) == reference.first[id], "\(passages)") }
        }
    }

    /// The story plan looks up only the words that may be names (`forEachNameCandidate`): its
    /// tally, read with a table of its own, names the same words, as often, in the same order,
    /// with the same runs, as a tally of every word looked up; and the tally keeps count of
    /// hundreds of distinct names (its table of slots grows).
    @Test("a name tally of name candidates only counts what one of every word counted")
    func nameCandidateTallies() {
        var random = SplitMix64(seed: 19)
        var pieces = ["Noah", "Price", "Elena", "Ruiz", "Cedar", "Falls", "Al", "May", "Monday", "The", "New", "US", "2024",
                      "said", "met", "and", "in", "the", " ", " ", " ", ", ", ". ", "; ", "(", "“", "’s", "'s", "-", "Zoë",
                      "ÉCOLE", "Ærø", "élan", "U.S.", "Mar-a-Lago", "O'Neill", "3M", "x"]
        for _ in 0..<300 { pieces.append("N" + String(random.next(below: 1_000_000), radix: 36)) }
        for round in 0..<400 {
            let passages = (0..<random.next(below: 5)).map { _ in
                random.text(of: pieces, fewerThan: round % 4 == 0 ? 400 : 30)
            }
            let allTable = PassageWordTable(), candidateTable = PassageWordTable()
            var all = NameTally(), candidates = NameTally()
            for (p, text) in passages.enumerated() {
                var every: [WordScanner.Scanned] = [], some: [WordScanner.Scanned] = []
                WordScanner.forEachWord(in: text, table: allTable) { every.append($0); all.count($0, passage: p) }
                WordScanner.forEachNameCandidate(in: text, table: candidateTable) { some.append($0); candidates.count($0, passage: p) }
                all.endPassage()
                candidates.endPassage()
                #expect(some.map(\.range) == every.map(\.range), "\(text)")
                #expect(some.map(\.ascii) == every.map(\.ascii), "\(text)")
                for (word, looked) in zip(some, every) {
                    if looked.classes.contains(.capitalized) {
                        #expect(word.classes == looked.classes, "\(text)")
                        #expect(word.length == looked.length, "\(text)")
                        #expect(word.id >= 0 && candidateTable.text(word.id) == allTable.text(looked.id), "\(text)")
                    } else {
                        #expect(word.classes == looked.classes.intersection(Word.Classes.shape), "\(text)")
                    }
                }
            }
            func byText(_ tally: NameTally, _ table: PassageWordTable) -> [String: Int] {
                Dictionary(uniqueKeysWithValues: tally.names.map { (table.text($0.key), $0.value) })
            }
            #expect(byText(candidates, candidateTable) == byText(all, allTable), "\(passages)")
            #expect(candidates.counted.map { candidateTable.text($0.id) } == all.counted.map { allTable.text($0.id) })
            #expect(candidates.counted.map(\.first) == all.counted.map(\.first))
            #expect(candidates.runs.map(\.passage) == all.runs.map(\.passage), "\(passages)")
            #expect(candidates.runs.map(\.range) == all.runs.map(\.range), "\(passages)")
            // And against the tally over arrays of words, with many distinct names.
            var reference = ReferenceNameTally()
            for (p, text) in passages.enumerated() {
                reference.count(WordScanner.words(in: text, table: allTable), passage: p, table: allTable)
            }
            #expect(all.names == reference.names, "\(passages)")
            for id in reference.first.keys { #expect(all.firstSeen(id) == reference.first[id], "\(passages)") }
            for name in all.counted { #expect(name.first == reference.first[name.id]) }
        }
    }

    @Test("attributions sorted by word classes name what looking words up in sets named")
    func attributionsSortedByClasses() {
        var random = SplitMix64(seed: 13)
        let pieces = ["Reuters", "officials", "Officials", "a", "the", "poll", "Poll", "study", "Gallup", "Ipsos",
                      "Rodríguez", "Rodriguez", "DATA", "data", "per", "U.S.", "Éstudio", "according", "to", "of", "Pew", "Reports"]
        for _ in 0..<2_000 {
            let text = random.text(of: pieces, fewerThan: 8, separator: " ")
            let table = PassageWordTable()
            let words = WordScanner.words(in: text, table: table)
            var tokens = Set<String>()
            for word in words {
                let token = PersonName.fold(table.text(word.id))
                if !AttributionConflict.vagueSources.contains(token), !CheckLexicon.stopwords.contains(token),
                   !AttributionConflict.originWords.contains(token) {
                    tokens.insert(token)
                }
            }
            let origin = words.contains { AttributionConflict.originWords.contains(table.text($0.id)) }
            let read = AttributionConflict.sourceReading(words, table: table)
            #expect(read.tokens == tokens, "\(text)")
            #expect(read.origin == origin, "\(text)")
        }
    }

    @Test("a name registry keeps each full name once, as a set of whole names kept it")
    func registryKeepsNamesOnce() {
        var random = SplitMix64(seed: 11)
        let words = ["Delcy", "Jorge", "Rodríguez", "Rodriguez", "RODRÍGUEZ", "Marco", "Antonio", "Rubio", "Sen.", "de", "la", "Maduro"]
        for _ in 0..<500 {
            var registry = NameRegistry()
            var kept: [PersonName] = []
            var seen = Set<PersonName>()
            var singles: [PersonName] = []
            for _ in 0..<random.next(below: 24) {
                let raw = (0..<(1 + random.next(below: 4))).map { _ in words[random.next(below: words.count)] }.joined(separator: " ")
                guard let name = PersonName(raw) else { continue }
                registry.add(name)
                if name.tokens.count >= 2, seen.insert(name).inserted { kept.append(name) }
                if name.isSingle { singles.append(name) }
            }
            #expect(registry.fullNames == kept)
            // A bare surname resolves as the plain reading of the kept names resolves it.
            for single in singles {
                let people = kept.filter { $0.last == single.tokens[0] }.reduce(into: [PersonName]()) { people, name in
                    if let at = people.firstIndex(where: { $0.sameAs(name) }) {
                        if name.tokens.count > people[at].tokens.count { people[at] = name }
                    } else {
                        people.append(name)
                    }
                }
                let expected = people.isEmpty ? single : (people.count == 1 ? people[0] : nil)
                #expect(registry.resolve(single) == expected, "\(single)")
            }
        }
    }

    @Test("a name resolves to one with its own last word, which AgeArithmetic keys ages by")
    func resolvedNamesKeepTheirLastWord() {
        var random = SplitMix64(seed: 12)
        let words = ["Delcy", "Jorge", "Rodríguez", "Rodriguez", "Marco", "Antonio", "Rubio", "Sen.", "de", "la", "Maduro", "Guerra"]
        func name() -> PersonName? {
            PersonName((0..<(1 + random.next(below: 4))).map { _ in words[random.next(below: words.count)] }.joined(separator: " "))
        }
        var resolved = 0
        for _ in 0..<500 {
            var registry = NameRegistry()
            for _ in 0..<random.next(below: 12) { if let full = name() { registry.add(full) } }
            for _ in 0..<8 {
                guard let mention = name() else { continue }
                let full = registry.resolve(mention)
                #expect((full ?? mention).last == mention.last, "\(mention) resolved to \(String(describing: full))")
                if let full, full != mention { resolved += 1 }
            }
        }
        // The registries resolve some bare surnames to a longer name.
        #expect(resolved > 0)
    }

    @Test("a full name is its own resolution, and two full names compare alike in any registry")
    func fullNamesNeedNoRegistry() {
        var random = SplitMix64(seed: 13)
        let words = ["Delcy", "Jorge", "Rodríguez", "Rodriguez", "Marco", "Antonio", "Rubio", "Sen.", "de", "la", "Maduro", "Guerra"]
        func name() -> PersonName? {
            PersonName((0..<(1 + random.next(below: 3))).map { _ in words[random.next(below: words.count)] }.joined(separator: " "))
        }
        var same = 0, different = 0
        for _ in 0..<500 {
            var registry = NameRegistry()
            for _ in 0..<random.next(below: 12) { if let full = name() { registry.add(full) } }
            for _ in 0..<8 {
                guard let a = name(), let b = random.next(below: 2) == 0 ? PersonName(a.display) : name() else { continue }
                // CheckContext.resolve answers a full name without the registry.
                if !a.isSingle { #expect(registry.resolve(a) == a) }
                // CheckContext.samePerson answers two full names without the registry.
                if let fast = NameRegistry.sameFullNames(a, b) {
                    if fast { same += 1 } else { different += 1 }
                    #expect(registry.samePerson(a, b) == fast, "\(a) and \(b)")
                }
            }
        }
        #expect(same > 0 && different > 0)
    }
}

/// The name tally as it counted before words were handed to it one at a time: over the array of
/// a passage's words, runs kept as indices into it.
private struct ReferenceNameTally {
    var mid: [Int32: Int] = [:]
    var initial: [Int32: Int] = [:]
    var first: [Int32: Int] = [:]
    var runs: [(passage: Int, range: Range<Int>)] = []

    var names: [Int32: Int] {
        var merged: [Int32: Int] = [:]
        for (id, count) in mid where count > 0 { merged[id] = count + initial[id, default: 0] }
        return merged
    }

    mutating func count(_ words: [Word], passage: Int, table: PassageWordTable) {
        var runStart = -1
        func flush(_ end: Int) {
            if runStart >= 0, end - runStart >= 2, end - runStart <= 4 {
                runs.append((passage, words[runStart].range.lowerBound..<words[end - 1].range.upperBound))
            }
            runStart = -1
        }
        for (i, word) in words.enumerated() {
            let isName = word.isCapitalized && !word.isNumeric && !word.is([.notName, .month, .weekday])
            if isName {
                if word.afterPause { flush(i) }
                if runStart < 0 { runStart = i }
                if table.text(word.id).utf8.count >= 3 {
                    if first[word.id] == nil { first[word.id] = first.count }
                    if word.startsClause { initial[word.id, default: 0] += 1 } else { mid[word.id, default: 0] += 1 }
                }
            } else {
                flush(i)
            }
        }
        flush(words.count)
    }
}

/// The cues, birth dates and units of time as they were read before their words were compared
/// by table id: by text.
private enum ReferenceCues {
    static func isBirth(_ words: [Word], start: Int, table: PassageWordTable) -> Bool {
        var k = start - 1
        var distance = 0
        while k >= 0, distance < 3 {
            let text = table.text(words[k].id)
            if text == "born" || text == "b" { return true }
            if words[k].afterPause && text != "born" && distance > 0 { break }
            k -= 1
            distance += 1
        }
        return false
    }

    static func timeUnit(after words: [Word], end: Int, table: PassageWordTable) -> Double? {
        var k = end
        if k < words.count, ["full", "whole", "straight", "consecutive", "long"].contains(table.text(words[k].id)) { k += 1 }
        guard k < words.count, words[k].is(.timeUnit) else { return nil }
        switch table.text(words[k].id) {
        case "second", "seconds": return 1
        case "minute", "minutes": return 60
        case "hour", "hours": return 3_600
        case "day", "days": return 86_400
        case "week", "weeks": return 604_800
        case "month", "months": return 2_629_800
        default: return 31_557_600
        }
    }

    static func cues(_ words: [Word], start: Int, end: Int, table: PassageWordTable) -> IndexedClaim.Cues {
        func text(_ k: Int) -> String { table.text(words[k].id) }
        var cues: IndexedClaim.Cues = []
        var k = start - 1
        var distance = 0
        while k >= 0, distance < 8 {
            let word = words[k]
            if distance < 6 {
                if word.is(.strongChange) { cues.insert(.change) }
                if word.is(.change) { cues.insert(.evolving) }
            }
            if distance < 5, word.is(.modal) { cues.insert(.modal) }
            if distance < 4, word.is(.negation) { cues.insert(.negated) }
            if word.is(.function) {
                let w = text(k)
                if distance < 2, w == "between" || w == "from" { cues.insert(.range) }
                if w == "up", k + 1 < words.count, text(k + 1) == "to" { cues.insert(.modal) }
                if w == "for", k > 0, words[k - 1].is(.pleaVerb) { cues.insert(.modal) }
                if w == "up" || w == "down", k + 1 < words.count, text(k + 1) == "from" { cues.insert(.change) }
            }
            if word.startsClause { break }
            k -= 1
            distance += 1
        }
        k = end
        distance = 0
        while k < words.count, distance < 4 {
            let word = words[k]
            if word.startsClause { break }
            if word.is(.strongChange) { cues.insert(.change) }
            if word.is(.change), distance < 3 { cues.insert(.evolving) }
            if distance < 2, k + 1 < words.count, words[k + 1].isNumeric, text(k) == "to" || text(k) == "and" || text(k) == "or" {
                cues.insert(.range)
            }
            if distance < 3, word.is(.rateMarker), k + 1 < words.count, words[k + 1].is(.rateUnit) {
                cues.insert(.rate)
            }
            if distance < 2, word.is(.rateWord) { cues.insert(.rate) }
            k += 1
            distance += 1
        }
        if start > 0, text(start - 1) == "from", cues.contains(.range) || cues.contains(.evolving) {
            cues.insert(.change)
        }
        if start > 2, text(start - 1) == "to", words[0..<start].contains(where: { table.text($0.id) == "from" }),
           words[0..<start].contains(where: { $0.is(.change) }) {
            cues.insert(.change)
        }
        return cues
    }
}
