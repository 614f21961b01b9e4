import Foundation
import QuizEngine

/// The benchmark: each section measures whole processes of the real binary and adds rows to
/// one table.
struct Bench {
    let options: BenchOptions
    let work: URL

    init(options: BenchOptions) {
        self.options = options
        work = FileManager.default.temporaryDirectory.appendingPathComponent("factquiz-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    static var shared: URL {
        // ../shared next to the repository, where the seed articles and eval data live
        // (FACTQUIZ_SHARED overrides).
        if let path = ProcessInfo.processInfo.environment["FACTQUIZ_SHARED"] { return URL(fileURLWithPath: path) }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Bench.swift, QuizBench, Sources, the repository
        return url.appendingPathComponent("shared")
    }

    func run() throws {
        defer {
            if options.keep {
                print("inputs kept in \(work.path)")
            } else {
                try? FileManager.default.removeItem(at: work)
            }
        }
        var table = Table()
        table.note("machine: \(MachineInfo.describe())")
        table.note("binary: \(options.binary)")
        try segmentation(into: &table)
        try compileScaling(into: &table)
        try game(into: &table)
        print(table.render())
    }

    // MARK: Segmentation

    /// The seed article bodies as paragraphs: the news text the segmenter is measured on.
    func newsText() throws -> String {
        let seeds = Self.shared.appendingPathComponent("seeds")
        var paragraphs: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            for block in text.components(separatedBy: "\n\n") {
                let trimmed = block.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.utf8.count > 80 { paragraphs.append(trimmed) }
            }
        }
        return paragraphs.joined(separator: "\n\n")
    }

