import Foundation
import QuizEngine

/// Builds the recorders a session writes to: the progress store, and results files when the
/// teacher asked for them (`--results DIR`).
enum SessionRecorders {
    struct Options {
        var player: String
        var resultsDirectory: String?
        /// The packs the session plays: their questions are kept so that `factquiz review` can
        /// ask missed ones again, and results files quote their sources.
        var packs: [CompiledPack]
        /// Compiled pack files as read, by fingerprint, stored as they are.
        var packJSON: [String: [UInt8]] = [:]
        /// The file or folder the pack was loaded from, remembered for review.
        var packSource: String? = nil
    }

    /// The recorders to use, and warnings to show the player (e.g. progress cannot be saved).
    static func make(_ options: Options) -> (recorders: [any SessionRecorder], warnings: [String]) {
        var recorders: [any SessionRecorder] = []
        var warnings: [String] = []
        switch ProgressStore.open() {
        case let .success(opened):
            warnings += opened.notices
            recorders.append(ProgressRecorder(store: opened.store, packs: options.packs, packJSON: options.packJSON, packSource: options.packSource))
        case let .failure(failure):
            warnings.append("progress will not be saved this session: \(failure.description)")
        }
        if let directory = options.resultsDirectory {
            if let problem = ResultsDirectory.problem(with: directory) {
                warnings.append("exam results cannot be written to \(directory): \(problem)")
            } else {
                recorders.append(ResultsRecorder(directory: directory, player: options.player, packs: options.packs))
            }
        }
        return (recorders, warnings)
    }
}

/// Checks a results folder before an exam starts, so the teacher hears about a typo or a
/// read-only share before thirty students have answered, not after.
enum ResultsDirectory {
    static func problem(with path: String) -> String? {
        switch InputFile.kind(of: path) {
        case .file, .other:
            return "it is a file, not a folder"
        case .missing:
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                return ProgressStore.reason(error)
            }
            return nil
        case .directory:
            return access(path, W_OK | X_OK) == 0 ? nil : String(cString: strerror(errno))
        }
    }
}
