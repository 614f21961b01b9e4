#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Runs a command as a whole process and reports its wall time and peak memory (the kernel's
/// own accounting, from `wait4`), the way a user experiences it.
///
/// Uses `posix_spawn` directly: Foundation's `Process` reaps its children on a thread of its
/// own, which would race with the `wait4` that reads the child's resource usage.
struct Subprocess {
    let pid: pid_t
    let stdinFD: Int32
    let stdoutFD: Int32
    let started: DispatchTime

    struct Finished {
        let seconds: Double
        let peakMegabytes: Double
        let status: Int32
    }

    /// `discardingOutput`: the child's standard output goes to /dev/null instead of a pipe this
    /// process drains, so a measurement is of the command alone, not of moving its output
    /// through a pipe (for 40 MB of JSON that was a third of the time).
    static func spawn(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:], discardingOutput: Bool = false
    ) throws -> Subprocess {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw POSIXError(.EMFILE) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        if discardingOutput {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for fd in [toChild[0], toChild[1], fromChild[0], fromChild[1]] { posix_spawn_file_actions_addclose(&actions, fd) }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let started = DispatchTime.now()
        let result = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(toChild[0]); close(fromChild[1])
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .ENOENT) }
        return Subprocess(pid: pid, stdinFD: toChild[1], stdoutFD: fromChild[0], started: started)
    }

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(stdinFD, $0.baseAddress, $0.count) }
    }

    func closeInput() { close(stdinFD) }

    var secondsSinceStart: Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }

    /// Reads until `marker` has appeared in what was read since the call, or the output ends.
    /// Returns the seconds from the call to the first byte and to the marker, and what was read.
    @discardableResult
    func read(until marker: String, timeout: Double = 30) -> (firstByte: Double, marker: Double, text: String)? {
        let start = DispatchTime.now()
        var seen = [UInt8]()
        var firstByte: Double?
        let needle = Array(marker.utf8)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            var poller = pollfd(fd: stdoutFD, events: Int16(POLLIN), revents: 0)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            guard elapsed < timeout, poll(&poller, 1, 100) >= 0 else { return nil }
            guard poller.revents != 0 else { continue }
            let n = buffer.withUnsafeMutableBytes { Glibc.read(stdoutFD, $0.baseAddress, $0.count) }
            if n <= 0 { return nil }
            let now = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            if firstByte == nil { firstByte = now }
            seen += buffer[0..<n]
            if seen.count >= needle.count, Self.contains(seen, needle) {
                return (firstByte ?? now, now, String(decoding: seen, as: UTF8.self))
            }
        }
    }

    /// Closes stdin, drains stdout and waits for the exit.
    func finish() -> Finished {
        closeInput()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while buffer.withUnsafeMutableBytes({ Glibc.read(stdoutFD, $0.baseAddress, $0.count) }) > 0 {}
        close(stdoutFD)
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return Finished(seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: status)
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }

    /// Runs to completion with no input and returns time and peak memory.
    /// Runs a command to its end. Peak memory comes from GNU time when it is installed: a
    /// child started with `posix_spawn` (a vfork) has the parent's own peak recorded as its
    /// `ru_maxrss` at exec, so `wait4` reported this benchmark's hundred megabytes for every
    /// command. `time` forks properly, and its child's peak is the command's alone.
    static func measure(_ executable: String, _ arguments: [String], discardingOutput: Bool = false) throws -> Finished {
        let gnuTime = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: gnuTime) else {
            return try spawn(executable, arguments, discardingOutput: discardingOutput).finish()
        }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("factquiz-bench-peak-\(getpid())")
        defer { try? FileManager.default.removeItem(at: report) }
        let finished = try spawn(gnuTime, ["-f", "%M", "-o", report.path, executable] + arguments, discardingOutput: discardingOutput).finish()
        let kilobytes = (try? String(contentsOf: report, encoding: .utf8))
            .flatMap { $0.split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } }
        return Finished(seconds: finished.seconds, peakMegabytes: kilobytes.map { $0 / 1024 } ?? finished.peakMegabytes, status: finished.status)
    }
}

enum ProcessTimer {
    /// The run with the median time among `runs`, with the largest peak memory seen.
    static func median(runs: Int, _ body: () throws -> Subprocess.Finished) rethrows -> Subprocess.Finished {
        var results: [Subprocess.Finished] = []
        for _ in 0..<max(1, runs) { results.append(try body()) }
        let middle = results.sorted { $0.seconds < $1.seconds }[results.count / 2]
        return Subprocess.Finished(seconds: middle.seconds, peakMegabytes: results.map(\.peakMegabytes).max() ?? 0, status: middle.status)
    }
}
