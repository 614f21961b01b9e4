import QuizEngine

/// Reads the articles named on a command line: files, or folders of articles.
struct ArticleLoader {
    var options: ArticleReader.Options

    struct Loaded {
        var articles: [Article] = []
        var sources: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    static let articleExtensions = ["md", "markdown", "txt", "text"]

    func load(_ paths: [String]) -> Loaded {
        var loaded = Loaded()
        let sink = DiagnosticSink()
        let reader = ArticleReader(options: options)
        var seen: [String: SourceLocation] = [:]
        for path in expand(paths, sink: sink) {
            let bytes: [UInt8]
            switch InputFile.read(path) {
            case let .failure(failure):
                sink.report(.inputUnreadable(failure.description), at: .file(path))
                continue
            case let .success(read):
                bytes = read
            }
            // Handed over, not shared: the reader lets the file's bytes go once they are decoded.
            guard let article = reader.read(path: path, bytes: consume bytes, sink: sink) else { continue }
            if let first = seen[article.id] {
                sink.report(
                    .duplicateArticleID(article.id), at: .file(path),
                    notes: [.init("first used here", at: first)]
                )
                continue
            }
            seen[article.id] = .file(path)
            loaded.articles.append(article)
            loaded.sources.append(article.source)
        }
        loaded.diagnostics = sink.diagnostics
        return loaded
    }

    /// Files stand for themselves; a folder stands for the article files in it (and in its
    /// `articles/` subfolder), README files excepted.
    private func expand(_ paths: [String], sink: DiagnosticSink) -> [String] {
        var files: [String] = []
        for path in paths {
            switch InputFile.kind(of: path) {
            case .file:
                files.append(path)
            case .directory:
                var found: [String] = []
                for folder in [path, path + "/articles"] where InputFile.kind(of: folder) == .directory {
                    for name in InputFile.list(folder) {
                        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
                        guard Self.articleExtensions.contains(ext), !name.lowercased().hasPrefix("readme") else { continue }
                        let full = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                        if InputFile.kind(of: full) == .file { found.append(full) }
                    }
                }
                if found.isEmpty { sink.report(.noArticlesInFolder(path), at: .file(path)) }
                files += found
            case .missing:
                sink.report(.inputUnreadable("no such file or folder: \(path)"), at: .file(path))
            case .other:
                sink.report(.inputUnreadable("not a regular file: \(path)"), at: .file(path))
            }
        }
        return files
    }
}

extension DiagnosticMessage {
    static func inputUnreadable(_ reason: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "input.unreadable", severity: .error, text: reason)
    }

    static func noArticlesInFolder(_ path: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "input.no-articles", severity: .error, text: "no article files (.md, .txt) in folder '\(path)'")
    }

    static func duplicateArticleID(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "input.duplicate-article", severity: .error, text: "two articles have the id '\(id)'")
    }
}
