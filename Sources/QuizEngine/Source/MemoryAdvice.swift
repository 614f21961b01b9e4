#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to back a large buffer with 2 MB pages, before the buffer is first written.
///
/// A 30 MB article goes through several buffers of its size (the file's bytes, its text, the body,
/// the JSON written back). With 4 KB pages each megabyte first written costs 256 page faults, and
/// on the shared test machine those faults took as long as all the parsing; with 2 MB pages they
/// mostly disappear. Only a hint: where transparent huge pages are off, or on other systems,
/// nothing changes.
public enum MemoryAdvice {
    /// Buffers smaller than this are left alone: a huge page is 2 MB.
    static let minimumBytes = 4 << 20
    static let hugePageBytes = 2 << 20

    /// Advises the whole 2 MB-aligned pages inside `start ..< start + byteCount`.
    public static func preferHugePages(_ start: UnsafeRawPointer?, byteCount: Int) {
        #if os(Linux)
        guard let start, byteCount >= minimumBytes else { return }
        let address = UInt(bitPattern: start)
        let mask = UInt(hugePageBytes - 1)
        let first = (address + mask) & ~mask
        let last = (address + UInt(byteCount)) & ~mask
        guard last > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(pointer, Int(last - first), MADV_HUGEPAGE)
        #endif
    }
}
