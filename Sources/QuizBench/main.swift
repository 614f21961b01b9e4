// factquiz-bench: throughput, scaling and latency of the release binary, in one table.
// Run with `make bench` (a release build, pySBD installed from pip, then this).
import Foundation
import QuizEngine

let options = BenchOptions.parse(CommandLine.arguments.dropFirst())
let bench = Bench(options: options)
do {
    try bench.run()
} catch {
    FileHandle.standardError.write(Data("factquiz-bench: \(error)\n".utf8))
    exit(1)
}
