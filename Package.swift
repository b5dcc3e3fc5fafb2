// swift-tools-version: 6.0
// taskforce: legislative review for a sex workers' union (see README.md).
import PackageDescription

// Release builds link the C++ runtime that the Swift runtime, Foundation and ICU use
// (libstdc++, and libgcc's unwinder) into taskforce rather than loading the shared libraries
// at every start, where the loader mapped them and resolved 1,700 of their symbols: a
// one-article parse, 0.57 ms less CPU in 3.3 for libstdc++ and a further 0.1 for libgcc. The
// Swift driver's own -lstdc++ cannot be changed, so Link/ holds a linker script named
// libstdc++.so that answers it with GCC's libstdc++.a. Without --static-swift-stdlib the
// shared Swift runtime still loads the shared libstdc++, and this binary keeps its copy to
// itself (it exports no symbol); gold then discards the functions that libstdc++.a's
// SystemTap probes point at unless they are kept as roots (-u), as the static build keeps
// them anyway. Release only: debug builds load the shared Swift runtime.
let cxxRuntimeLinkedIn: [LinkerSetting] = [
    .unsafeFlags(["-L", Context.packageDirectory + "/Link", "-Xclang-linker", "-static-libgcc",
                  "-Xlinker", "--undefined=__cxa_throw", "-Xlinker", "--undefined=__cxa_rethrow",
                  "-Xlinker", "--undefined=__cxa_begin_catch"],
                 .when(platforms: [.linux], configuration: .release)),
]

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
        // Reading CSV back in the digest's tests (the digest writes its RFC 4180 quoting itself:
        // DigestCSV.Quoting says why).
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // DOCX and ODT are zips of XML: a maintained zip reader (deflate, ZIP64, entry sizes
        // known before extraction, so a zip bomb is refused) instead of a hand-written one,
        // and the writer of the DOCX and ODT digests (entry dates set, so the bytes repeat).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // Property tests (splitting loses no text); test-only.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // C: a module map and a shim over ncursesw (docs/ARCHITECTURE.md, the table of targets).
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // UTF-8 validation 32 bytes at a time with AVX2 (docs/ARCHITECTURE.md, Texts): Swift's
        // SIMD types compile these byte shuffles to scalar code.
        .target(name: "CTextScan"),
        // libxml2's SAX parser for the XML importers, loaded with dlopen on first use: linked
        // (as FoundationXML did), libxml2 with ICU, lzma and zlib was loaded at every start,
        // about 1.2 ms of each command (BENCHMARKS.md, "Start-up without libxml2"). The header
        // path is an unsafe flag because pkg-config's libxml-2.0 (the systemLibrary route) also
        // adds -lxml2 to whatever depends on it, and headerSearchPath takes no absolute path.
        // Only types and the SAX handler come from the header; every function comes from dlsym.
        .target(
            name: "CXMLReader",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])]
        ),
        // Swift, no terminal: texts, articles, importers.
        .target(
            name: "TaskForceCore",
            dependencies: [
                "CTextScan",
                "CXMLReader",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The cell grid a screen is drawn into, its styles and rectangles, keys and mouse
        // events, display widths: what both the screens and the curses backend speak, and
        // nothing else (no core, no libraries). See docs/ARCHITECTURE.md.
        .target(name: "TerminalGrid"),
        // The only module that imports curses: it paints a TerminalGrid and reads keys.
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "TerminalGrid"]),
        // Pure Swift, no curses: the screens' model, update and views, interface strings.
        .target(name: "TaskForceUI", dependencies: ["TaskForceCore", "TerminalGrid"]),
        // What the review screen's effects do to the world (disk, clock, watches), behind a
        // protocol so that each effect is unit-tested; the executable only wires it up.
        .target(name: "ReviewRuntime", dependencies: ["TaskForceCore", "TaskForceUI"]),
        .executableTarget(
            name: "taskforce",
            dependencies: [
                "TaskForceCore",
                "TaskForceUI",
                "ReviewRuntime",
                "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift driver links executables with --export-dynamic, which put the 9,300
            // public symbols of our modules and BoringSSL in the dynamic symbol table; the
            // runtime's crash-handler set-up calls dladdr at every start, which reads that
            // table symbol by symbol. Nothing looks them up (no plug-ins; libxml2 is opened
            // RTLD_LOCAL and only needs its own libraries); crash backtraces read the ELF
            // symbol table, which stays. A one-article parse: 0.13 ms less CPU in 3.1.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"])] + cxxRuntimeLinkedIn
        ),
        // A benchmark tool for scripts/bench-review (BENCHMARKS.md), not part of taskforce:
        // never installed or shipped.
        .executableTarget(
            name: "review-bench",
            dependencies: ["TaskForceCore", "TaskForceUI", "CursesTerminal"]
        ),
        .testTarget(name: "ReviewRuntimeTests", dependencies: ["ReviewRuntime", "TaskForceUI", "TaskForceCore", "AnnotationFixtures"]),
        // Hostile annotation folders, shared by the unit tests and the end-to-end tests.
        .target(name: "AnnotationFixtures", dependencies: ["TaskForceCore"], path: "Tests/AnnotationFixtures"),
        // Child processes with a deadline on every wait (tar, mount, tmux, taskforce itself).
        .target(name: "ChildProcesses", path: "Tests/ChildProcesses"),
        .testTarget(
            name: "TaskForceCoreTests",
            dependencies: [
                "TaskForceCore",
                .product(name: "Crypto", package: "swift-crypto"),  // signing test keys (AuthorityTests)
                "AnnotationFixtures",
                "ChildProcesses",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),  // opening the DOCX and ODT digests
            ]
        ),
        .testTarget(name: "TerminalGridTests", dependencies: ["TerminalGrid"]),
        .testTarget(name: "TaskForceUITests", dependencies: ["TaskForceUI", "TerminalGrid", "AnnotationFixtures"]),
        // Real ncursesw on a pseudo-terminal, drawing the real review screen of the demo bill.
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "CNcursesw", "TerminalGrid", "TaskForceCore", "TaskForceUI", "AnnotationFixtures"]),
        // Runs the built `taskforce` binary as a user would.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["TaskForceCore", "TaskForceUI", "AnnotationFixtures", "ChildProcesses", .product(name: "CSV", package: "CSV.swift")],
            // Expected digests, read from the source tree by path (DigestGoldenTests), and the
            // import fixtures (scripts/make-import-fixtures.py), read by path too.
            exclude: ["Golden", "ImportFixtures"]
        ),
    ]
)
