import Foundation

/// Where the repository and the team's shared folder (`../shared`) are, found from this file's
/// path so tests work from any working directory.
enum Repository {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")
}
