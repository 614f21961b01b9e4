/// What a period after a word can mean, by the word.
///
/// The table is about English news: titles before names, company and name suffixes, months and
/// weekdays, U.S. states in AP style, and the Latin and reference abbreviations. Spelling is exact
/// ("Co" and "co" are both listed; "no" is not, because "no." is a word that ends sentences).
enum Abbreviation: Sendable {
    /// Titles that stand before a name ("Sen. Marco Rubio", "Mt. Fuji", "St. Michael's"): the period
    /// never ends the sentence.
    case title
    /// Can end a sentence or sit inside one ("Pitt, Briggs & Co. at noon" / "& Co. It closed";
    /// "the U.S. Government" / "the U.S. How about you?"; "Jan. 6"): the sentence ends only when an
    /// ordinary sentence-opening word follows.
    case ambiguous
    /// Always followed by more of the same sentence ("e.g.", "vs.", "approx.").
    case inner
    /// "a.m." and "p.m.": a time ends a sentence often ("He left the bank at 6 P.M. Mr. Smith then
    /// went to the store."), so any capitalised word after it starts a new one, except a weekday,
    /// month or time zone ("5 p.m. Friday"), and except after a sentence that is only the opening
    /// time phrase of the next ("At 5 a.m. Mr. Smith went to the bank.").
    case time

    /// How the word in `range` (the bytes just before a period, without leading quotes or
    /// brackets) reads as an abbreviation, or nil for an ordinary word.
    static func classify(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Abbreviation? {
        guard !range.isEmpty else { return nil }
        if let kind = table.value(text, range) { return kind }
        if isInitialism(text, range) { return .ambiguous }
        // "R-Fla." (AP style party and state), "ex-Gov.": the part after the last hyphen.
        var hyphen = range.upperBound - 1
        while hyphen > range.lowerBound, text[hyphen] != SegmenterBytes.hyphen { hyphen -= 1 }
        if hyphen > range.lowerBound, hyphen + 1 < range.upperBound,
           let kind = table.value(text, (hyphen + 1)..<range.upperBound) {
            return kind
        }
        return nil
    }

    /// A single letter ("E." in "Jonas E. Smith", "I." in "you and I.") or letters joined by
    /// periods ("U.S", "D.C", "U.S.A"): initials and initialisms, ambiguous by nature.
    static func isInitialism(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let count = range.count
        if count == 1 { return SegmenterBytes.isLetter(text[range.lowerBound]) }
        if count > 1, text[range.lowerBound] >= 0xC0 {
            // A single non-ASCII letter ("É.").
            let (scalar, length) = SegmenterBytes.scalar(text, at: range.lowerBound)
            return length == count && scalar.properties.isAlphabetic
        }
        guard count >= 3, count % 2 == 1 else { return false }
        var i = range.lowerBound
        while i < range.upperBound {
            guard SegmenterBytes.isLetter(text[i]) else { return false }
            if i + 1 < range.upperBound, text[i + 1] != SegmenterBytes.period { return false }
            i += 2
        }
        return true
    }

    static let table: WordTable<Abbreviation> = {
        var entries: [(String, Abbreviation)] = []
        func add(_ kind: Abbreviation, _ words: [String]) {
            entries += words.map { ($0, kind) }
        }
        add(.title, [
            "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs",
            "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Col", "Gen", "Gens", "Maj", "Capt", "Cpt",
            "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Spc", "Brig", "Rev", "Revd", "Hon", "Pres", "Supt",
            "Insp", "Det", "Atty", "Amb", "Msgr", "Fr", "Sec", "Secs", "Gov't", "Asst", "Assoc",
            "St", "Ste", "Mt", "Mts", "Ft", "Pt",
        ])
        add(.ambiguous, [
            // Name and company suffixes.
            "Jr", "jr", "Sr", "sr", "Esq", "Inc", "inc", "Corp", "corp", "Co", "co", "Cos", "Ltd", "ltd",
            "Bros", "bros", "Ph.D", "PhD", "al", "etc", "Etc",
            // Months and weekdays (AP style and common variants).
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
            // Places.
            "Ave", "ave", "Blvd", "blvd", "Rd", "rd", "Ln", "Hwy", "Pkwy", "Sq", "Dept", "dept", "Univ",
            "Assn", "Intl", "Natl", "Govt", "govt", "st", "mt",
            // U.S. states, AP style ("R-Fla.", "Sacramento, Calif.").
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
            "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
            "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo",
            // Before numbers ("No. 10", "p. 55", "Vol. 3", "N°. 1026").
            "No", "Nos", "Nr", "N°", "Nº", "nº", "Vol", "vol", "Vols", "vols", "Fig", "fig", "Figs", "figs",
            "Art", "Arts", "Ch", "ch", "Chap", "chap", "Pg", "pg", "pp", "Pp", "Op", "op", "Ed", "ed", "Eds",
            "eds", "Tel", "tel", "Ext", "ext", "Para", "para", "Sect", "sect",
            // Units written with a period.
            "mins", "hrs", "yrs", "lbs", "oz", "sq", "ft",
        ])
        add(.inner, [
            "e.g", "E.g", "i.e", "I.e", "vs", "Vs", "v", "cf", "Cf", "viz", "approx", "Approx", "ca",
            "a.k.a", "incl", "esp", "resp", "w.r.t",
        ])
        add(.time, ["a.m", "p.m", "A.M", "P.M"])
        return WordTable(entries)
    }()
}
