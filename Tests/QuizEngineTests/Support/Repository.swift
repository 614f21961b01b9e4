import Foundation

/// Where the repository and the team's shared data (`../shared`, next to the checkout) are, found
/// from this source file so tests run the same from any working directory.
enum Repository {
    static var root: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url = url.deletingLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    static var shared: URL { root.deletingLastPathComponent().appendingPathComponent("shared") }
}
