import Foundation
import QuizEngine

/// The questions due for review, with the packs that hold them.
///
/// The schedule is replayed from the stored answers (`LeitnerSchedule`). A question is found
/// again in, by preference: the exact pack version it was answered in (its compiled JSON kept in
/// the store, or the file it was loaded from), then any pack with the same id given on the
/// command line, the built-in pack, or another stored version (question ids are stable across
/// compiles of a pack).
struct ReviewQueue {
    struct Entry {
        let item: LeitnerSchedule.Item
        let question: Question?
        let pack: CompiledPack?
    }

    let entries: [Entry]
    /// Pack ids some due question belongs to but no pack at hand holds.
    let missingPacks: [String]

    static func build(store: ProgressStore, player: String?, extraPacks: [CompiledPack], today: CalendarDate) throws -> ReviewQueue {
        let answers = try store.answers(player: player)
        let attempts = answers.map { stored in
            LeitnerSchedule.Attempt(
                packID: stored.record.packID, packFingerprint: stored.packFingerprint, questionID: stored.record.questionID,
                correct: stored.record.correct, skipped: stored.record.skipped, confidence: stored.record.confidence,
                day: LocalDay.of(stored.record.answeredAt)
            )
        }
        let items = LeitnerSchedule.ordered(LeitnerSchedule.items(from: attempts), on: today)
        let library = PackLibrary(stored: try store.packs(), extra: extraPacks)
        var missing: [String] = []
        let entries = items.map { item -> Entry in
            let found = library.question(item.questionID, packID: item.packID, fingerprint: item.packFingerprint)
            if found == nil, !missing.contains(item.packID) { missing.append(item.packID) }
            return Entry(item: item, question: found?.question, pack: found?.pack)
        }
        return ReviewQueue(entries: entries, missingPacks: missing)
    }

    func due(on day: CalendarDate) -> [Entry] { entries.filter { $0.item.isDue(on: day) } }
}

/// Every pack review can draw questions from, decoded lazily and once.
final class PackLibrary {
    private let stored: [ProgressStore.StoredPack]
    private let extra: [CompiledPack]
    private var decoded: [String: CompiledPack?] = [:]
    private lazy var builtIn: CompiledPack? = {
        if case let .success(pack) = PackLoader.builtIn() { return pack }
        return nil
    }()

    init(stored: [ProgressStore.StoredPack], extra: [CompiledPack]) {
        self.stored = stored
        self.extra = extra
    }

    func question(_ id: String, packID: String, fingerprint: String) -> (question: Question, pack: CompiledPack)? {
        for pack in candidates(packID: packID, fingerprint: fingerprint) {
            if let question = pack.questions.first(where: { $0.id == id }) { return (question, pack) }
        }
        return nil
    }

    /// Exact version first, then the same pack id from the command line, built in, or stored.
    private func candidates(packID: String, fingerprint: String) -> [CompiledPack] {
        var out: [CompiledPack] = []
        out += extra.filter { $0.fingerprint == fingerprint }
        if let builtIn, builtIn.fingerprint == fingerprint { out.append(builtIn) }
        for entry in stored where entry.fingerprint == fingerprint {
            if let pack = decode(entry) { out.append(pack) }
        }
        out += extra.filter { $0.id == packID && $0.fingerprint != fingerprint }
        if let builtIn, builtIn.id == packID, builtIn.fingerprint != fingerprint { out.append(builtIn) }
        for entry in stored.reversed() where entry.packID == packID && entry.fingerprint != fingerprint {
            if let pack = decode(entry) { out.append(pack) }
        }
        return out
    }

    private func decode(_ entry: ProgressStore.StoredPack) -> CompiledPack? {
        if let cached = decoded[entry.fingerprint] { return cached }
        var pack: CompiledPack?
        if let json = entry.compiledJSON {
            pack = try? JSONDecoder().decode(CompiledPack.self, from: json)
        }
        if pack == nil, let source = entry.source, case let .success(loaded) = PackLoader().load(source) {
            pack = loaded
        }
        decoded[entry.fingerprint] = pack
        return pack
    }
}
