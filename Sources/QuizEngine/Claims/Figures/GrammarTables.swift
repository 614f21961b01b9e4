/// Every table the figure grammars read, built once and reached through one reference.
///
/// A `static let` costs a lazy-initialisation check (`swift_once`) on each access, several
/// hundred instructions on Linux; reading the tables through the scan's one reference to this
/// object costs a load.
final class GrammarTables: Sendable {
    static let shared = GrammarTables()

    let words: FoldedWordTable<Int32>
    let entries: [Lexeme]
    let classes: [TokenClass]
    let marksFuture: [Bool]
    let currencies: [CurrencyWord]
    let nationalities: [[String: String]]
    let hedgesBefore: FoldedWordTable<[([FoldedWordKey], Quantity.Hedge)]>
    let hedgesAfter: [([FoldedWordKey], Quantity.Hedge)]
    let dollarPrefixes: FoldedWordTable<(code: String, attachedOnly: Bool)>

    private init() {
        words = Lexicon.table
        entries = Lexicon.entries
        classes = Lexicon.classes
        marksFuture = Lexicon.marksFuture
        currencies = Lexicon.currencies
        nationalities = Lexicon.nationalities
        hedgesBefore = Hedges.beforeByLastWord
        hedgesAfter = Hedges.after
        dollarPrefixes = CurrencySigns.dollarPrefixes
    }
}
