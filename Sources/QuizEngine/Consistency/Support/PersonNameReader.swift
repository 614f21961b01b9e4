/// Reads people's names from text, each distinct spelling once per check run.
///
/// The same few names come back again and again: a speaker quoted five times, a surname in
/// every claim about someone, the full names of a story read into its registry. Reading one
/// splits it into words and folds them (thousands of instructions); looking it up again is one
/// dictionary probe. A class, because the claims index and the checks share it while they read;
/// one run (one `CheckContext`) owns it, on one thread.
final class PersonNameReader {
    let table: PassageWordTable
    private var known: [String: PersonName?] = [:]

    init(table: PassageWordTable) {
        self.table = table
    }

    /// The name `raw` spells, as `PersonName(raw, table:)` reads it.
    func name(_ raw: String) -> PersonName? {
        if let cached = known[raw] { return cached }
        let name = PersonName(raw, table: table)
        known[raw] = name
        return name
    }
}
