#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import QuizEngine

/// Standard output and error, with what is known about them: whether each is a terminal,
/// whether colour is wanted, and how wide the screen is.
struct Console: Sendable {
    let stdoutIsTerminal: Bool
    let stderrIsTerminal: Bool
    let outStyle: Style
    let errStyle: Style
    let width: Int

    static var standard: Console {
        let environment = Environment.current
        let outTTY = isatty(STDOUT_FILENO) != 0
        let errTTY = isatty(STDERR_FILENO) != 0
        let colourWanted = environment["NO_COLOR"].map(\.isEmpty) ?? true
            && environment["TERM"] != "dumb"
        return Console(
            stdoutIsTerminal: outTTY, stderrIsTerminal: errTTY,
            outStyle: Style(enabled: outTTY && colourWanted),
            errStyle: Style(enabled: errTTY && colourWanted),
            width: TerminalWidth.current(isTerminal: outTTY)
        )
    }

    /// Writes to standard output.
    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0), to: STDOUT_FILENO) }
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0, to: STDOUT_FILENO) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) {
        write(bytes, to: STDOUT_FILENO)
    }

    /// Writes a line to standard error.
    func error(_ text: String) {
        var line = text + "\n"
        line.withUTF8 { write(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }
    }

    /// Prints diagnostics to standard error, errors in red when it is a terminal, followed by a
    /// tally when there is more than one.
    func report(_ diagnostics: [Diagnostic], sources: [SourceFile]) {
        guard !diagnostics.isEmpty else { return }
        let formatter = DiagnosticFormatter(sources: sources, showSnippets: true)
        for diagnostic in diagnostics {
            let text = TerminalSafeText.escape(formatter.format(diagnostic))
            // Without colour the severity stays as it is written.
            guard errStyle.enabled else {
                error(text)
                continue
            }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let first = lines.first {
                let severity = diagnostic.severity.rawValue
                let styled: String
                switch diagnostic.severity {
                case .error: styled = errStyle.red(errStyle.bold(severity))
                case .warning: styled = errStyle.magenta(errStyle.bold(severity))
                default: styled = errStyle.bold(severity)
                }
                lines[0] = first.replacingFirst(": \(severity): ", with: ": \(styled): ")
            }
            error(lines.joined(separator: "\n"))
        }
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        if errors + warnings > 1 {
            error(DiagnosticFormatter.summary(errors: errors, warnings: warnings) + " generated.")
        }
    }

    /// `--verbose`: what each article's boilerplate filter dropped.
    func reportDropped(_ articles: [Article]) {
        for article in articles {
            for block in article.dropped {
                let location = article.location(ofBodyOffset: block.range.lowerBound)
                let preview = block.text.count > 70 ? String(block.text.prefix(67)) + "..." : block.text
                error("\(location): remark: dropped \(block.reason.rawValue): \"\(TerminalSafeText.escape(preview, singleLine: true))\"")
            }
        }
    }

    private func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) {
        // A failure is a closed pipe (`factquiz ... | head`): stop quietly.
        _ = DescriptorSink.writeAll(buffer, to: descriptor)
    }
}

private extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
