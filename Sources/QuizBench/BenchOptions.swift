import Foundation

/// Command-line options of the benchmark (kept to a few flags; no argument-parser dependency
/// for one executable that developers run).
struct BenchOptions {
    /// The factquiz binary to measure; by default the one beside this executable.
    var binary: String
    /// Article counts for the compile scaling rows.
    var sizes = [1, 10, 100, 1_000, 10_000]
    /// Repetitions per measurement (the median is reported).
    var runs = 3
    /// Skip the pySBD comparison (no Python).
    var skipPython = false
    /// Keep the generated inputs (articles, packs) for profiling, and say where they are.
    var keep = false

    static func parse(_ arguments: ArraySlice<String>) -> BenchOptions {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        var options = BenchOptions(binary: here.appendingPathComponent("factquiz").path)
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--binary": options.binary = iterator.next() ?? options.binary
            case "--sizes": options.sizes = (iterator.next() ?? "").split(separator: ",").compactMap { Int($0) }
            case "--runs": options.runs = max(1, Int(iterator.next() ?? "") ?? options.runs)
            case "--quick": options.sizes = [1, 10, 100, 1_000]; options.runs = 1
            case "--no-python": options.skipPython = true
            case "--keep": options.keep = true
            case "-h", "--help":
                print("""
                    usage: factquiz-bench [--binary PATH] [--sizes 1,10,100] [--runs N] [--quick] [--no-python] [--keep]
                    Measures segmentation throughput (vs pySBD), compile throughput and scaling with peak
                    memory, and the game's start-up and feedback latency, on the release binary.
                    --keep leaves the generated articles and packs in place for profiling.
                    """)
                exit(0)
            default:
                FileHandle.standardError.write(Data("factquiz-bench: unknown option \(argument)\n".utf8))
                exit(2)
            }
        }
        return options
    }
}
