import Foundation
import QuizEngine

/// The readers of untrusted input, each fed the fuzzer's bytes. `FACTQUIZ_FUZZ_TARGET` picks
/// one (libFuzzer gives a binary a single entry point).
enum FuzzTarget: String, CaseIterable {
    case article
    case manifest
    case compiledPack = "compiled-pack"
    case gift
    case answer
    /// Two articles from one input (split at its middle), through the checker: the
    /// cross-article comparisons are where index arithmetic could go wrong.
    case checker

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
        case .gift:
            guard case let .success(file) = SourceDecoder.decode(path: "quiz.gift", bytes: bytes) else { return }
            _ = PackYAMLWriter().write(GIFTImporter().importPack(file, id: "fuzz", title: nil, sink: sink))
        case .answer:
            let line = String(decoding: bytes, as: UTF8.self)
            for question in Self.sampleQuestions { _ = AnswerParser.parse(line, for: question) }
        case .checker:
            let middle = bytes.count / 2
            let articles = [bytes[..<middle], bytes[middle...]].enumerated().compactMap { index, half in
                ArticleReader().read(path: "fuzz\(index).md", bytes: Array(half), sink: sink)
            }
            let claims = articles.map { ClaimExtractor().claims(in: $0) }
            let findings = ConsistencyChecker().check(articles: articles, claims: claims.flatMap { $0 })
            _ = InconsistencyQuestionGenerator(articles: articles, claims: claims).questions(from: findings, seed: 1)
        }
        // Rendering must hold too: diagnostics are printed with snippets of the input.
        let formatter = DiagnosticFormatter(sources: [], showSnippets: false)
        for diagnostic in sink.diagnostics { _ = formatter.format(diagnostic) }
    }
}

extension FuzzTarget {
    /// One question of each kind (the regression corpus's small pack), loaded once, for the
    /// answer parser to read lines against.
    static let sampleQuestions: [Question] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Tests/QuizEngineTests/Reliability/Regressions/small-pack.json").standardized
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let pack = CompiledPackLoader().load(SourceFile(path: "small-pack.json", text: text), sink: DiagnosticSink())
        else { fatalError("the answer target reads Tests/QuizEngineTests/Reliability/Regressions/small-pack.json") }
        return pack.questions
    }()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzTarget.selected.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
