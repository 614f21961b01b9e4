import ArgumentParser
import Foundation
import QuizEngine

/// `factquiz review`: spaced repetition of missed and unsure questions.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review the questions you missed or were unsure of, due ones first (Leitner boxes).",
        discussion: """
        Every question you miss (or skip, or answer right but unsure: `t?`, or below 70%) goes \
        into box 1 and is due at once. Answer it right and sure on its due day and it moves up a \
        box: due again after 1, 3, 7 and 14 days; right in box 5 and it is retired. A miss sends \
        it back to box 1. Questions come from every pack you have played; a pack not found is \
        named, and you can pass it as an argument.

        Examples:
          factquiz review
          factquiz review --list
          factquiz review --count 5 --player alice
          factquiz review my-pack.json
        """
    )

    @Argument(help: "Packs (compiled .json or folders) to find review questions in, besides those remembered.")
    var packs: [String] = []

    @Flag(help: "List the review queue (due first) instead of playing it.")
    var list = false

    @Option(help: "At most this many questions in the session.")
    var count: Int = 10

    @Option(help: "Only this player's answers (default: everyone's on this machine).")
    var player: String?

    /// Whose misses to review: `--player`, else the only player on this machine, else the login
    /// name when it has played here, else everyone's.
    static func queuePlayer(_ given: String?, store: ProgressStore) throws -> String? {
        if let given { return given }
        let players = try store.players()
        if players.count == 1 { return players[0] }
        return players.contains(loginName) ? loginName : nil
    }

    func validate() throws {
        if count < 1 { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let console = Console.standard
        var extra: [CompiledPack] = []
        for path in packs {
            switch PackLoader().load(path) {
            case let .success(pack): extra.append(pack)
            case let .failure(failure):
                console.report(failure.diagnostics, sources: failure.sources)
                throw ExitCode.failure
            }
        }
        var notices: [String] = []
        let store: ProgressStore?
        do {
            store = try ProgressStore.openExisting(notices: &notices)
        } catch {
            console.error("factquiz: error: \(error)")
            throw ExitCode.failure
        }
        for notice in notices { console.error("factquiz: warning: \(notice)") }
        guard let store else {
            console.write("Nothing to review yet: play a session first (`factquiz`), then review what you missed.\n")
            return
        }
        let today = LocalDay.today
        let queue: ReviewQueue
        do {
            queue = try ReviewQueue.build(store: store, player: try Self.queuePlayer(player, store: store), extraPacks: extra, today: today)
        } catch {
            console.error("factquiz: error: cannot read \(store.path): \(ProgressStore.reason(error))")
            throw ExitCode.failure
        }
        for pack in queue.missingPacks {
            console.error("factquiz: note: questions from pack '\(TerminalSafeText.escape(pack, singleLine: true))' are due but the pack was not found; pass it: factquiz review PATH")
        }
        if list {
            console.write(ReviewListRenderer(style: console.outStyle, width: console.width).render(queue, today: today))
            return
        }
        try play(queue, today: today, console: console, store: store)
    }
}
