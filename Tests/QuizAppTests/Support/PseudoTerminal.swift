#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Runs the real `factquiz` binary on a pseudo-terminal, as a player at a terminal runs it:
/// standard input, output and error are the terminal, which is the child's controlling terminal
/// (so Ctrl-C raises SIGINT), with a fixed size. The test types bytes and reads the screen's
/// byte stream.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let master: Int32
    private var pid: pid_t = 0
    private var exitStatus: Int32?
    /// Everything the program wrote, escape sequences included.
    private(set) var output: [UInt8] = []

    /// Starts `factquiz arguments...` with `environment` added to a clean one (PATH, HOME,
    /// TERM=xterm-256color unless given).
    init(_ arguments: [String], environment: [String: String], columns: UInt16 = 100, rows: UInt16 = 40) throws {
        master = PTY.openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        var name = [CChar](repeating: 0, count: 128)
        guard master >= 0, PTY.grantpt(master) == 0, PTY.unlockpt(master) == 0,
              PTY.ptsname_r(master, &name, name.count) == 0
        else {
            throw Failure(description: "cannot open a pseudo-terminal: errno \(errno)")
        }
        let slavePath = String(cString: name)
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid (below) the child has no controlling terminal; opening the slave makes it one.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A test runner's threads may block or ignore signals; a player's shell does neither.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGWINCH, SIGPIPE, SIGTERM, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, PTY.spawnSetsid | Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8"]
        for (key, value) in environment { env[key] = value }
        let binary = FactQuizProcess.binary.path
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let status = posix_spawn(&pid, binary, &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(master)
            throw Failure(description: "cannot start \(binary): error \(status)")
        }
    }

    deinit {
        if exitStatus == nil, pid > 0 {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Types `text` (control characters included: "\u{03}" is Ctrl-C, "\u{04}" Ctrl-D).
    func type(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// What the program wrote, with escape sequences removed.
    var screenText: String { Self.stripEscapes(String(decoding: output, as: UTF8.self)) }

    /// Reads until the text written after `offset` (escape sequences removed) contains `text`.
    /// The deadline only keeps a broken build from hanging the suite; nothing is timed.
    @discardableResult
    func waitFor(_ text: String, after offset: Int = 0, deadline seconds: Double = 20) throws -> Int {
        let end = Date().addingTimeInterval(seconds)
        while true {
            let shown = Self.stripEscapes(String(decoding: output[min(offset, output.count)...], as: UTF8.self))
            if shown.contains(text) { return output.count }
            guard Date() < end, readSome(until: end) else {
                throw Failure(description: "'\(text)' never appeared; the screen showed:\n\(shown)")
            }
        }
    }

    /// Whether the terminal is in the cooked mode a shell expects: line editing by the driver
    /// and echo (what a program must give back when it ends).
    var isCooked: Bool {
        var modes = termios()
        guard tcgetattr(master, &modes) == 0 else { return false }
        return modes.c_lflag & tcflag_t(ICANON) != 0 && modes.c_lflag & tcflag_t(ECHO) != 0
    }

    /// Sends a signal to the program.
    func send(signal: Int32) {
        kill(pid, signal)
    }

    /// Waits for the program to exit and returns its exit status (128 + N when killed by
    /// signal N, as shells report it).
    func waitForExit(deadline seconds: Double = 20) throws -> Int32 {
        let end = Date().addingTimeInterval(seconds)
        while exitStatus == nil {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                break
            }
            guard Date() < end else { throw Failure(description: "factquiz did not exit; the screen showed:\n\(screenText)") }
            _ = readSome(until: Date().addingTimeInterval(0.05))
        }
        while readSome(until: Date().addingTimeInterval(0.05)) {}
        return exitStatus!
    }

    /// Reads what is available before `end`; false when nothing more can come.
    private func readSome(until end: Date) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(0, min(end.timeIntervalSinceNow, 1)) * 1000)
        let ready = poll(&descriptor, 1, milliseconds)
        if ready < 0 { return errno == EINTR }
        if ready == 0 { return Date() < end }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count <= 0 { return false }  // EIO: the program closed the terminal
        output.append(contentsOf: buffer[0..<count])
        return true
    }

    /// Removes CSI (`ESC [ ... letter`), OSC (`ESC ] ... BEL`) and two-byte escape sequences,
    /// and carriage returns.
    static func stripEscapes(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\r" { continue }
            guard scalar == "\u{1B}" else { out.append(scalar); continue }
            guard let kind = scalars.next() else { break }
            switch kind {
            case "[":
                while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
            case "]":
                while let next = scalars.next(), next != "\u{07}", next != "\u{1B}" {}
            default:
                break
            }
        }
        return String(out)
    }
}

/// The pseudo-terminal calls of the C library. Swift's Glibc module leaves out the X/Open and
/// GNU declarations (`posix_openpt`, `ptsname_r`, `POSIX_SPAWN_SETSID`), so they are looked up
/// by name.
private enum PTY {
    typealias IntToInt = @convention(c) (Int32) -> Int32
    typealias NameFunction = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

    static let openpt = function("posix_openpt", as: IntToInt.self)
    static let grantpt = function("grantpt", as: IntToInt.self)
    static let unlockpt = function("unlockpt", as: IntToInt.self)
    static let ptsname_r = function("ptsname_r", as: NameFunction.self)
    /// glibc's `POSIX_SPAWN_SETSID` (spawn.h, glibc 2.26 and later).
    static let spawnSetsid: Int16 = 0x80

    private static func function<F>(_ name: String, as type: F.Type) -> F {
        // RTLD_DEFAULT is a null handle in glibc: search the whole process.
        guard let symbol = dlsym(nil, name) else { fatalError("the C library has no \(name)") }
        return unsafeBitCast(symbol, to: type)
    }
}
