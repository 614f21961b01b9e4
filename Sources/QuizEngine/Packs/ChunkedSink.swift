/// Bytes collected in raw memory and handed on a chunk at a time: where `CompiledPackWriter`
/// writes, for the pack file and for the fingerprint's hash alike.
///
/// The chunk is raw memory the caller allocates and frees (`withChunks`): the writer makes
/// millions of writes of a few bytes, and appending each to an `Array` (a uniqueness and a
/// capacity check, a generic copy) was a third of writing a pack. Small writes ask for room once
/// (`reserve`) and then store without checks.
struct ChunkedSink {
    static let chunkSize = 1 << 16
    private let chunk: UnsafeMutablePointer<UInt8>
    private var count = 0
    private let emit: (UnsafeBufferPointer<UInt8>) -> Void

    private init(chunk: UnsafeMutablePointer<UInt8>, emit: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.chunk = chunk
        self.emit = emit
    }

    /// Runs `body` with a sink whose chunk lives as long as the call; what is left in it at the
    /// end is handed on.
    static func withChunks<Result>(
        emit: (UnsafeBufferPointer<UInt8>) -> Void, _ body: (inout ChunkedSink) -> Result
    ) -> Result {
        withoutActuallyEscaping(emit) { emit in
            let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
            defer { chunk.deallocate() }
            var sink = ChunkedSink(chunk: chunk, emit: emit)
            let result = body(&sink)
            sink.flush()
            return result
        }
    }

    /// Makes room for `count` bytes (at most a chunk) to be stored with the unchecked calls.
    @inline(__always)
    mutating func reserve(_ count: Int) {
        if self.count &+ count > Self.chunkSize { flush() }
    }

    /// Stores a byte; `reserve` made room for it.
    @inline(__always)
    mutating func storeReserved(_ byte: UInt8) {
        chunk[count] = byte
        count &+= 1
    }

    /// Stores bytes; `reserve` made room for them.
    @inline(__always)
    mutating func storeReserved(_ bytes: UnsafeRawPointer, count length: Int) {
        (chunk + count).initialize(from: bytes.assumingMemoryBound(to: UInt8.self), count: length)
        count &+= length
    }

    mutating func write(_ byte: UInt8) {
        reserve(1)
        storeReserved(byte)
    }

    /// Writes bytes of any length: a run longer than a chunk (a long passage) is handed on as it
    /// is.
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        if count &+ bytes.count > Self.chunkSize {
            flush()
            if bytes.count > Self.chunkSize { emit(bytes); return }
        }
        storeReserved(base, count: bytes.count)
    }

    mutating func flush() {
        guard count > 0 else { return }
        emit(UnsafeBufferPointer(start: chunk, count: count))
        count = 0
    }
}
