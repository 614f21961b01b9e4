// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "factquiz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "factquiz", targets: ["QuizApp"]),
        .executable(name: "factquiz-bench", targets: ["QuizBench"]),
        .library(name: "QuizEngine", targets: ["QuizEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // GNU readline (GPL; hence factquiz is GPL-3.0-or-later). Headers come from libreadline-dev.
        .systemLibrary(
            name: "CReadline",
            path: "Sources/CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // The content compiler and the game's rules: no terminal, no file-system writes.
        .target(
            name: "QuizEngine",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The `factquiz` command: argument parsing, terminal, storage.
        .executableTarget(
            name: "QuizApp",
            dependencies: [
                "QuizEngine",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // `swift run -c release factquiz-bench`: throughput, scaling and latency in one table.
        .executableTarget(
            name: "QuizBench",
            dependencies: ["QuizEngine"]
        ),
        .testTarget(
            name: "QuizEngineTests",
            dependencies: ["QuizEngine"],
            // Test data read from the source tree by path, not bundled.
            exclude: ["Consistency/Corpus", "Consistency/HeldOut", "Reliability/Regressions"]
        ),
        // Drives the real `factquiz` binary; depending on QuizApp makes `swift test` build it.
        .testTarget(
            name: "QuizAppTests",
            dependencies: ["QuizApp", "QuizEngine"],
            exclude: ["Fixtures"]
        ),
    ]
)

// libFuzzer targets for the readers of untrusted input (docs/fuzzing.md). Only with
// FACTQUIZ_FUZZ=1: the target has no `main`, so an ordinary build must not see it.
if Context.environment["FACTQUIZ_FUZZ"] == "1" {
    package.targets.append(.executableTarget(name: "FactQuizFuzz", dependencies: ["QuizEngine"]))
}
