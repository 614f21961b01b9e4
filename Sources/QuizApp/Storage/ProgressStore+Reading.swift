import Foundation
import QuizEngine

extension ProgressStore {
    /// Opens the store for a command that only reads it (`stats`, `review --list`): nil, without
    /// creating anything, when nothing has been recorded yet.
    static func openExisting(notices: inout [String]) throws -> ProgressStore? {
        let path = DataDirectory.path + "/" + fileName
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        switch open() {
        case let .success(opened):
            notices += opened.notices
            return opened.store
        case let .failure(failure):
            throw failure
        }
    }
}
