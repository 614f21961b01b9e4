#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import QuizEngine

/// `factquiz play` (and `factquiz` alone): a quiz session on the built-in pack or the packs
/// named.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a quiz: the built-in pack, or the packs you name.",
        discussion: """
        Each question shows its kind and how to answer: t/f for true or false, s/c/n for fact \
        checks (supported, contradicted, not stated), letters for choices (b d for several). Add \
        how sure you are (t 80, t! sure, t? unsure) and the summary tells you whether your \
        confidence matched your results. Type :help during a game for the commands.

        The same packs, seed, count and filters give every player the same questions in the \
        same order.

        Examples:
          factquiz
          factquiz play --count 5 --kinds fact-check
          factquiz play pack.json --seed 2025 --mode exam --player ana --results out/
          factquiz play a/ b.json --skills numbers,dates --difficulty medium,hard
        """
    )

    @Argument(help: "Compiled packs (.json) or pack folders; none plays the built-in pack.")
    var packs: [String] = []

    @Option(help: "Same seed, same questions in the same order (give one seed to a whole class).")
    var seed: UInt64?

    @Option(help: "How many questions.")
    var count: Int = QuestionSelector.defaultCount

    @Option(help: ArgumentHelp(
        "Only questions training these skills, comma-separated: \(Skill.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "skills"
    ))
    var skills: [String] = []

    @Option(help: ArgumentHelp(
        "Only these kinds of question, comma-separated: \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")) (or tf, fc, spot, mc).",
        valueName: "kinds"
    ))
    var kinds: [String] = []

    @Option(help: ArgumentHelp("Only these difficulties, comma-separated: easy, medium, hard.", valueName: "levels"))
    var difficulty: [String] = []

    @Option(help: "practice: feedback after each answer; exam: no feedback, hints or score until the end.")
    var mode: PlayMode = .practice

    @Option(help: "Your name, for your progress and results files (default: your login name).")
    var player: String?

    @Option(help: ArgumentHelp("Also write a results file for the teacher into this folder.", valueName: "dir"))
    var results: String?

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count takes a number of questions above zero, not \(count)") }
        _ = try filter()
        if let player, player.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--player needs a name")
        }
        if results != nil, player == nil {
            throw ValidationError("--results needs --player NAME: results files are named after the player")
        }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let console = Console.standard
        let sources = try loadPacks(console: console)
        let loaded = sources.map(\.pack)
        let seed = self.seed ?? UInt64.random(in: 1...999_999)
        let filter = try self.filter()
        let questions = QuestionSelector(filter: filter, count: count).select(from: loaded, seed: seed)
        if questions.isEmpty {
            let total = loaded.reduce(0) { $0 + $1.questions.count }
            console.error("factquiz: error: no question matches \(filterDescription) (the \(loaded.count == 1 ? "pack has" : "packs have") \(total) questions)")
            throw ExitCode.failure
        }
        if questions.count < count, count != QuestionSelector.defaultCount {
            console.error("factquiz: note: only \(questions.count) questions match; playing all of them")
        }
        let playerName = player ?? Self.defaultPlayer
        let made = SessionRecorders.make(.init(
            player: playerName, resultsDirectory: results, packs: loaded,
            packJSON: Dictionary(sources.compactMap { source in source.json.map { (source.pack.fingerprint, $0) } }) { first, _ in first },
            packSource: self.packs.count == 1 ? Self.absolute(self.packs[0]) : nil
        ))
        for warning in made.warnings { console.error("factquiz: \(TerminalSafeText.escape(warning, singleLine: true))") }
        let recording = SessionRecording(recorders: made.recorders) { console.error("factquiz: " + $0) }

        let interactive = isatty(STDIN_FILENO) != 0 && console.stdoutIsTerminal
        let reader: any LineReader = interactive
            ? ReadlineLineReader(
                historyPath: Self.historyPath(console: console), highlightPrompt: console.outStyle.enabled,
                dumbTerminal: Environment.current["TERM"] == "dumb"
            )
            : StandardInputLineReader(console: console)
        var loop = GameLoop(
            session: QuizSession(
                id: UUID().uuidString.lowercased(), player: playerName, mode: mode.sessionMode, seed: seed,
                questions: questions, startedAt: Date()
            ),
            reader: reader, console: console, recording: recording, replay: replayCommand(seed: seed),
            width: { TerminalWidth.current(isTerminal: console.stdoutIsTerminal) }, clock: Date.init
        )
        loop.run()
    }
}

