import QuizEngine

/// The pack `factquiz` plays with no arguments: content/seed, compiled into the binary as
/// source text (BuiltInPackSources.swift) and compiled in memory at start-up, so an installed
/// binary needs no files beside it.
enum BuiltInPack {
    /// The path diagnostics name for the embedded files.
    static let displayRoot = "<built-in>"

    static func compile() -> PackFolder.Compiled {
        let sink = DiagnosticSink()
        let sources = Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        let manifestFile = SourceFile(path: "\(displayRoot)/pack.yaml", text: sources["pack.yaml"] ?? "")
        guard let manifest = PackManifestParser().parse(manifestFile, sink: sink) else {
            return PackFolder.Compiled(pack: nil, diagnostics: sink.diagnostics, sources: [manifestFile], articles: [], findings: [])
        }
        let articleFiles = manifest.articles.map { entry in
            PackCompiler.ArticleFile(
                entry: entry, displayPath: "\(displayRoot)/\(entry.value)",
                contents: sources[entry.value].map { .success(Array($0.utf8)) }
                    ?? .failure(.init(reason: "not part of the built-in pack"))
            )
        }
        let output = PackCompiler().compile(manifest, articleFiles: articleFiles, sink: sink)
        return PackFolder.Compiled(
            pack: output.pack, diagnostics: sink.sorted, sources: [manifestFile] + output.articles.map(\.source),
            articles: output.articles, findings: output.findings
        )
    }
}
