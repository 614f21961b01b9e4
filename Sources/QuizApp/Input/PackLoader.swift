import Foundation
import QuizEngine

/// Loads the packs the game plays: compiled pack files (JSON), pack folders (compiled in memory)
/// and the built-in pack.
struct PackLoader {
    struct Failure: Error {
        let diagnostics: [Diagnostic]
        let sources: [SourceFile]
    }

    /// A pack and, when it was read from a compiled pack file, that file's bytes: the progress
    /// store keeps them as they are rather than encoding the pack again (for a 10,000-question
    /// pack, encoding took longer than everything else before the first question).
    struct Loaded {
        let pack: CompiledPack
        /// The file as read; shared with the read buffer (no copy), made `Data` only if stored.
        let json: [UInt8]?
    }

    /// A compiled pack file or a pack folder.
    func load(_ path: String) -> Result<CompiledPack, Failure> {
        loadKeepingJSON(path).map(\.pack)
    }

    /// As `load`, keeping a compiled pack file's bytes.
    func loadKeepingJSON(_ path: String) -> Result<Loaded, Failure> {
        switch InputFile.kind(of: path) {
        case .directory:
            guard PackFolder.isPackFolder(path) else {
                return .failure(Failure(diagnostics: [Diagnostic(.inputUnreadable("\(path) is a folder without pack.yaml"), at: .file(path))], sources: []))
            }
            return Self.result(of: PackFolder(path: path).compile()).map { Loaded(pack: $0, json: nil) }
        case .missing:
            return .failure(Failure(diagnostics: [Diagnostic(.inputUnreadable("no such file or folder: \(path)"), at: .file(path))], sources: []))
        case .other:
            return .failure(Failure(diagnostics: [Diagnostic(.inputUnreadable("not a regular file: \(path)"), at: .file(path))], sources: []))
        case .file:
            switch InputFile.read(path) {
            case let .failure(failure):
                return .failure(Failure(diagnostics: [Diagnostic(.inputUnreadable(failure.description), at: .file(path))], sources: []))
            case let .success(bytes):
                return decode(path: path, bytes: bytes).map { Loaded(pack: $0, json: bytes) }
            }
        }
    }

    /// The pack `factquiz` plays with no arguments.
    static func builtIn() -> Result<CompiledPack, Failure> {
        result(of: BuiltInPack.compile())
    }

    private static func result(of compiled: PackFolder.Compiled) -> Result<CompiledPack, Failure> {
        if let pack = compiled.pack { return .success(pack) }
        return .failure(Failure(diagnostics: compiled.diagnostics, sources: compiled.sources))
    }

    private func decode(path: String, bytes: [UInt8]) -> Result<CompiledPack, Failure> {
        if let pack = CompiledPackLoader().loadIfWellFormed(bytes) { return .success(pack) }
        let file: SourceFile
        switch SourceDecoder.decode(path: path, bytes: bytes) {
        case let .success(decoded): file = decoded
        case let .failure(.invalidUTF8(byte, line, column)):
            let location = SourceLocation(file: path, offset: 0, line: line, column: column)
            return .failure(Failure(diagnostics: [Diagnostic(.inputUnreadable("\(path) is not valid UTF-8 (byte 0x\(String(byte, radix: 16))): not a compiled pack"), at: location)], sources: []))
        case let .failure(.binary(line, column)):
            let location = SourceLocation(file: path, offset: 0, line: line, column: column)
            return .failure(Failure(diagnostics: [Diagnostic(.inputUnreadable("\(path) holds a NUL byte: not a compiled pack"), at: location)], sources: []))
        }
        let sink = DiagnosticSink()
        // The decoder drops a BOM and turns CRLF into LF; only bytes it left as they were can
        // stand in for the text (then the byte counts match).
        let loader = CompiledPackLoader()
        let loaded = file.text.utf8.count == bytes.count
            ? loader.load(file, bytes: bytes, sink: sink) : loader.load(file, sink: sink)
        guard let pack = loaded else {
            return .failure(Failure(diagnostics: sink.diagnostics, sources: [file]))
        }
        return .success(pack)
    }
}