enum PlayMode: String, ExpressibleByArgument, CaseIterable {
    case practice
    case exam

    var sessionMode: SessionRecord.Mode {
        switch self {
        case .practice: .practice
        case .exam: .exam
        }
    }
}

private extension Play {
    static var defaultPlayer: String {
        let environment = Environment.current
        for key in ["USER", "LOGNAME"] {
            if let name = environment[key], !name.isEmpty { return name }
        }
        return "player"
    }

    /// The history file, or nil (history for this session only, said once) when the data
    /// folder cannot be made.
    static func historyPath(console: Console) -> String? {
        do {
            return try DataDirectory.ensure() + "/history"
        } catch {
            console.error("factquiz: input history cannot be saved: \(SessionRecording.describe(error))")
            return nil
        }
    }

    /// A pack path as the progress store remembers it, so `review` finds it from any folder.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let directory = FileManager.default.currentDirectoryPath
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }

    func loadPacks(console: Console) throws -> [PackLoader.Loaded] {
        let loader = PackLoader()
        var packs: [PackLoader.Loaded] = []
        var failed = false
        let results = self.packs.isEmpty
            ? [PackLoader.builtIn().map { PackLoader.Loaded(pack: $0, json: nil) }]
            : self.packs.map(loader.loadKeepingJSON)
        for result in results {
            switch result {
            case let .success(loaded): packs.append(loaded)
            case let .failure(failure):
                console.report(failure.diagnostics, sources: failure.sources)
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
        return packs
    }

    func filter() throws -> QuestionFilter {
        QuestionFilter(
            skills: Set(try Self.names(skills, option: "--skills", Skill.allCases, \.rawValue, aliases: [:])),
            kinds: Set(try Self.names(kinds, option: "--kinds", QuestionKind.allCases, \.rawValue, aliases: [
                "tf": .trueFalse, "fc": .factCheck, "mc": .multipleChoice, "spot": .spotTheInconsistency,
            ])),
            difficulties: Set(try Self.names(difficulty, option: "--difficulty", Difficulty.allCases, \.rawValue, aliases: [:]))
        )
    }

    /// Reads comma-separated names, each in full, by alias, or by a prefix naming one value
    /// (`dates` for dates-and-timelines).
    static func names<Value>(
        _ lists: [String], option: String, _ all: [Value], _ name: (Value) -> String, aliases: [String: Value]
    ) throws -> [Value] {
        var values: [Value] = []
        for raw in lists.flatMap({ $0.split(separator: ",") }) {
            let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if text.isEmpty { continue }
            if let value = all.first(where: { name($0) == text }) ?? aliases[text] {
                values.append(value)
                continue
            }
            let matches = all.filter { name($0).hasPrefix(text) }
            if matches.count == 1 {
                values.append(matches[0])
                continue
            }
            let known = all.map(name).joined(separator: ", ")
            throw ValidationError("\(option): unknown value '\(TerminalSafeText.escape(text, singleLine: true))'; choose from \(known)")
        }
        return values
    }

    var filterDescription: String {
        var parts: [String] = []
        if !skills.isEmpty { parts.append("--skills " + skills.joined(separator: ",")) }
        if !kinds.isEmpty { parts.append("--kinds " + kinds.joined(separator: ",")) }
        if !difficulty.isEmpty { parts.append("--difficulty " + difficulty.joined(separator: ",")) }
        return TerminalSafeText.escape(parts.isEmpty ? "the session" : parts.joined(separator: " "), singleLine: true)
    }

    /// `factquiz play PACKS --seed N --count N [filters]`, with the paths quoted for a shell.
    func replayCommand(seed: UInt64) -> String {
        var words = ["factquiz", "play"] + packs.map(Self.shellQuoted)
        words += ["--seed", String(seed), "--count", String(count)]
        if !skills.isEmpty { words += ["--skills", Self.shellQuoted(skills.joined(separator: ","))] }
        if !kinds.isEmpty { words += ["--kinds", Self.shellQuoted(kinds.joined(separator: ","))] }
        if !difficulty.isEmpty { words += ["--difficulty", Self.shellQuoted(difficulty.joined(separator: ","))] }
        if mode == .exam { words += ["--mode", "exam"] }
        return TerminalSafeText.escape(words.joined(separator: " "), singleLine: true)
    }

    static func shellQuoted(_ word: String) -> String {
        let safe = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./,:=+@".contains($0) }
        return safe && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
