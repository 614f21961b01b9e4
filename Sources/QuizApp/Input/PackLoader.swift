import Foundation
import QuizEngine

/// Loads the packs the game plays: compiled pack files (JSON), pack folders (compiled in memory)
/// and the built-in pack.
struct PackLoader {
    struct Failure: Error {
        let diagnostics: [Diagnostic]
        let sources: [SourceFile]
    }

    /// A compiled pack file or a pack folder.
    func load(_ path: String) -> Result<CompiledPack, Failure> {
        switch InputFile.kind(of: path) {
        case .directory:
            guard PackFolder.isPackFolder(path) else {
                return .failure(Failure(diagnostics: [Diagnostic(.inputUnreadable("\(path) is a folder without pack.yaml"), at: .file(path))], sources: []))
            }
            return Self.result(of: PackFolder(path: path).compile())
        case .missing:
            return .failure(Failure(diagnostics: [Diagnostic(.inputUnreadable("no such file or folder: \(path)"), at: .file(path))], sources: []))
        case .other:
            return .failure(Failure(diagnostics: [Diagnostic(.inputUnreadable("not a regular file: \(path)"), at: .file(path))], sources: []))
        case .file:
            switch InputFile.read(path) {
            case let .failure(failure):
                return .failure(Failure(diagnostics: [Diagnostic(.inputUnreadable(failure.description), at: .file(path))], sources: []))
            case let .success(bytes):
                return decode(path: path, bytes: bytes)
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
        let data = Data(bytes)
        struct Header: Decodable { let format: String? }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            return .failure(Failure(diagnostics: [Diagnostic(.compiledPackNotJSON, at: .file(path))], sources: []))
        }
        guard header.format == CompiledPack.currentFormat else {
            return .failure(Failure(diagnostics: [Diagnostic(.compiledPackFormat(header.format), at: .file(path))], sources: []))
        }
        do {
            return .success(try JSONDecoder().decode(CompiledPack.self, from: data))
        } catch {
            return .failure(Failure(diagnostics: [Diagnostic(.compiledPackInvalid(String(describing: error)), at: .file(path))], sources: []))
        }
    }
}

extension DiagnosticMessage {
    static let compiledPackNotJSON = DiagnosticMessage(
        id: "packs.not-json", severity: .error, text: "not a compiled pack: the file is not JSON"
    )
    static func compiledPackFormat(_ format: String?) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.unknown-format", severity: .error,
            text: "unsupported pack format '\(format ?? "none")'; this factquiz reads '\(CompiledPack.currentFormat)'"
        )
    }
    static func compiledPackInvalid(_ detail: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.invalid", severity: .error, text: "compiled pack is malformed: \(detail)")
    }
}
