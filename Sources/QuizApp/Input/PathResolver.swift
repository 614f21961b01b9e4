#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Resolves paths to their canonical form (`realpath`), remembering what it resolved.
///
/// Why not call `realpath` each time: a pack of 10,000 articles asked for every article's real
/// path twice (once to read it, once to tell listed files from unlisted ones), and each call
/// reads every component of the path again (a `readlink` per component): 2.6% of a compile.
/// Here each directory is resolved once, and a file in it that is not a symbolic link (one
/// `lstat`) is its directory's real path plus its name; links still go through `realpath`.
final class PathResolver {
    private var directories: [String: String?] = [:]
    private var files: [String: String?] = [:]

    /// The canonical path, or nil when it does not exist.
    func resolve(_ path: String) -> String? {
        if let known = files[path] { return known }
        let resolved = resolveUncached(path)
        files[path] = resolved
        return resolved
    }

    private func resolveUncached(_ path: String) -> String? {
        // The last "/" byte, as the kernel splits paths (a search by characters was a third of
        // resolving an article's path).
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return Self.realPath(path) }
        let name = path[path.utf8.index(after: slash)...]
        guard !name.isEmpty, name != ".", name != ".." else { return Self.realPath(path) }
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        guard info.st_mode & S_IFMT != S_IFLNK else { return Self.realPath(path) }
        let directory = slash == path.startIndex ? "/" : String(path[..<slash])
        guard let real = directoryPath(directory) else { return Self.realPath(path) }
        return real == "/" ? "/" + name : real + "/" + name
    }

    private func directoryPath(_ directory: String) -> String? {
        if let known = directories[directory] { return known }
        let real = Self.realPath(directory)
        directories[directory] = real
        return real
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
