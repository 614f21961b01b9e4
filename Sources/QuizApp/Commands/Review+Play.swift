#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import QuizEngine

extension Review {
    /// Plays the due questions through the game's session loop, in review mode: feedback after
    /// each answer, every answer saved to the progress store, where it moves the question
    /// between boxes.
    func play(_ queue: ReviewQueue, today: CalendarDate, console: Console, store: ProgressStore) throws {
        let due = queue.due(on: today).filter { $0.question != nil && $0.pack != nil }
        guard !due.isEmpty else {
            let later = queue.entries.filter { !$0.item.isDue(on: today) }
            if let next = later.map(\.item.due).min() {
                let count = later.count { $0.item.due == next }
                console.write("Nothing due for review today. Next: \(next.longDescription) (\(count) question\(count == 1 ? "" : "s")). `factquiz review --list` shows the queue.\n")
            } else if queue.entries.isEmpty {
                console.write("Nothing to review: no missed or unsure questions. Well done.\n")
            } else {
                console.write("The questions due for review come from packs that were not found (see above).\n")
            }
            return
        }
        let questions = due.prefix(count).compactMap { entry in
            entry.question.flatMap { question in entry.pack.map { SessionQuestion(question: question, pack: $0) } }
        }
        let playerName = try Self.queuePlayer(player, store: store) ?? Self.loginName
        var packs: [CompiledPack] = []
        for question in questions where !packs.contains(where: { $0.fingerprint == question.pack.fingerprint }) {
            packs.append(question.pack)
        }
        let made = SessionRecorders.make(.init(player: playerName, resultsDirectory: nil, packs: packs))
        for warning in made.warnings { console.error("factquiz: \(TerminalSafeText.escape(warning, singleLine: true))") }
        let recording = SessionRecording(recorders: made.recorders) { console.error("factquiz: " + $0) }
        let interactive = isatty(STDIN_FILENO) != 0 && console.stdoutIsTerminal
        let reader: any LineReader = interactive
            ? ReadlineLineReader(
                historyPath: try? DataDirectory.ensure() + "/history", highlightPrompt: console.outStyle.enabled,
                dumbTerminal: Environment.current["TERM"] == "dumb"
            )
            : StandardInputLineReader(console: console)
        var replay = "factquiz review"
        if let player { replay += " --player " + TerminalSafeText.escape(player, singleLine: true) }
        var loop = GameLoop(
            session: QuizSession(
                id: UUID().uuidString.lowercased(), player: playerName, mode: .review, seed: 0,
                questions: questions, startedAt: Date()
            ),
            reader: reader, console: console, recording: recording, replay: replay,
            width: { TerminalWidth.current(isTerminal: console.stdoutIsTerminal) }, clock: Date.init
        )
        loop.run()
    }

    /// The name the game records under when no `--player` is given.
    static var loginName: String {
        for key in ["USER", "LOGNAME"] {
            if let name = Environment.current[key], !name.isEmpty { return name }
        }
        return "player"
    }
}
