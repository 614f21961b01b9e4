import Foundation
import Testing

/// The completion scripts and the man page are generated from the argument parser
/// (`completions/generate.sh`); these tests fail when a command or option changed and they were
/// not regenerated.
@Suite("completion scripts and man page")
struct DocsAreCurrentTests {
    @Test("each committed completion script is what the binary generates", arguments: [
        ("bash", "completions/factquiz.bash"), ("zsh", "completions/_factquiz"), ("fish", "completions/factquiz.fish"),
    ])
    func completions(shell: String, path: String) throws {
        let out = try FactQuizProcess.run(["--generate-completion-script", shell])
        #expect(out.status == 0)
        let committed = try String(contentsOf: Repository.root.appendingPathComponent(path), encoding: .utf8)
        #expect(committed == out.stdout, "\(path) is out of date: run completions/generate.sh")
    }

    @Test("the man page documents every command, its abstract and each of its options")
    func manPage() throws {
        let dump = try FactQuizProcess.run(["--experimental-dump-help"])
        let root = try #require((try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])?["command"] as? [String: Any])
        let page = try String(contentsOf: Repository.root.appendingPathComponent("docs/man/factquiz.1"), encoding: .utf8)
        // Sections of the page: the text after each `.It Em command` up to the next one.
        var sections: [String: String] = [:]
        for chunk in page.components(separatedBy: "\n.It Em ").dropFirst() {
            let name = String(chunk.prefix { $0 != "\n" })
            sections[name, default: ""] += chunk
        }
        let subcommands = (root["subcommands"] as? [[String: Any]] ?? []).filter { $0["shouldDisplay"] as? Bool ?? true }
        #expect(subcommands.count > 5)
        for command in subcommands {
            let name = try #require(command["commandName"] as? String)
            let section = try #require(sections[name], "docs/man/factquiz.1 lacks the command \(name): run completions/generate.sh")
            if let abstract = command["abstract"] as? String {
                #expect(section.contains(abstract), "the man page's \(name) abstract is out of date: run completions/generate.sh")
            }
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool ?? true {
                let longNames = (argument["names"] as? [[String: String]] ?? []).filter { $0["kind"] == "long" }.compactMap { $0["name"] }
                for option in longNames where option != "help" {
                    #expect(section.contains("Fl -\(option)") || section.contains(", -\(option)"), "the man page lacks \(name) --\(option): run completions/generate.sh")
                }
            }
        }
    }
}
