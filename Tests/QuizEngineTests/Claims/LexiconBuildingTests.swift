import Testing
@testable import QuizEngine

@Suite("Building the prose lexicon")
struct LexiconBuildingTests {
    /// The word lists as the lexicon first split them: by `Character`, on spaces and line breaks.
    private func keysByCharacters(_ words: String) -> [UInt64] {
        words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of(String($0)) }
    }

    @Test("splitting a word list on bytes gives the words splitting on characters gives")
    func byteSplitMatchesCharacterSplit() {
        var lists = ProseLexicon.wordLists.map(\.0)
        lists += [
            GivenNames.list, RoleWords.titles, RoleWords.roleNouns, RoleWords.familyNouns, RoleWords.modifiers,
            RoleWords.demonyms, PlaceGazetteer.singleWordPlaces,
        ]
        lists += ["", " ", "\n\n", "  a  b\n\nc ", "Bogotá São  Paulo", "i’ll don't\n", "é\u{301} x"]
        for list in lists {
            #expect(ProseLexicon.wordKeys(in: list) == keysByCharacters(list), "\(list.prefix(40))")
        }
    }
}

@Suite("Claim kind sets")
struct ClaimKindSetTests {
    @Test("a kind set holds exactly the kinds put in it", arguments: ClaimKind.allCases)
    func holdsItsKinds(kind: ClaimKind) {
        let one = ClaimKindSet(kind)
        for other in ClaimKind.allCases {
            #expect(one.contains(other) == (other == kind))
        }
        #expect(SentenceClaims.figureKinds.contains(kind) == ![.quote, .attribution, .role, .location].contains(kind))
        #expect(SentenceClaims.dateKinds.contains(kind) == [.date, .weekdayDate, .year, .span].contains(kind))
    }
}

@Suite("Lexicon word spellings")
struct LexiconSpellingTests {
    @Test("a cue word's spelling is its case name", arguments: CueWord.allCases)
    func cueWordSpelling(word: CueWord) {
        #expect(word.spelling == String(describing: word))
    }

    @Test("one-word places are the gazetteer's names without a space in them, as Characters see it")
    func singleWordPlaces() {
        let reference = PlaceGazetteer.entries.keys.filter { !$0.contains(where: { $0 == " " }) }.sorted()
        #expect(PlaceGazetteer.singleWordPlaces == reference.joined(separator: " "))
        #expect(reference.count > 100)
    }
}

@Suite("Reading the gazetteer")
struct GazetteerReadingTests {
    /// The table as the gazetteer first read it: split and trimmed by `Character`.
    private static func referenceEntries(_ table: String) -> [String: String] {
        func trimmed(_ piece: Substring) -> String {
            var s = piece
            while let first = s.first, first == " " { s.removeFirst() }
            while let last = s.last, last == " " { s.removeLast() }
            return String(s)
        }
        var entries: [String: String] = [:]
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map(trimmed)
            guard let parent = parts.last, parts.count == 2 else { continue }
            for place in parts[0].split(separator: ",") {
                entries[PlaceGazetteer.normalized(trimmed(place))] = parent
            }
        }
        for continent in ["Americas", "Europe", "Asia", "Africa", "Oceania", "Middle East", "Caribbean", "Latin America"]
        where entries[PlaceGazetteer.normalized(continent)] == nil {
            entries[PlaceGazetteer.normalized(continent)] = ""
        }
        return entries
    }

    @Test("reading the table on bytes gives the places and containers reading it by Character gave")
    func bytesMatchCharacters() {
        let reference = Self.referenceEntries(PlaceGazetteer.table)
        #expect(PlaceGazetteer.entries == reference)
        #expect(reference.count > 150)
        #expect(PlaceGazetteer.container(of: "Bogotá") == "Colombia")
    }
}
