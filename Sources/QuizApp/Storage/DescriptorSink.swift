#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import QuizEngine

/// Takes a compiled pack's JSON as it is written and passes it to a file descriptor, so a 50 MB
/// pack is never held whole (it was the last, highest step of a large compile's memory).
///
/// Small pieces are gathered into 1 MB writes; a piece of 32 KB or more (the pack writer hands
/// over its own chunks of up to 64 KB) goes to the descriptor as it is: copying each chunk into this
/// buffer first was a second pass over the whole pack.
///
/// A class: the writer holds the sink and hands it back, and a copied buffer would be copied
/// again on its next write.
final class DescriptorSink: JSONByteSink {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// `errno` of the first write that failed; later writes are skipped.
    private(set) var failure: Int32?
    private static let capacity = 1 << 20
    private static let passThrough = 1 << 15

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count >= Self.passThrough {
            flush()
            guard failure == nil else { return }
            failure = Self.writeAll(UnsafeRawBufferPointer(bytes), to: descriptor)
            return
        }
        if buffer.capacity == 0 { buffer.reserveCapacity(Self.capacity) }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.capacity { flush() }
    }

    /// Writes out what is buffered.
    func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        failure = buffer.withUnsafeBytes { Self.writeAll($0, to: descriptor) }
    }

    /// Writes all of `buffer`, through short writes and interruptions; the `errno` of a write
    /// that failed, or nil.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard var pointer = buffer.baseAddress else { return nil }
        var remaining = buffer.count
        while remaining > 0 {
            let written = Glibc.write(descriptor, pointer, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            remaining -= written
            pointer += written
        }
        return nil
    }
}
