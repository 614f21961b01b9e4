import Foundation

/// Runs the real `factquiz` binary, the way a user or a script does, and captures what it prints.
///
/// `swift test` builds the binary next to the test bundle (this target depends on QuizApp);
/// `FACTQUIZ_BIN` points at another one (a release build, say).
struct FactQuizProcess {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
        var combined: String { stdout + stderr }
    }

    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["FACTQUIZ_BIN"] {
            return URL(fileURLWithPath: path)
        }
        // The test runner lives in .build/<triple>/debug/; the binary sits beside its bundle.
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("factquiz")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/factquiz")
    }

    /// Runs `factquiz arguments...` with `stdin` piped in and a private data directory unless
    /// `environment` sets one.
    @discardableResult
    static func run(
        _ arguments: [String], stdin: String = "", environment: [String: String] = [:],
        currentDirectory: URL? = nil
    ) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["COLUMNS"] = nil
        for (key, value) in environment { env[key] = value }
        if env["XDG_DATA_HOME"] == nil {
            env["XDG_DATA_HOME"] = try TemporaryDirectory.make().path
        }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes concurrently so a chatty process never blocks on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = error.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if !stdin.isEmpty { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self)
        )
    }
}

/// A fresh directory under the system temporary folder.
enum TemporaryDirectory {
    static func make() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("factquiz-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `files` (relative path to content) into a fresh directory and returns it.
    static func with(_ files: [String: String]) throws -> URL {
        let root = try make()
        for (path, content) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }
}

/// Paths inside the repository (for the seed articles and the content pack).
enum Repository {
    static var root: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url = url.deletingLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

}
