#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents all at once: written to a hidden temporary file beside it, flushed
/// to disk, then renamed over it. A reader (or a crash) sees the old contents or the new ones,
/// never half of each.
///
/// Anything that already exists and is not a regular file (`-o /dev/null`, `/dev/stdout`, a
/// named pipe) is written in place instead: renaming over it would replace the device with a
/// plain file, which is how `-o /dev/null` once broke this machine's /dev/null.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { sink in
            bytes.withUnsafeBufferPointer { sink.write($0) }
        }
    }

    /// As above, with the contents written by `produce` as they are made.
    static func write(to path: String, _ produce: (DescriptorSink) -> Void) throws {
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            guard info.st_mode & S_IFMT != S_IFDIR else { throw Failure(description: "cannot write \(path): it is a folder") }
            try writeInPlace(to: path, produce)
            return
        }
        let (directory, name) = split(path)
        let temporary = "\(directory)/.\(name).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot write \(path)") }
        let sink = DescriptorSink(descriptor: descriptor)
        produce(sink)
        sink.flush()
        if let code = sink.failure {
            errno = code
            let error = failure("cannot write \(path)")
            close(descriptor)
            unlink(temporary)
            throw error
        }
        if fsync(descriptor) != 0 {
            let error = failure("cannot write \(path)")
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let error = failure("cannot replace \(path)")
            unlink(temporary)
            throw error
        }
        // The rename itself is durable once the directory is flushed.
        let directoryDescriptor = open(directory, O_RDONLY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    private static func writeInPlace(to path: String, _ produce: (DescriptorSink) -> Void) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot write \(path)") }
        defer { close(descriptor) }
        let sink = DescriptorSink(descriptor: descriptor)
        produce(sink)
        sink.flush()
        if let code = sink.failure {
            errno = code
            throw failure("cannot write \(path)")
        }
    }

    /// Creates `path` only if no file has that name yet (atomically, so two processes never both
    /// claim it). False when it exists.
    static func claim(_ path: String) throws -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor >= 0 {
            close(descriptor)
            return true
        }
        if errno == EEXIST { return false }
        throw failure("cannot create \(path)")
    }

    private static func split(_ path: String) -> (String, String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    private static func failure(_ what: String) -> Failure {
        let reason = errno == ENOSPC ? "the disk is full" : String(cString: strerror(errno))
        return Failure(description: "\(what): \(reason)")
    }
}
