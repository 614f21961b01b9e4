/// The vocabulary of the quantity and date grammars, built once.
///
/// `table` maps a word to its entry in `entries`; the figure scan looks each word up once and
/// the grammars then read the entry's fields.
enum Lexicon {
    static let (table, entries, currencies, nationalities): (FoldedWordTable<Int32>, [Lexeme], [CurrencyWord], [[String: String]]) = build()
    /// Each entry's `classes` and whether it marks the future, apart, for the per-token pass.
    static let classes: [TokenClass] = entries.map(\.classes)
    static let marksFuture: [Bool] = entries.map { $0.roles.contains(.future) }

    private static func build() -> (FoldedWordTable<Int32>, [Lexeme], [CurrencyWord], [[String: String]]) {
        var builder = Builder()
        // Room for the whole vocabulary (about 800 words), so the dictionary is not rehashed as it grows.
        builder.entries.reserveCapacity(1_024)
        builder.addNumbers()
        builder.addCalendar()
        builder.addUnits()
        builder.addCurrencies()
        builder.addFunctionWords()
        builder.addClasses()
        let table = FoldedWordTable(builder.order.enumerated().map { ($0.element, Int32($0.offset)) })
        return (table, builder.order.map { builder.entries[$0]! }, builder.currencies, builder.nationalities)
    }

    private struct Builder {
        var order: [String] = []
        var entries: [String: Lexeme] = [:]
        var currencies: [CurrencyWord] = []
        var nationalities: [[String: String]] = []

        mutating func addCurrency(_ word: String, _ currency: CurrencyWord) {
            let index = Int16(currencies.count)
            currencies.append(currency)
            add(word) { $0.currency = index }
        }

        mutating func add(_ words: [String], _ change: (inout Lexeme) -> Void) {
            for word in words { add(word, change) }
        }

        /// One hash of the word, through the subscript with a default: looking it up, inserting
        /// it and looking it up again to change it was three, 0.8M instructions a compile.
        mutating func add(_ word: String, _ change: (inout Lexeme) -> Void) {
            let count = entries.count
            change(&entries[word, default: Lexeme()])
            if entries.count > count { order.append(word) }
        }

