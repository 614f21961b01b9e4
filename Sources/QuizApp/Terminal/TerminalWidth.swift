#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The width to wrap text to: `COLUMNS` if set, else the terminal's own size, else 80.
enum TerminalWidth {
    static func current(isTerminal: Bool) -> Int {
        if let columns = Environment.current["COLUMNS"].flatMap(Int.init), columns >= 20 {
            return min(columns, 400)
        }
        if isTerminal {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 {
                return Int(size.ws_col)
            }
        }
        return 80
    }
}
