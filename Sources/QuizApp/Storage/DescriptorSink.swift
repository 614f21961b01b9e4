#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import QuizEngine

/// Takes a compiled pack's JSON as it is written and passes it to a file descriptor in 1 MB
/// pieces, so a 50 MB pack is never held whole (it was the last, highest step of a large
/// compile's memory).
///
/// A class: the writer holds the sink and hands it back, and a copied buffer would be copied
/// again on its next write.
final class DescriptorSink: JSONByteSink {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// `errno` of the first write that failed; later writes are skipped.
    private(set) var failure: Int32?
    private static let capacity = 1 << 20

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.capacity)
    }

    func write(_ byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= Self.capacity { flush() }
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.capacity { flush() }
    }

    /// Writes out what is buffered.
    func flush() {
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