        mutating func addNumbers() {
            let cardinals = [
                "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            ]
            for (value, word) in cardinals.enumerated() {
                add(word) { $0.cardinal = value }
            }
            for word in ["nought", "naught"] { add(word) { $0.cardinal = 0 } }
            let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
            for (index, word) in tens.enumerated() {
                add(word) { $0.cardinal = (index + 2) * 10 }
            }
            let ordinals = [
                "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth",
            ]
            for (index, word) in ordinals.enumerated() {
                add(word) { $0.ordinal = index + 1 }
            }
            add("thirtieth") { $0.ordinal = 30 }
            // Fraction words, singular and plural. "second" is not one ("two seconds" is time).
            for (index, word) in ordinals.enumerated() where index >= 2 {
                add(word) { $0.denominator = index + 1 }
                add(word + "s") { $0.denominator = index + 1 }
            }
            for word in ["half", "halves"] { add(word) { $0.denominator = 2 } }
            for word in ["quarter", "quarters"] { add(word) { $0.denominator = 4 } }
            for (word, value) in [("hundredth", 100), ("thousandth", 1_000), ("millionth", 1_000_000)] {
                add(word) { $0.denominator = value }
                add(word + "s") { $0.denominator = value }
            }
            let scales: [(String, Double)] = [
                ("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
                ("lakh", 1e5), ("crore", 1e7),
            ]
            for (word, value) in scales { add(word) { $0.scale = value } }
            add("dozen") { $0.scale = 12 }
            let short: [(String, Double)] = [
                ("k", 1e3), ("m", 1e6), ("mn", 1e6), ("mln", 1e6), ("mil", 1e6), ("mm", 1e6), ("b", 1e9),
                ("bn", 1e9), ("bln", 1e9), ("tn", 1e12), ("tln", 1e12), ("lakhs", 1e5), ("crores", 1e7),
                ("dozens", 12),
            ]
            for (word, value) in short { add(word) { $0.shortScale = value } }
            let vague: [(String, ClosedRange<Double>)] = [
                ("dozens", 24...99), ("hundreds", 200...999), ("thousands", 2_000...999_999),
                ("millions", 2e6...999e6), ("billions", 2e9...999e9), ("tens", 20...99),
            ]
            for (word, range) in vague { add(word) { $0.vagueCount = range } }
            let decades = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
            for (index, word) in decades.enumerated() { add(word) { $0.decadeOfLife = (index + 2) * 10 } }
        }

        mutating func addCalendar() {
            let months = [
                "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december",
            ]
            for (index, word) in months.enumerated() {
                add(word) { $0.month = index + 1 }
            }
            for word in ["may", "march"] { add(word) { $0.monthNeedsCue = true } }
            let abbreviations: [(String, Int)] = [
                ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
                ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
            ]
            for (word, month) in abbreviations {
                add(word) { $0.month = month; $0.monthIsAbbreviation = true }
            }
            let weekdays: [(String, Weekday, Bool)] = [
                ("monday", .monday, false), ("tuesday", .tuesday, false), ("wednesday", .wednesday, false),
                ("thursday", .thursday, false), ("friday", .friday, false), ("saturday", .saturday, false),
                ("sunday", .sunday, false), ("mon", .monday, true), ("tue", .tuesday, false),
                ("tues", .tuesday, false), ("wed", .wednesday, true), ("weds", .wednesday, false),
                ("thu", .thursday, false), ("thur", .thursday, false), ("thurs", .thursday, false),
                ("fri", .friday, false), ("sat", .saturday, true), ("sun", .sunday, true),
            ]
            for (word, day, needsCue) in weekdays {
                add(word) { $0.weekday = day; $0.weekdayNeedsCue = needsCue }
            }
            let relatives: [(String, Lexeme.Relative)] = [
                ("today", .today), ("tonight", .tonight), ("yesterday", .yesterday), ("tomorrow", .tomorrow),
                ("tmrw", .tomorrow), ("ago", .ago), ("later", .later), ("earlier", .earlier), ("before", .before),
                ("after", .after), ("following", .following), ("next", .next), ("last", .last), ("this", .this),
                ("past", .past), ("previous", .previous), ("coming", .coming), ("same", .same), ("now", .now),
                ("weekend", .weekend), ("hence", .hence), ("upcoming", .coming), ("prior", .previous),
            ]
            for (word, relative) in relatives {
                add(word) { $0.relative = relative }
            }
        }

        mutating func addUnits() {
            let units: [(String, Double, Bool)] = [
                ("second", 1, false), ("seconds", 1, false), ("sec", 1, true), ("secs", 1, true), ("s", 1, true),
                ("minute", 60, false), ("minutes", 60, false), ("min", 60, true), ("mins", 60, true),
                ("hour", 3_600, false), ("hours", 3_600, false), ("hr", 3_600, true), ("hrs", 3_600, true),
                ("h", 3_600, true), ("day", 86_400, false), ("days", 86_400, false),
                ("week", 604_800, false), ("weeks", 604_800, false), ("wk", 604_800, true), ("wks", 604_800, true),
                ("fortnight", 1_209_600, false), ("fortnights", 1_209_600, false),
                ("month", 2_592_000, false), ("months", 2_592_000, false),
                ("year", 31_536_000, false), ("years", 31_536_000, false), ("yr", 31_536_000, true),
                ("yrs", 31_536_000, true), ("decade", 315_360_000, false), ("decades", 315_360_000, false),
                ("century", 3_153_600_000, false), ("centuries", 3_153_600_000, false),
            ]
            for (word, seconds, abbreviated) in units {
                add(word) {
                    $0.unitSeconds = seconds
                    $0.unitIsAbbreviation = abbreviated
                }
            }
            // Quantifier words the duration grammar reads ("full day", "several days").
            add(["few", "several", "couple", "all", "full", "whole", "entire", "minus", "negative", "handful"]) { _ in }
            for word in ["percent", "percents", "percentage", "percentages", "pct", "cent"] {
                add(word) { $0.percent = true }
            }
        }

        mutating func addCurrencies() {
            let words: [(String, String, String, Double)] = [
                ("dollar", "dollar", "USD", 1), ("dollars", "dollar", "USD", 1), ("buck", "dollar", "USD", 1),
                ("bucks", "dollar", "USD", 1), ("cent", "dollar", "USD", 0.01), ("cents", "dollar", "USD", 0.01),
                ("euro", "euro", "EUR", 1), ("euros", "euro", "EUR", 1), ("eurocent", "euro", "EUR", 0.01),
                ("eurocents", "euro", "EUR", 0.01), ("pound", "pound", "GBP", 1), ("pounds", "pound", "GBP", 1),
                ("sterling", "pound", "GBP", 1), ("pence", "pound", "GBP", 0.01), ("penny", "pound", "GBP", 0.01),
                ("pennies", "pound", "GBP", 0.01), ("yen", "yen", "JPY", 1), ("yuan", "yuan", "CNY", 1),
                ("renminbi", "yuan", "CNY", 1), ("kuai", "yuan", "CNY", 1), ("franc", "franc", "franc", 1),
                ("francs", "franc", "franc", 1), ("peseta", "peseta", "ESP", 1), ("pesetas", "peseta", "ESP", 1),
                ("markka", "markka", "FIM", 1), ("markkaa", "markka", "FIM", 1), ("guilder", "guilder", "NLG", 1),
                ("guilders", "guilder", "NLG", 1), ("lira", "lira", "lira", 1), ("lire", "lira", "lira", 1),
                ("rupee", "rupee", "rupee", 1), ("rupees", "rupee", "rupee", 1), ("peso", "peso", "peso", 1),
                ("pesos", "peso", "peso", 1), ("bolivar", "bolivar", "VES", 1), ("bolivars", "bolivar", "VES", 1),
                ("reais", "real", "BRL", 1), ("rouble", "rouble", "RUB", 1), ("roubles", "rouble", "RUB", 1),
                ("ruble", "rouble", "RUB", 1), ("rubles", "rouble", "RUB", 1), ("rand", "rand", "ZAR", 1),
                ("shekel", "shekel", "ILS", 1), ("shekels", "shekel", "ILS", 1), ("dirham", "dirham", "AED", 1),
                ("dirhams", "dirham", "AED", 1), ("baht", "baht", "THB", 1), ("ringgit", "ringgit", "MYR", 1),
                ("zloty", "zloty", "PLN", 1), ("zlotys", "zloty", "PLN", 1), ("forint", "forint", "HUF", 1),
                ("forints", "forint", "HUF", 1), ("hryvnia", "hryvnia", "UAH", 1), ("naira", "naira", "NGN", 1),
                ("krona", "krona", "SEK", 1), ("kronor", "krona", "SEK", 1), ("krone", "krone", "krone", 1),
                ("kroner", "krone", "krone", 1), ("won", "won", "KRW", 1), ("mark", "mark", "DEM", 1),
                ("marks", "mark", "DEM", 1), ("dinar", "dinar", "dinar", 1), ("dinars", "dinar", "dinar", 1),
                ("riyal", "riyal", "SAR", 1), ("riyals", "riyal", "SAR", 1), ("mao", "yuan", "CNY", 0.1),
                ("bitcoin", "bitcoin", "BTC", 1), ("bitcoins", "bitcoin", "BTC", 1),
                ("satoshi", "bitcoin", "BTC", 1e-8), ("satoshis", "bitcoin", "BTC", 1e-8),
            ]
            for (word, family, code, factor) in words {
                addCurrency(word, CurrencyWord(family: family, code: code, factor: factor))
            }
            let codes = [
                "usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "cad", "aud", "nzd", "hkd", "sgd", "mxn", "inr",
                "brl", "rub", "zar", "krw", "sek", "nok", "dkk", "ves", "ars", "clp", "ils", "aed", "thb", "myr",
                "pln", "huf", "uah", "ngn", "egp", "btc", "twd", "php", "idr", "pkr", "lkr", "xbt",
            ]
            for code in codes {
                let iso = code == "rmb" ? "CNY" : code == "xbt" ? "BTC" : code.uppercased()
                addCurrency(code, CurrencyWord(family: iso, code: iso, isCode: true))
            }
            // "MUSD", "MEUR": millions of a currency, in financial reports (read by the money grammar).
            for code in codes where code.count == 3 { add("m" + code) { $0.classes.insert(.currency) } }
            for code in ["try", "cup"] {
                let iso = code.uppercased()
                addCurrency(code, CurrencyWord(family: iso, code: iso, isCode: true, needsCapitals: true))
            }
            let nationalities: [(String, [String: String])] = [
                ("us", ["dollar": "USD"]), ("american", ["dollar": "USD"]),
                ("canadian", ["dollar": "CAD"]), ("australian", ["dollar": "AUD"]),
                ("zealand", ["dollar": "NZD"]), ("kong", ["dollar": "HKD"]),
                ("singapore", ["dollar": "SGD"]), ("singaporean", ["dollar": "SGD"]),
                ("taiwan", ["dollar": "TWD"]), ("taiwanese", ["dollar": "TWD"]),
                ("mexican", ["peso": "MXN"]), ("cuban", ["peso": "CUP"]), ("argentine", ["peso": "ARS"]),
                ("argentinian", ["peso": "ARS"]), ("colombian", ["peso": "COP"]), ("chilean", ["peso": "CLP"]),
                ("philippine", ["peso": "PHP"]), ("dominican", ["peso": "DOP"]),
                ("swiss", ["franc": "CHF"]), ("french", ["franc": "FRF"]), ("belgian", ["franc": "BEF"]),
                ("turkish", ["lira": "TRY"]), ("italian", ["lira": "ITL"]),
                ("indian", ["rupee": "INR"]), ("pakistani", ["rupee": "PKR"]), ("lankan", ["rupee": "LKR"]),
                ("nepalese", ["rupee": "NPR"]), ("chinese", ["yuan": "CNY"]), ("japanese", ["yen": "JPY"]),
                ("egyptian", ["pound": "EGP"]), ("british", ["pound": "GBP"]), ("lebanese", ["pound": "LBP"]),
                ("danish", ["krone": "DKK"]), ("norwegian", ["krone": "NOK"]), ("swedish", ["krona": "SEK"]),
                ("korean", ["won": "KRW"]), ("german", ["mark": "DEM"]), ("deutsche", ["mark": "DEM"]),
                ("jordanian", ["dinar": "JOD"]), ("kuwaiti", ["dinar": "KWD"]), ("iraqi", ["dinar": "IQD"]),
                ("saudi", ["riyal": "SAR"]), ("brazilian", ["real": "BRL"]), ("russian", ["rouble": "RUB"]),
                ("venezuelan", ["bolivar": "VES"]), ("african", ["rand": "ZAR"]), ("finnish", ["markka": "FIM"]),
                ("dutch", ["guilder": "NLG"]), ("spanish", ["peseta": "ESP"]), ("israeli", ["shekel": "ILS"]),
                ("thai", ["baht": "THB"]), ("polish", ["zloty": "PLN"]), ("hungarian", ["forint": "HUF"]),
                ("ukrainian", ["hryvnia": "UAH"]), ("nigerian", ["naira": "NGN"]), ("emirati", ["dirham": "AED"]),
                ("moroccan", ["dirham": "MAD"]), ("irish", ["pound": "IEP"]), ("scottish", ["pound": "GBP"]),
                ("sterling", [:]),
            ]
            for (word, codes) in nationalities {
                let index = Int16(self.nationalities.count)
                self.nationalities.append(codes)
                add(word) { $0.nationality = index }
            }
        }

        /// Derives each word's `TokenClass` from what it means, once everything is added.
        mutating func addClasses() {
            add(["a", "an"]) { $0.classes.insert(.article) }
            add("the") { $0.classes.insert(.the) }
            add(["minus", "negative"]) { $0.classes.insert(.numberWord) }
            add(["few", "several", "some", "couple", "all", "full", "whole", "entire", "another"]) { $0.classes.insert(.quantifier) }
            add(["aged", "age", "his", "her", "their"]) { $0.classes.insert(.ageWord) }
            add(["since", "from", "between"]) { $0.classes.insert(.spanWord) }
            add("per") { $0.classes.insert(.percent) }
            add(["old", "yo", "age"]) { $0.classes.insert(.ageWord) }
            add(["year", "decade"]) { $0.classes.insert(.spanWord) }
            // Letters written before "$": "US$", "C$", "HK$", "u.s $".
            add(["us", "u", "c", "ca", "can", "au", "nz", "hk", "s", "sg", "mex", "mx", "r", "nt"]) { $0.classes.insert(.currency) }
            for word in order {
                var lexeme = entries[word]!
                if lexeme.cardinal != nil || lexeme.scale != nil || lexeme.vagueCount != nil || lexeme.denominator != nil {
                    lexeme.classes.insert(.numberWord)
                }
                if lexeme.month != nil { lexeme.classes.insert(.month) }
                if lexeme.weekday != nil { lexeme.classes.insert(.weekday) }
                if lexeme.relative != nil { lexeme.classes.insert(.relative) }
                if lexeme.ordinal != nil { lexeme.classes.insert(.ordinal) }
                if lexeme.unitSeconds != nil { lexeme.classes.insert(.unit) }
                if lexeme.currency >= 0 { lexeme.classes.insert(.currency) }
                if lexeme.percent { lexeme.classes.insert(.percent) }
                entries[word] = lexeme
            }
        }

        mutating func addFunctionWords() {
            add(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
                 "your", "some", "any", "each", "every", "no", "another", "such", "both", "either", "neither"]) {
                $0.roles.insert(.determiner)
            }
            add(["of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "over", "under", "into",
                 "onto", "than", "since", "during", "after", "before", "between", "among", "amid", "amidst",
                 "across", "through", "throughout", "against", "without", "within", "toward", "towards", "like",
                 "as", "until", "till", "upon", "per", "via", "near", "around", "beyond", "despite", "including",
                 "off", "behind", "above", "below", "beside", "besides", "inside", "outside", "versus", "vs", "unlike",
                 "worth"]) {
                $0.roles.insert(.preposition)
            }
            add(["in", "since", "during", "by", "until", "till", "through", "throughout", "from", "before", "after",
                 "on", "as", "of"]) {
                $0.roles.insert(.timePreposition)
            }
            add(["and", "or", "but", "nor", "yet", "so", "while", "whereas", "although", "though", "because",
                 "if", "whether", "that", "which", "who", "whom", "whose", "where", "when", "than", "as", "then",
                 "unless", "once"]) {
                $0.roles.insert(.conjunction)
            }
            add(["he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "hers", "theirs",
                 "itself", "himself", "herself", "themselves", "there", "here", "what", "whoever", "everyone",
                 "someone", "anyone", "nobody", "everybody", "somebody"]) {
                $0.roles.insert(.pronoun)
            }
            add(["is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
                 "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should",
                 "get", "gets", "got"]) {
                $0.roles.insert(.auxiliary)
            }
            add(["said", "says", "say", "told", "tell", "tells", "rose", "risen", "fell", "fallen", "grew",
                 "grown", "sank", "sunk", "shrank", "shrunk", "hit", "cost", "costs", "paid", "pays", "spent",
                 "lost", "won", "took", "taken", "gave", "given", "made", "left", "brought", "bought", "sold",
                 "held", "stood", "stands", "went", "gone", "came", "come", "saw", "seen", "put", "set", "kept",
                 "ran", "found", "began", "begun", "meant", "drew", "drawn", "drove", "flew", "froze", "frozen",
                 "born", "became", "become", "becomes", "lasts", "totals", "tops", "exceeds", "reaches",
                 "remains", "remain", "means", "spoke", "spoken", "wrote", "written", "fled", "led", "sent",
                 "met", "knew", "known", "thought", "felt", "heard", "struck", "swore", "sworn", "rang", "stole",
                 "bore", "tore", "wore", "chose", "chosen", "broke", "broken", "shot", "fought", "sought", "won",
                 "died", "killed", "estimated", "hung", "lay", "laid", "sat", "rode", "shook", "slept", "fell", "hid", "numbered", "reported", "reportedly", "claimed", "affected"]) {
                $0.roles.insert(.verb)
            }
            add(["reportedly", "allegedly", "also", "only", "just", "still", "even", "already", "roughly", "then",
                 "again", "ever", "never", "once", "recently", "currently", "previously", "nearly", "almost",
                 "about", "around", "approximately", "some", "exactly", "precisely", "barely", "merely",
                 "respectively", "now", "apparently", "indeed", "instead", "however", "meanwhile", "finally", "up", "down"]) {
                $0.roles.insert(.adverb)
            }
            add(["will", "ll", "i'll", "we'll", "you'll", "he'll", "she'll", "they'll", "it'll", "shall", "next", "upcoming", "coming", "tomorrow", "tmrw", "plans", "planned",
                 "scheduled", "expected", "due", "going", "set", "later"]) {
                $0.roles.insert(.future)
            }
            add(["per", "a", "an", "each", "every"]) { $0.roles.insert(.rate) }
            add(["small", "large", "big", "tiny", "huge", "high", "low", "significant", "substantial", "sizable",
                 "sizeable", "certain", "growing", "larger", "smaller", "higher", "lower", "greater", "modest",
                 "considerable", "minor", "major", "fair", "good", "great", "majority", "minority"]) {
                $0.roles.insert(.sizeAdjective)
            }
            add(["daily", "weekly", "monthly", "yearly", "quarterly", "hourly", "nightly", "annually", "early",
                 "family", "july", "italy", "elderly", "likely", "deadly", "costly", "early"]) {
                $0.roles.insert(.timeAdjective)
            }
        }
    }
}
