import Foundation
import QuizEngine

/// The packs named on the command line (`factquiz play a.json b/`), loaded again for the
/// recorders when the caller did not hand them over in `SessionRecorders.Options`.
///
/// The progress store keeps each pack's compiled questions so `factquiz review` can ask them
/// again months later, and results files quote each question's sources; both need the pack, not
/// only its id. Arguments that are not existing pack files or folders (options, their values)
/// are skipped; a pack that fails to load here was already reported by the command itself.
enum CommandLinePacks {
    static func load(arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> (packs: [CompiledPack], source: String?) {
        var packs: [CompiledPack] = []
        var sources: [String] = []
        for argument in arguments where !argument.hasPrefix("-") {
            let isPack: Bool
            switch InputFile.kind(of: argument) {
            case .file: isPack = argument.hasSuffix(".json")
            case .directory: isPack = InputFile.kind(of: argument + "/pack.yaml") == .file
            case .missing, .other: isPack = false
            }
            guard isPack, case let .success(pack) = PackLoader().load(argument) else { continue }
            packs.append(pack)
            sources.append(argument)
        }
        return (packs, sources.count == 1 ? absolute(sources[0]) : nil)
    }

    private static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let directory = FileManager.default.currentDirectoryPath
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }
}

