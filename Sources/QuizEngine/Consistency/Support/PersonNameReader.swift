/// Reads people's names from text, each distinct spelling once per check run.
///
/// The same few names come back again and again: a speaker quoted five times, a surname in
/// every claim about someone, the full names of a story read into its registry. Reading one
/// splits it into words and folds them (thousands of instructions); looking it up again is one
/// probe. A class, because the claims index and the checks share it while they read; the story
/// plan holds one for the whole run, shared by the index of every batch, on one thread.
///
/// Spellings are numbered by their bytes (`ByteWordSet`): in a `[String: PersonName?]`, every
/// look-up hashed the spelling with SipHash and every new one hashed it twice, 0.2% of a
/// compile on 1,000 articles. Two spellings are one only when their bytes are, so each is
/// read as written.
final class PersonNameReader {
    let table: PassageWordTable
    private var spellings = ByteWordSet()
    /// By spelling number.
    private var names: [PersonName?] = []

    init(table: PassageWordTable) {
        self.table = table
    }

    /// The name `raw` spells, as `PersonName(raw, table:)` reads it.
    func name(_ raw: String) -> PersonName? {
        let (number, isNew) = spellings.number(raw)
        guard isNew else { return names[number] }
        let name = PersonName(raw, table: table)
        names.append(name)
        return name
    }
}
