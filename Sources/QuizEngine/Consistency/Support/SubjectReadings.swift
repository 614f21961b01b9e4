/// The readings of claim subjects ("call", "poverty rate"), each distinct phrase read once for
/// the whole run.
///
/// Subjects recur from batch to batch: read again by each batch's index, 1,000 articles made
/// about 3,000 readings of 663 phrases. A reading is a phrase's words and topic, a few hundred
/// bytes, so keeping them all costs little memory even for 10,000 articles. The words are
/// split with the run's table, which every batch shares, so a reading made for one batch means
/// the same in the next. A class shared by a run's indexes (as `PhraseReadings`), on one thread.
final class SubjectReadings {
    private let table: PassageWordTable
    /// Phrases numbered by their bytes: hashing each claim's subject with SipHash for a
    /// dictionary was half of the string-keyed look-ups that cost 0.8% of a compile.
    private var numbers = ByteWordSet()
    /// By phrase number.
    private var readings: [IndexedClaim.SubjectReading] = []

    init(table: PassageWordTable) {
        self.table = table
    }

    /// The reading of `phrase`, read the first time it is asked for.
    func reading(_ phrase: String) -> IndexedClaim.SubjectReading {
        if phrase.isEmpty { return .empty }
        let (number, isNew) = numbers.number(phrase)
        if isNew { readings.append(IndexedClaim.SubjectReading(phrase, table: table)) }
        return readings[number]
    }
}
