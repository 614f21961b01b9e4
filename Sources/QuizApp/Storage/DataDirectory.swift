import Foundation

/// Where factquiz keeps what it remembers between runs: `$XDG_DATA_HOME/factquiz`, else
/// `~/.local/share/factquiz` (the XDG base-directory convention).
enum DataDirectory {
    static var path: String {
        let environment = ProcessInfo.processInfo.environment
        if let base = environment["XDG_DATA_HOME"], base.hasPrefix("/") {
            return base + "/factquiz"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/factquiz"
    }

    /// Creates the folder (and parents) if needed. Throws with the system's reason when it
    /// cannot (read-only home, a file in the way).
    static func ensure() throws -> String {
        let path = self.path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
