/// What a one-shot command leaves for the end of the process to take back.
///
/// When `compile` has written its pack, the pack, the articles and the diagnostics would be
/// released as `run()` returns: every passage's and question's storage freed one by one
/// (13M instructions, 0.5% of compiling 1,000 articles), just before the process exits and
/// the system takes all its memory back at once. A value handed to `keep` is held by a global,
/// and globals are never released.
enum ProcessEnd {
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Holds `value` until the process exits. Only for the last values of a command that ends
    /// the process: anything kept here is never freed.
    static func keep(_ value: Any) {
        kept.append(value)
    }
}