    func segmentation(into table: inout Table) throws {
        table.section("Sentence segmentation (seed news text)")
        let unit = try newsText()
        let big = String(repeating: unit + "\n\n", count: max(1, 30_000_000 / unit.utf8.count))
        let file = work.appendingPathComponent("big.md")
        try ("---\ntitle: Benchmark corpus\n---\n" + big).write(to: file, atomically: true, encoding: .utf8)
        let megabytes = Double(big.utf8.count) / 1e6

        // One run first, not counted: the 30 MB file was just written, and a run that overlaps
        // the kernel writing it back to disk measured up to half again as long.
        // The JSON goes to /dev/null, as in the acceptance check: through a pipe to this process
        // the measurement was partly of the pipe.
        _ = try Subprocess.measure(options.binary, ["passages", "--format", "json", file.path], discardingOutput: true)
        let whole = try ProcessTimer.median(runs: options.runs) {
            try Subprocess.measure(options.binary, ["passages", "--format", "json", file.path], discardingOutput: true)
        }
        let processRate = megabytes / whole.seconds
        table.row("factquiz passages --format json > /dev/null, 30 MB, whole process", String(format: "%.1f MB/s", processRate),
                  String(format: "%.2f s, %.0f MB peak", whole.seconds, whole.peakMegabytes))

        let paragraphs = big.components(separatedBy: "\n\n")
        let segmenter = SentenceSegmenter()
        let clock = ContinuousClock()
        var sentences = 0
        let elapsed = clock.measure {
            for paragraph in paragraphs { sentences += segmenter.sentences(in: paragraph).count }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let inProcessRate = megabytes / seconds
        table.row("SentenceSegmenter in process", String(format: "%.1f MB/s", inProcessRate), "\(sentences) sentences")

        let golden = GoldenRules.score()
        table.row("golden rules, factquiz", golden.map { "\($0.passed)/\($0.total)" } ?? "n/a", "eval-data/golden-rules-en.json")

        guard !options.skipPython else { return }
        if let python = try PySBD.measure(unit: unit, work: work) {
            table.row("pySBD (Python) on the same text", String(format: "%.3f MB/s", python.rate), "\(python.kilobytes) KB segmented")
            table.row("golden rules, pySBD", "\(python.goldenPassed)/\(python.goldenTotal)", "")
            table.row("ratio factquiz / pySBD (whole process)", String(format: "%.0fx", processRate / python.rate), "target >= 400x, >= 100 MB/s")
        } else {
            table.row("pySBD", "not installed", "pip install pysbd")
        }
    }

    // MARK: Compile

    func compileScaling(into table: inout Table) throws {
        table.section("Full compile (articles -> passages, claims, findings, questions), one core")
        var previous: (articles: Int, seconds: Double)?
        var generator = SyntheticNews(seed: 42)
        var written: [String] = []
        let pack = work.appendingPathComponent("scaling")
        try FileManager.default.createDirectory(at: pack.appendingPathComponent("articles"), withIntermediateDirectories: true)
        var bytes = 0
        for size in options.sizes.sorted() {
            while written.count < size {
                let name = String(format: "a%05d.md", written.count)
                let text = generator.article(index: written.count)
                bytes += text.utf8.count
                try text.write(to: pack.appendingPathComponent("articles/\(name)"), atomically: false, encoding: .utf8)
                written.append(name)
            }
            let manifest = """
                id: scaling
                title: Scaling benchmark
                generate:
                  seed: 1
                  true-false: \(size)
                  fact-check: \(max(1, size / 2))
                  spot-the-inconsistency: all
                articles:
                \(written.map { "  - articles/\($0)" }.joined(separator: "\n"))

                """
            try manifest.write(to: pack.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
            let output = work.appendingPathComponent("scaling-\(size).json")
            // The median of several runs at every size, 10,000 included: on a shared machine one
            // run can be 30% off, and the growth from 1,000 to 10,000 is a ratio of two of them.
            let result = try ProcessTimer.median(runs: options.runs) {
                try Subprocess.measure("/usr/bin/taskset", ["-c", "0", options.binary, "compile", pack.path, "-o", output.path])
            }
            let questions = (try? JSONDecoder().decode(CompiledPack.self, from: Data(contentsOf: output)))?.questions.count ?? 0
            var growth = ""
            if let previous {
                growth = String(format: ", x%.1f time for x%d articles", result.seconds / previous.seconds, size / previous.articles)
            }
            table.row("\(size) articles (\(String(format: "%.1f", Double(bytes) / 1e6)) MB)",
                      String(format: "%.2f MB/s", Double(bytes) / 1e6 / result.seconds),
                      String(format: "%.3f s, %.0f MB peak, %d questions%@", result.seconds, result.peakMegabytes, questions, growth))
            previous = (size, result.seconds)
        }
    }

    // MARK: Game

    func game(into table: inout Table) throws {
        table.section("The game (release binary, fresh data folder)")
        let data = work.appendingPathComponent("data")
        let environment = ["XDG_DATA_HOME": data.path, "NO_COLOR": "1"]
        try latency("default pack", arguments: ["play", "--seed", "1", "--count", "10"], environment: environment, into: &table)
        let big = work.appendingPathComponent("questions-10000.json")
        try TenThousandQuestions.write(to: big, binary: options.binary, work: work)
        try latency("10,000-question pack", arguments: ["play", big.path, "--seed", "1", "--count", "10"], environment: environment, into: &table)
    }

    private func latency(_ name: String, arguments: [String], environment: [String: String], into table: inout Table) throws {
        var firstQuestion: [Double] = []
        var feedback: [Double] = []
        for _ in 0..<max(3, options.runs) {
            let process = try Subprocess.spawn(options.binary, arguments, environment: environment)
            // The first question is on screen when its answer prompt is.
            guard let first = process.read(until: GameMarkers.prompt), first.text.contains(GameMarkers.question) else {
                _ = process.finish()
                continue
            }
            firstQuestion.append(process.secondsSinceStart)
            // Five questions answered, each timed from the answer to the next prompt: the whole
            // feedback written and the answer committed to the progress database. Only accepted
            // answers count: one the game cannot read for this kind of question gets a hint (no
            // scoring, no commit), and the next candidate is tried.
            var answered = 0
            questions: while answered < 5 {
                for answer in GameMarkers.answers {
                    process.write(answer + "\n")
                    guard let reply = process.read(until: GameMarkers.prompt) else { break questions }
                    if GameMarkers.feedback.contains(where: reply.text.contains) {
                        feedback.append(reply.marker)
                        answered += 1
                        continue questions
                    }
                }
                break
            }
            _ = process.finish()
        }
        func median(_ values: [Double]) -> Double { values.isEmpty ? .nan : values.sorted()[values.count / 2] }
        table.row("\(name): start to first question", String(format: "%.0f ms", median(firstQuestion) * 1000),
                  "median of \(firstQuestion.count)")
        table.row("\(name): answer to feedback (incl. database commit)", String(format: "%.1f ms", median(feedback) * 1000),
                  "median of \(feedback.count)")
    }
}
