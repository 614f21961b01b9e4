import Foundation

/// Paths inside the repository, for tests that read its content or the shared data beside it.
enum Repository {
    static var root: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url = url.deletingLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// The shared data (seed articles, external evaluation suites), which lives beside the
    /// repository and is not ours to copy into it: `FACTQUIZ_SHARED` if set, else `../shared`,
    /// else `../shared` beside the repository this one was cloned from (a clone in a temporary
    /// folder, as the Quick start check makes, still finds the data of its origin).
    static var shared: URL {
        if let path = ProcessInfo.processInfo.environment["FACTQUIZ_SHARED"] { return URL(fileURLWithPath: path) }
        let beside = root.deletingLastPathComponent().appendingPathComponent("shared")
        if FileManager.default.fileExists(atPath: beside.path) { return beside }
        if let origin = localOrigin {
            let besideOrigin = origin.deletingLastPathComponent().appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: besideOrigin.path) { return besideOrigin }
        }
        return beside
    }

    /// The `origin` remote of this clone, when it is a folder on this machine.
    private static var localOrigin: URL? {
        guard let config = try? String(contentsOf: root.appendingPathComponent(".git/config"), encoding: .utf8) else { return nil }
        var inOrigin = false
        for line in config.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("[") { inOrigin = line == "[remote \"origin\"]"; continue }
            guard inOrigin, line.hasPrefix("url") , let equals = line.firstIndex(of: "=") else { continue }
            let url = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            let path = url.hasPrefix("file://") ? String(url.dropFirst("file://".count)) : url
            return path.hasPrefix("/") ? URL(fileURLWithPath: path).standardizedFileURL : nil
        }
        return nil
    }

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent(relativePath)))
    }
}
