// swift-tools-version: 6.0
// taskforce: legislative review for a sex workers' union (see README.md).
import PackageDescription

let package = Package(
    name: "taskforce",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Subcommands, options, help and exit codes: replaces a hand-written argv parser.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 for article fingerprints (and bundles later): Foundation on Linux has no hash.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Digest templates (Markdown, HTML) with escaping done by the template engine for every
        // value, per content type: replaces hand-built strings where one forgotten escape
        // would let a comment inject markup into the union's document.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // CSV writing (RFC 4180 quoting) for the digest, and reading back in its tests.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // DOCX and ODT are zips of XML: a maintained zip reader (deflate, ZIP64, entry sizes
        // known before extraction, so a zip bomb is refused) instead of a hand-written one.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // Property tests (splitting loses no text); test-only.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The only C in the project: a module map and a shim over ncursesw (DESIGN 8).
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Pure Swift, no terminal: texts, articles, importers.
        .target(
            name: "TaskForceCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The only module that imports curses.
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "TaskForceUI"]),
        // Pure Swift, no curses: cell grid, text width, wrapping, sanitizer (DESIGN 6).
        // Depends on the core only for NFC.
        .target(name: "TaskForceUI", dependencies: ["TaskForceCore"]),
        .executableTarget(
            name: "taskforce",
            dependencies: [
                "TaskForceCore",
                "TaskForceUI",
                "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A benchmark tool for scripts/bench-review (BENCHMARKS.md), not part of taskforce:
        // never installed or shipped.
        .executableTarget(
            name: "review-bench",
            dependencies: ["TaskForceCore", "TaskForceUI", "CursesTerminal"]
        ),
        // Hostile annotation folders, shared by the unit tests and the end-to-end tests.
        .target(name: "AnnotationFixtures", dependencies: ["TaskForceCore"], path: "Tests/AnnotationFixtures"),
        // Child processes with a deadline on every wait (tar, mount, tmux, taskforce itself).
        .target(name: "ChildProcesses", path: "Tests/ChildProcesses"),
        .testTarget(
            name: "TaskForceCoreTests",
            dependencies: [
                "TaskForceCore",
                "AnnotationFixtures",
                "ChildProcesses",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .testTarget(name: "TaskForceUITests", dependencies: ["TaskForceUI"]),
        // Real ncursesw on a pseudo-terminal, drawing the real review screen of the demo bill.
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "CNcursesw", "TaskForceCore", "TaskForceUI"]),
        // Runs the built `taskforce` binary as a user would.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["TaskForceCore", "AnnotationFixtures", "ChildProcesses", .product(name: "CSV", package: "CSV.swift")],
            // Expected digests, read from the source tree by path (DigestGoldenTests), and the
            // import fixtures (scripts/make-import-fixtures.py), read by path too.
            exclude: ["Golden", "ImportFixtures"]
        ),
    ]
)
