/// The distinct words of a run, by their lowercased bytes: each is made into a `String` and
/// looked up in the vocabularies once, however often the text repeats it.
///
/// Open addressing over an FNV-1a hash of the bytes; the bytes themselves are kept in one pool
/// and compared on a hash match. A class because it fills as text is split; one run owns it, on
/// one thread.
final class PassageWordTable {
    // Open addressing in raw memory, all mutable state behind one immutable pointer: the
    // lookup is the hottest loop of a check run, and a class's `var` properties pay a dynamic
    // exclusivity check on every access.
    private struct State {
        var capacity: Int
        var hashes: UnsafeMutablePointer<UInt64>
        var offsets: UnsafeMutablePointer<Int32>
        var lengths: UnsafeMutablePointer<Int32>
        var ids: UnsafeMutablePointer<Int32>
        var pool: UnsafeMutablePointer<UInt8>
        var poolCapacity: Int
        var poolCount = 0
        var texts: [String] = []
        var vocabularies: [Word.Classes] = []
        var normalized: [String] = []
        var scratch: UnsafeMutablePointer<Word>?
        var scratchCapacity = 0
    }

    private let state: UnsafeMutablePointer<State>

    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        let offsets = UnsafeMutablePointer<Int32>.allocate(capacity: size)
        offsets.initialize(repeating: -1, count: size)
        state = .allocate(capacity: 1)
        state.initialize(to: State(
            capacity: size, hashes: .allocate(capacity: size), offsets: offsets,
            lengths: .allocate(capacity: size), ids: .allocate(capacity: size),
            pool: .allocate(capacity: size * 8), poolCapacity: size * 8
        ))
    }

    deinit {
        state.pointee.hashes.deallocate()
        state.pointee.offsets.deallocate()
        state.pointee.lengths.deallocate()
        state.pointee.ids.deallocate()
        state.pointee.pool.deallocate()
        state.pointee.scratch?.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The id of the word spelled by `bytes` lowercased (ASCII letters only are folded here;
    /// callers fold anything else first), adding it if new.
    func id(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash = Self.fnvStart
        for byte in bytes { hash = Self.fnv(hash, byte) }
        return id(lowercasing: bytes, fnv: hash)
    }

    /// FNV-1a over lowercased bytes, one byte at a time: a scanner that folds a word as it reads
    /// it hands the result to `id(lowercasing:fnv:)` instead of reading the word twice.
    static let fnvStart: UInt64 = 0xCBF2_9CE4_8422_2325

    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always) static func fnv(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(lower(byte))) &* fnvPrime
    }

    /// `id(lowercasing:)` for a word whose `fnv` hash (over the same bytes, lowercased) is known.
    func id(lowercasing bytes: UnsafeBufferPointer<UInt8>, fnv: UInt64) -> Int32 {
        var hash = fnv
        // FNV's low bits are weak for short, similar keys ("17", "18"): mix before masking.
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        let (hashes, offsets, lengths, ids, pool) = (state.pointee.hashes, state.pointee.offsets, state.pointee.lengths, state.pointee.ids, state.pointee.pool)
        let mask = state.pointee.capacity - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while offsets[slot] >= 0 {
            if hashes[slot] == hash, Int(lengths[slot]) == bytes.count {
                let start = pool + Int(offsets[slot])
                var same = true
                // The pool holds no ASCII capital, so a byte equal to its pool byte as written is
                // equal to it lowercased: only the others (mostly a capital first letter) are
                // folded. Folding each byte before comparing it was half of a lookup's cost.
                for i in 0..<bytes.count where start[i] != bytes[i] && start[i] != PassageWordTable.lower(bytes[i]) {
                    same = false
                    break
                }
                if same { return ids[slot] }
            }
            slot = (slot + 1) & mask
        }
        return insert(bytes, hash: hash, slot: slot)
    }

    /// The id of a word already in the table (spelled in lowercase), or nil: a look-up that
    /// adds nothing, so ids of words yet to come are not moved.
    func existingID(_ word: String) -> Int32? {
        var word = word
        return word.withUTF8 { bytes in
            var hash = Self.fnvStart
            for byte in bytes { hash = Self.fnv(hash, byte) }
            hash ^= hash >> 33
            hash = hash &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 33
            let mask = state.pointee.capacity - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while state.pointee.offsets[slot] >= 0 {
                if state.pointee.hashes[slot] == hash, Int(state.pointee.lengths[slot]) == bytes.count {
                    let start = state.pointee.pool + Int(state.pointee.offsets[slot])
                    if (0..<bytes.count).allSatisfy({ start[$0] == bytes[$0] }) { return state.pointee.ids[slot] }
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// A new word: keep its lowercased bytes and read it once.
    private func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, slot: Int) -> Int32 {
        if state.pointee.poolCount + bytes.count > state.pointee.poolCapacity {
            let bigger = max(state.pointee.poolCapacity * 2, state.pointee.poolCount + bytes.count)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
            moved.update(from: state.pointee.pool, count: state.pointee.poolCount)
            state.pointee.pool.deallocate()
            state.pointee.pool = moved
            state.pointee.poolCapacity = bigger
        }
        let at = state.pointee.poolCount
        let pool = state.pointee.pool
        for i in 0..<bytes.count { pool[at + i] = PassageWordTable.lower(bytes[i]) }
        let text = String(decoding: UnsafeBufferPointer(start: pool + at, count: bytes.count), as: UTF8.self)
        let id = Int32(state.pointee.texts.count)
        state.pointee.hashes[slot] = hash
        state.pointee.offsets[slot] = Int32(at)
        state.pointee.lengths[slot] = Int32(bytes.count)
        state.pointee.ids[slot] = id
        state.pointee.poolCount += bytes.count
        state.pointee.texts.append(text)
        state.pointee.vocabularies.append(CheckLexicon.classes[text] ?? [])
        state.pointee.normalized.append(CheckLexicon.normalize(text))
        if state.pointee.texts.count * 2 > state.pointee.capacity { grow() }
        return id
    }

    /// Room for `count` words, reused from one split to the next (`WordScanner.words`): the
    /// words of a passage are written here and copied into an array of the exact size, rather
    /// than appended to an array one at a time, each append checking that the array was not
    /// shared and had room. Only one split may use it at a time.
    func wordScratch(count: Int) -> UnsafeMutablePointer<Word> {
        if let scratch = state.pointee.scratch, state.pointee.scratchCapacity >= count { return scratch }
        state.pointee.scratch?.deallocate()
        let capacity = max(count, 2 * state.pointee.scratchCapacity, 256)
        let scratch = UnsafeMutablePointer<Word>.allocate(capacity: capacity)
        state.pointee.scratch = scratch
        state.pointee.scratchCapacity = capacity
        return scratch
    }

    func text(_ id: Int32) -> String { state.pointee.texts[Int(id)] }
    func classes(_ id: Int32) -> Word.Classes { state.pointee.vocabularies[Int(id)] }
    /// The form a word is compared in (singular, synonyms mapped): see `CheckLexicon.normalize`.
    func normalizedForm(_ id: Int32) -> String { state.pointee.normalized[Int(id)] }

    @inline(__always) private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private func grow() {
        let old = state.pointee
        let capacity = old.capacity * 2
        let hashes = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        let offsets = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        let lengths = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        let ids = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        offsets.initialize(repeating: -1, count: capacity)
        let mask = capacity - 1
        for i in 0..<old.capacity where old.offsets[i] >= 0 {
            var slot = Int(truncatingIfNeeded: old.hashes[i]) & mask
            while offsets[slot] >= 0 { slot = (slot + 1) & mask }
            hashes[slot] = old.hashes[i]
            offsets[slot] = old.offsets[i]
            lengths[slot] = old.lengths[i]
            ids[slot] = old.ids[i]
        }
        old.hashes.deallocate()
        old.offsets.deallocate()
        old.lengths.deallocate()
        old.ids.deallocate()
        state.pointee.capacity = capacity
        state.pointee.hashes = hashes
        state.pointee.offsets = offsets
        state.pointee.lengths = lengths
        state.pointee.ids = ids
    }
}

