#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (`flock`) on a directory, held while one process opens and
/// migrates the progress database in it.
///
/// GRDB's migrator checks which migrations are applied outside the transaction that applies
/// them, so two sessions starting at once on a new database both created its tables and the
/// second failed ("table packs already exists") and played without saving. SQLite's own locks
/// cannot cover the check and the change together; this lock does. It is taken on the folder
/// itself, so no lock file is left behind; where locking is not supported the open goes ahead
/// unlocked, as before.
final class DirectoryLock {
    private var descriptor: Int32

    /// Waits until no other process holds the lock on `directory`.
    init(_ directory: String) {
        descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            close(descriptor)
            descriptor = -1
            return
        }
    }

    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
