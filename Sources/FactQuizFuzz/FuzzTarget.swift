import Foundation
import QuizEngine

/// The readers of untrusted input, each fed the fuzzer's bytes. `FACTQUIZ_FUZZ_TARGET` picks
/// one (libFuzzer gives a binary a single entry point).
enum FuzzTarget: String, CaseIterable {
    case article
    case manifest
    case compiledPack = "compiled-pack"

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["FACTQUIZ_FUZZ_TARGET"] ?? "article"
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("FACTQUIZ_FUZZ_TARGET must be one of \(FuzzTarget.allCases.map(\.rawValue))")
        }
        return target
    }()

    func run(_ bytes: [UInt8]) {
        let sink = DiagnosticSink()
        switch self {
        case .article:
            if let article = ArticleReader().read(path: "fuzz.md", bytes: bytes, sink: sink) {
                _ = ClaimExtractor().claims(in: article)
            }
        case .manifest:
            guard case let .success(file) = SourceDecoder.decode(path: "pack.yaml", bytes: bytes) else { return }
            _ = PackManifestParser().parse(file, sink: sink)
        case .compiledPack:
            guard case let .success(file) = SourceDecoder.decode(path: "pack.json", bytes: bytes) else { return }
            _ = CompiledPackLoader().load(file, sink: sink)
        }
        // Rendering must hold too: diagnostics are printed with snippets of the input.
        let formatter = DiagnosticFormatter(sources: [], showSnippets: false)
        for diagnostic in sink.diagnostics { _ = formatter.format(diagnostic) }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzTarget.selected.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
