import ArgumentParser
import QuizEngine

/// `factquiz stats`: the learner's progress over time.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show your progress over time: accuracy per skill and per pack, and calibration.",
        discussion: """
        Everything comes from the progress database in your data folder \
        ($XDG_DATA_HOME/factquiz, by default ~/.local/share/factquiz), where every answer is \
        saved as you give it. Trends are drawn per day for your first two weeks, then per week \
        (the last 12 weeks). Calibration compares how sure you said you were (`t 90`, `t!`, \
        `t?`) with how often you were right.

        Examples:
          factquiz stats
          factquiz stats --player alice
          factquiz stats --format json | jq .skills
        """
    )

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Option(help: "Only this player's answers (default: everyone's on this machine).")
    var player: String?

    func run() throws {
        let console = Console.standard
        var notices: [String] = []
        let store: ProgressStore?
        do {
            store = try ProgressStore.openExisting(notices: &notices)
        } catch {
            console.error("factquiz: error: \(error)")
            throw ExitCode.failure
        }
        for notice in notices { console.error("factquiz: warning: \(notice)") }
        let today = LocalDay.today
        var stats = ProgressStats(entries: [], sessions: 0, today: today)
        if let store {
            do {
                let answers = try store.answers(player: player)
                let entries = answers.map { stored in
                    ProgressStats.Entry(
                        packID: stored.record.packID, packTitle: stored.packTitle, skills: stored.record.skills,
                        correct: stored.record.correct, confidence: stored.record.confidence,
                        points: stored.record.points, day: LocalDay.of(stored.record.answeredAt)
                    )
                }
                stats = ProgressStats(entries: entries, sessions: try store.sessionCount(player: player), today: today)
            } catch {
                console.error("factquiz: error: cannot read \(store.path): \(ProgressStore.reason(error))")
                throw ExitCode.failure
            }
        }
        switch format {
        case .json:
            var json = JSONWriter()
            json.statsDocument(stats, player: player)
            console.write(json.bytes)
        case .text:
            console.write(StatsTextRenderer(style: console.outStyle, width: console.width).render(stats, player: player))
        }
    }
}
