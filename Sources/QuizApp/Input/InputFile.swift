#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import QuizEngine

/// Reads input files with the care untrusted input needs: only regular files, never more than a
/// bound (so a 10 GB file or `/dev/zero` is an error, not an out-of-memory kill), and errors
/// that say what went wrong in words.
enum InputFile {
    /// Largest input file read, in bytes. Articles of tens of megabytes are accepted (the
    /// segmenter is benchmarked on 30 MB); beyond this the file is not an article.
    static let defaultLimit = 256 << 20

    enum Failure: Error, CustomStringConvertible {
        case notFound(String)
        case notARegularFile(String)
        case tooLarge(String, size: Int, limit: Int)
        case unreadable(String, reason: String)

        var description: String {
            switch self {
            case let .notFound(path): "no such file: \(path)"
            case let .notARegularFile(path): "not a regular file: \(path)"
            case let .tooLarge(path, size, limit):
                "\(path) is \(size >> 20) MB; the limit for an input file is \(limit >> 20) MB"
            case let .unreadable(path, reason): "cannot read \(path): \(reason)"
            }
        }
    }

    enum Kind { case file, directory, missing, other }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    static func read(_ path: String, limit: Int = defaultLimit) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(errno == ENOENT ? .notFound(path) : .unreadable(path, reason: String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(.unreadable(path, reason: String(cString: strerror(errno))))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notARegularFile(path)) }
        let size = Int(info.st_size)
        guard size <= limit else { return .failure(.tooLarge(path, size: size, limit: limit)) }
        // Read straight into uninitialised storage: zero-filling 30 MB first costs as much as
        // reading it.
        var failure: Failure?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            MemoryAdvice.preferHugePages(buffer.baseAddress, byteCount: size)
            var total = 0
            while total < size {
                let n = Glibc.read(descriptor, buffer.baseAddress! + total, size - total)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = .unreadable(path, reason: String(cString: strerror(errno)))
                    break
                }
                if n == 0 { break }
                total += n
            }
            initialized = total
        }
        if let failure { return .failure(failure) }
        return .success(bytes)
    }

    /// Entries of a directory, sorted, without "." and "..".
    static func list(_ directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
