import Foundation

/// The process environment, read once.
enum Environment {
    static var current: [String: String] { ProcessInfo.processInfo.environment }
}
