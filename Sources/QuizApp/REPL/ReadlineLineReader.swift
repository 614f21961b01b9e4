#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@preconcurrency import CReadline
import Foundation

/// GNU readline for a player at a terminal: line editing, history kept across sessions in the
/// data directory, and tab completion of commands and answers. The only file that talks to
/// readline.
///
/// Readline runs through its callback interface, driven by our own `poll` loop, rather than the
/// blocking `readline()` call: that lets Ctrl-C clear the line and prompt again (readline's own
/// SIGINT handling would end the process), and a terminal resize re-flow the line, with the
/// signal handlers doing nothing but setting a flag.
///
/// The terminal stays in readline's mode (no echo, no line buffering) from the first prompt to
/// `close`, rather than going back to the cooked mode between lines as readline does by
/// default. Keys typed while the feedback is being printed then wait, unechoed, for the next
/// prompt, and a Ctrl-D typed ahead still ends the session instead of being swallowed by the
/// terminal driver.
final class ReadlineLineReader: LineReader {
    /// Lines of history kept on disk.
    private static let historyLimit: Int32 = 1000
    private let historyPath: String?
    private let highlightPrompt: Bool

    /// `historyPath` nil keeps history for this session only. `highlightPrompt` makes the
    /// prompt bold (only when colour is wanted).
    init(historyPath: String?, highlightPrompt: Bool, dumbTerminal: Bool) {
        self.historyPath = historyPath
        self.highlightPrompt = highlightPrompt
        rl_readline_name = strdupConstant("factquiz")
        // We catch SIGINT and SIGWINCH ourselves (see the type's comment).
        rl_catch_signals = 0
        rl_catch_sigwinch = 0
        rl_attempted_completion_function = attemptCompletion
        rl_prep_term_function = prepareTerminalOnce
        rl_deprep_term_function = keepTerminalPrepared
        if dumbTerminal {
            // No escape sequences at all for TERM=dumb, not even bracketed paste.
            _ = rl_variable_bind("enable-bracketed-paste", "off")
        }
        using_history()
        stifle_history(Self.historyLimit)
        if let historyPath {
            _ = read_history(historyPath)
        }
        installSignalHandlers()
    }

    func readLine(prompt: String) -> LineInput {
        let shown = highlightPrompt ? "\u{01}\u{1B}[1m\u{02}" + prompt.trimmingTrailingSpace() + "\u{01}\u{1B}[0m\u{02} " : prompt
        pendingLine = nil
        lineComplete = false
        interruptRequested = 0
        rl_callback_handler_install(shown, lineHandler)
        while !lineComplete {
            if terminationSignal != 0 {
                rl_callback_handler_remove()
                return .endOfInput
            }
            if interruptRequested != 0 {
                interruptRequested = 0
                let wasEmpty = rl_end == 0
                rl_free_line_state()
                rl_callback_sigcleanup()
                rl_echo_signal_char(SIGINT)
                rl_replace_line("", 0)
                rl_callback_handler_remove()
                fputs("\n", stdout)
                fflush(stdout)
                return .interrupted(lineWasEmpty: wasEmpty)
            }
            if resizeRequested != 0 {
                resizeRequested = 0
                rl_resize_terminal()
            }
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                rl_callback_handler_remove()
                return .endOfInput
            }
            if descriptor.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                rl_callback_read_char()
            }
        }
        guard let line = pendingLine else { return .endOfInput }
        pendingLine = nil
        remember(line)
        return .line(line)
    }

    func offerCompletions(_ completions: Completions) {
        offeredCompletions = completions
    }

    func close() {
        if terminalPrepared {
            rl_deprep_terminal()
            terminalPrepared = false
        }
        if let historyPath {
            _ = history_truncate_file(historyPath, Self.historyLimit)
        }
        // Ended by SIGTERM or SIGHUP: the session has been closed properly and the terminal
        // restored; now die of that signal, so whoever sent it sees the usual status.
        let pending = terminationSignal
        if pending != 0 {
            signal(pending, SIG_DFL)
            raise(pending)
        }
    }

    /// Adds a line to the history and appends it to the history file at once, so a session that
    /// is killed keeps what was typed.
    private func remember(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        if history_length > 0, let last = history_get(history_base + history_length - 1),
           let text = last.pointee.line, String(cString: text) == line {
            return
        }
        add_history(line)
        guard let historyPath else { return }
        if access(historyPath, F_OK) != 0 {
            let descriptor = open(historyPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
            if descriptor >= 0 { Glibc.close(descriptor) }
        }
        _ = append_history(1, historyPath)
    }

    private func installSignalHandlers() {
        signal(SIGINT) { _ in interruptRequested = 1 }
        signal(SIGWINCH) { _ in resizeRequested = 1 }
        // Ending the session (summary, records, a sane terminal) beats dying mid-line.
        signal(SIGTERM) { terminationSignal = $0 }
        signal(SIGHUP) { terminationSignal = $0 }
        // A parent that started us with these blocked would make Ctrl-C do nothing at all.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGWINCH)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGHUP)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }
}

// Readline calls plain C functions, so the state they share with the reader lives in globals.
// Only the main thread touches them (the signal handlers only store a flag).
nonisolated(unsafe) private var pendingLine: String?
nonisolated(unsafe) private var lineComplete = false
nonisolated(unsafe) private var interruptRequested: sig_atomic_t = 0
nonisolated(unsafe) private var resizeRequested: sig_atomic_t = 0
nonisolated(unsafe) private var terminationSignal: sig_atomic_t = 0
nonisolated(unsafe) private var offeredCompletions = Completions.none
nonisolated(unsafe) private var completionMatches: [String] = []
nonisolated(unsafe) private var completionIndex = 0
nonisolated(unsafe) private var completingFirstWord = true

nonisolated(unsafe) private var terminalPrepared = false

private func prepareTerminalOnce(_ meta: Int32) {
    guard !terminalPrepared else { return }
    rl_prep_terminal(meta)
    terminalPrepared = true
}

/// Readline asks for cooked mode after every line; the reader restores it once, in `close`.
private func keepTerminalPrepared() {}

/// Called by readline with a finished line, or nil on Ctrl-D. Removing the handler here keeps
/// readline from printing the next prompt before the game has answered.
private func lineHandler(_ line: UnsafeMutablePointer<CChar>?) {
    if let line {
        pendingLine = String(cString: line)
        free(line)
    } else {
        pendingLine = nil
    }
    lineComplete = true
    rl_callback_handler_remove()
}

/// Completes commands (after `:`) and answer words; never file names.
private func attemptCompletion(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    completingFirstWord = String(cString: rl_line_buffer).prefix(Int(start)).allSatisfy(\.isWhitespace)
    return rl_completion_matches(text, completionGenerator)
}

private func completionGenerator(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    if state == 0 {
        let prefix = text.map { String(cString: $0) }?.lowercased() ?? ""
        let words = completingFirstWord ? offeredCompletions.firstWord : offeredCompletions.laterWords
        completionMatches = words.filter { $0.hasPrefix(prefix) && ($0.hasPrefix(":") == prefix.hasPrefix(":")) }
        completionIndex = 0
    }
    guard completionIndex < completionMatches.count else { return nil }
    defer { completionIndex += 1 }
    return strdup(completionMatches[completionIndex])
}

/// A C string that lives as long as the process (readline keeps the pointer).
private func strdupConstant(_ text: String) -> UnsafePointer<CChar> {
    UnsafePointer(strdup(text)!)
}

private extension String {
    func trimmingTrailingSpace() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
