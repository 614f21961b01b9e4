/// Every table the figure grammars read, built once and reached through one reference.
///
/// A `static let` costs a lazy-initialisation check (`swift_once`) on each access, several
/// hundred instructions on Linux; reading the tables through the scan's one reference to this
/// object costs a load.
final class GrammarTables: Sendable {
    static let shared = GrammarTables()

    let words: FoldedWordTable<Int32>
    /// `words` with what the figure scan's per-token pass reads of each entry.
    let tokenWords: FoldedWordTable<TokenWord>
    let entries: [Lexeme]
    let classes: [TokenClass]
    let currencies: [CurrencyWord]
    let nationalities: [[String: String]]
    let hedgesBefore: FoldedWordTable<[([FoldedWordKey], Quantity.Hedge)]>
    let hedgesAfter: [([FoldedWordKey], Quantity.Hedge)]
    let dollarPrefixes: FoldedWordTable<(code: String, attachedOnly: Bool)>

    private init() {
        words = Lexicon.table
        tokenWords = Lexicon.table.mapValues { lexeme in
            TokenWord(lexeme: lexeme, classes: Lexicon.classes[Int(lexeme)], marksFuture: Lexicon.marksFuture[Int(lexeme)])
        }
        entries = Lexicon.entries
        classes = Lexicon.classes
        currencies = Lexicon.currencies
        nationalities = Lexicon.nationalities
        hedgesBefore = Hedges.beforeByLastWord
        hedgesAfter = Hedges.after
        dollarPrefixes = CurrencySigns.dollarPrefixes
    }
}

/// What `FigureScan` reads of a word's `Lexicon` entry for every token: the entry's index, the
/// classes it can begin and whether it marks the future.
struct TokenWord: Sendable {
    let lexeme: Int32
    let classes: TokenClass
    let marksFuture: Bool
}
