#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import QuizEngine

/// A pack folder on disk: reads `pack.yaml` and the articles it lists, keeping every read
/// inside the folder, and hands them to the compiler.
struct PackFolder {
    let path: String

    /// Everything a compile of the folder produced: the pack (nil on errors), the diagnostics,
    /// and the sources they point into.
    struct Compiled {
        var pack: CompiledPack?
        var diagnostics: [Diagnostic]
        var sources: [SourceFile]
        var articles: [Article]
        var findings: [Finding]
        var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    static func isPackFolder(_ path: String) -> Bool {
        InputFile.kind(of: path) == .directory && InputFile.kind(of: join(path, "pack.yaml")) == .file
    }

    func compile() -> Compiled {
        let sink = DiagnosticSink()
        let manifestPath = Self.join(path, "pack.yaml")
        let bytes: [UInt8]
        switch InputFile.read(manifestPath, limit: 16 << 20) {
        case let .success(read): bytes = read
        case let .failure(failure):
            sink.report(.inputUnreadable(failure.description), at: .file(manifestPath))
            return Compiled(pack: nil, diagnostics: sink.diagnostics, sources: [], articles: [], findings: [])
        }
        let file: SourceFile
        switch SourceDecoder.decode(path: manifestPath, bytes: bytes) {
        case let .success(decoded): file = decoded
        case let .failure(.invalidUTF8(byte, line, column)):
            sink.report(.inputUnreadable("pack.yaml is not valid UTF-8 (byte 0x\(String(byte, radix: 16)))"),
                        at: SourceLocation(file: manifestPath, offset: 0, line: line, column: column))
            return Compiled(pack: nil, diagnostics: sink.diagnostics, sources: [], articles: [], findings: [])
        case let .failure(.binary(line, column)):
            sink.report(.inputUnreadable("pack.yaml holds a NUL byte: it is not a text file"),
                        at: SourceLocation(file: manifestPath, offset: 0, line: line, column: column))
            return Compiled(pack: nil, diagnostics: sink.diagnostics, sources: [], articles: [], findings: [])
        }
        guard let manifest = PackManifestParser().parse(file, sink: sink) else {
            return Compiled(pack: nil, diagnostics: sink.diagnostics, sources: [file], articles: [], findings: [])
        }
        let paths = PathResolver()
        let root = paths.resolve(path)
        let files = manifest.articles.map { readArticle($0, root: root, paths: paths) }
        let listed = Set(files.compactMap { paths.resolve(Self.join(path, $0.entry.value)) })
        let unlisted = articleFilesInFolder().filter { !listed.contains(paths.resolve(Self.join(path, $0)) ?? "") }
        let output = PackCompiler().compile(manifest, articleFiles: files, unlistedFiles: unlisted, sink: sink)
        return Compiled(
            pack: output.pack, diagnostics: sink.sorted, sources: [file] + output.articles.map(\.source),
            articles: output.articles, findings: output.findings
        )
    }

    /// Reads one listed article, refusing paths that lead outside the folder: absolute paths,
    /// `..` components, and symbolic links that resolve elsewhere.
    private func readArticle(
        _ entry: PackManifest.Located<String>, root: String?, paths: PathResolver
    ) -> PackCompiler.ArticleFile {
        let display = Self.join(path, entry.value)
        if entry.value.hasPrefix("/") || entry.value.hasPrefix("~") || entry.value.hasComponent("..", separatedBy: "/") {
            return .init(entry: entry, displayPath: display, contents: .failure(.init(reason: "outside the pack", outsidePack: true)))
        }
        guard let real = paths.resolve(display) else {
            return .init(entry: entry, displayPath: display, contents: .failure(.init(reason: "no such file")))
        }
        guard let root, real.hasPrefix(root + "/") else {
            return .init(entry: entry, displayPath: display, contents: .failure(.init(reason: "outside the pack", outsidePack: true)))
        }
        switch InputFile.read(real) {
        case let .success(bytes):
            return .init(entry: entry, displayPath: display, contents: .success(bytes))
        case let .failure(failure):
            return .init(entry: entry, displayPath: display, contents: .failure(.init(reason: failure.description)))
        }
    }

    /// Article files lying in the folder or its `articles/` subfolder, relative to the folder.
    private func articleFilesInFolder() -> [String] {
        var found: [String] = []
        for sub in ["", "articles"] {
            let folder = sub.isEmpty ? path : Self.join(path, sub)
            guard InputFile.kind(of: folder) == .directory else { continue }
            for name in InputFile.list(folder) {
                let ext = name.lastComponent(separatedBy: ".").lowercased()
                guard ArticleLoader.articleExtensions.contains(ext), !name.lowercased().hasPrefix("readme") else { continue }
                found.append(sub.isEmpty ? name : "\(sub)/\(name)")
            }
        }
        return found
    }

    static func join(_ base: String, _ name: String) -> String {
        base.hasSuffix("/") ? base + name : base + "/" + name
    }
}
