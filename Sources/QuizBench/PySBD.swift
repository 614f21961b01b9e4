import Foundation

/// pySBD (the best public rule-based segmenter, Python) on the same text, in the same run.
enum PySBD {
    struct Result: Decodable {
        let rate: Double
        let kilobytes: Int
        let goldenPassed: Int
        let goldenTotal: Int
    }

    static let script = """
        import json, sys, time
        try:
            import pysbd
        except ImportError:
            print("null"); sys.exit(0)
        unit = open(sys.argv[1], encoding="utf-8").read()
        text = (unit + "\\n\\n") * max(1, 300_000 // len(unit))
        seg = pysbd.Segmenter(language="en", clean=False)
        t0 = time.perf_counter()
        for p in text.split("\\n\\n"):
            if p:
                seg.segment(p)
        dt = time.perf_counter() - t0
        cases = json.load(open(sys.argv[2], encoding="utf-8"))
        passed = sum(1 for c in cases if [s.strip() for s in seg.segment(c["input"])] == [e.strip() for e in c["expected"]])
        print(json.dumps({"rate": len(text.encode()) / dt / 1e6, "kilobytes": len(text.encode()) // 1000,
                          "goldenPassed": passed, "goldenTotal": len(cases)}))
        """

    static func measure(unit: String, work: URL) throws -> Result? {
        let unitFile = work.appendingPathComponent("unit.txt")
        let scriptFile = work.appendingPathComponent("pysbd_bench.py")
        try unit.write(to: unitFile, atomically: true, encoding: .utf8)
        try script.write(to: scriptFile, atomically: true, encoding: .utf8)
        let golden = Bench.shared.appendingPathComponent("eval-data/golden-rules-en.json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptFile.path, unitFile.path, golden.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try? JSONDecoder().decode(Result.self, from: data)
    }
}
