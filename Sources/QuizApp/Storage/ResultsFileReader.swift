import Foundation
import QuizEngine

/// Reads exam results files (`factquiz play --mode exam --results DIR`) for `factquiz report`.
///
/// They come back from thirty students' machines, a shared folder or an email attachment, so
/// each is treated as hostile: size-bounded, format-checked, and every problem reported with the
/// file and, where the JSON parser knows it, the line and column.
enum ResultsFileReader {
    static let sizeLimit = 16 << 20

    struct Loaded {
        var results: [(file: String, result: ExamResult)] = []
        var diagnostics: [Diagnostic] = []
        var skipped: [String] = []
    }

    /// Files and folders (every `.json` directly inside). A `.csv` whose `.json` twin is also
    /// given is skipped: `factquiz report results/*` just works.
    static func load(_ paths: [String]) -> Loaded {
        var loaded = Loaded()
        var files: [String] = []
        for path in paths {
            switch InputFile.kind(of: path) {
            case .directory:
                let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                let inside = InputFile.list(path).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { "\(base)/\($0)" }
                if inside.isEmpty {
                    loaded.diagnostics.append(Diagnostic(.resultsNone("no .json results files in this folder"), at: .file(path)))
                }
                files += inside
            default:
                files.append(path)
            }
        }
        let given = Set(files)
        for file in files {
            if file.hasSuffix(".csv") {
                let twin = String(file.dropLast(4)) + ".json"
                if given.contains(twin) {
                    loaded.skipped.append(file)
                } else {
                    loaded.diagnostics.append(Diagnostic(.resultsNone("a CSV results file is for spreadsheets; give the .json file beside it"), at: .file(file)))
                }
                continue
            }
            switch read(file) {
            case let .success(result): loaded.results.append((file, result))
            case let .failure(problem): loaded.diagnostics.append(problem.diagnostic)
            }
        }
        return loaded
    }

    /// A file that cannot be used, as a diagnostic.
    struct Problem: Error {
        let diagnostic: Diagnostic
    }

    static func read(_ file: String) -> Result<ExamResult, Problem> {
        let bytes: [UInt8]
        switch InputFile.read(file, limit: sizeLimit) {
        case let .failure(failure): return .failure(Problem(diagnostic: Diagnostic(.inputUnreadable(failure.description), at: .file(file))))
        case let .success(read): bytes = read
        }
        let data = Data(bytes)
        struct Header: Decodable { let format: String? }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            return .failure(Problem(diagnostic: diagnostic(for: error, file: file, bytes: bytes)))
        }
        guard let format = header.format, format.hasPrefix("factquiz-results/") else {
            return .failure(Problem(diagnostic: Diagnostic(.resultsInvalid("not a factquiz results file (no \"format\": \"\(ExamResult.currentFormat)\")"), at: .file(file))))
        }
        guard format == ExamResult.currentFormat else {
            return .failure(Problem(diagnostic: Diagnostic(.resultsInvalid("results format '\(format)' is not one this factquiz reads ('\(ExamResult.currentFormat)'); update factquiz"), at: .file(file))))
        }
        do {
            return .success(try decoder.decode(ExamResult.self, from: data))
        } catch {
            return .failure(Problem(diagnostic: diagnostic(for: error, file: file, bytes: bytes)))
        }
    }

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    /// Where the JSON went wrong: the key path for a wrong value, the line and column (when the
    /// parser says) for broken syntax.
    private static func diagnostic(for error: any Error, file: String, bytes: [UInt8]) -> Diagnostic {
        guard let error = error as? DecodingError else {
            return Diagnostic(.resultsInvalid(String(describing: error)), at: .file(file))
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            if let syntax = JSONSyntaxCheck.firstProblem(in: bytes) {
                let location = SourceLocation(file: file, offset: 0, line: syntax.line, column: syntax.column)
                return Diagnostic(.resultsInvalid("not valid JSON: \(syntax.message)"), at: location)
            }
            return Diagnostic(.resultsInvalid("not valid JSON: \(context.debugDescription)"), at: .file(file))
        case let .dataCorrupted(context):
            return Diagnostic(.resultsInvalid("\(path(context.codingPath)): \(context.debugDescription)"), at: .file(file))
        case let .keyNotFound(key, context):
            return Diagnostic(.resultsInvalid("\(path(context.codingPath + [key])) is missing"), at: .file(file))
        case let .typeMismatch(type, context), let .valueNotFound(type, context):
            return Diagnostic(.resultsInvalid("\(path(context.codingPath)): expected \(describe(type))"), at: .file(file))
        @unknown default:
            return Diagnostic(.resultsInvalid(String(describing: error)), at: .file(file))
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        var out = ""
        for key in codingPath {
            if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out.isEmpty ? "the document" : out
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Double.Type, is UInt64.Type: "a number"
        case is Date.Type: "a date like 2026-01-31T09:00:00Z"
        default: "a value of type \(type)"
        }
    }
}

extension DiagnosticMessage {
    static func resultsInvalid(_ detail: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "results.invalid", severity: .error, text: detail)
    }
    static func resultsNone(_ detail: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "results.none", severity: .error, text: detail)
    }
}
