import ChildProcesses
import Foundation
import Testing

/// libxml2 is loaded by `taskforce` only when a file is read as XML (docs/importers.md):
/// not linked, so not loaded at start-up by every command, and its absence costs the XML
/// imports alone, with one sentence saying how to install it.
struct LibXML2LoadingTests {
    static let readelf = "/usr/bin/readelf"

    static let readelfAvailable: Bool = {
        if FileManager.default.isExecutableFile(atPath: readelf) { return true }
        print("skipping the dynamic-section test: \(readelf) not found (Debian's binutils)")
        return false
    }()

    @Test(.enabled(if: readelfAvailable, "needs readelf (binutils)"))
    func theBinaryDoesNotNeedLibxml2() throws {
        let run = try ChildProcess.run(Self.readelf, ["--dynamic", try Binary.locate().path], timeout: 30)
        #expect(run.ending.status == 0, "\(run.errorText)")
        let needed = run.outputText.split(separator: "\n").filter { $0.contains("(NEEDED)") }
        #expect(needed.contains { $0.contains("libc.so") }, "the NEEDED entries were read: \(run.outputText)")
        #expect(!needed.contains { $0.contains("libxml2") }, "\(needed.joined(separator: "\n"))")
    }

    /// glibc's loader names every library it opens on stderr with LD_DEBUG=files.
    @Test func parseNeverOpensLibxml2AndAnXMLImportDoes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Self.tiny, to: "tiny.fr.txt")
        try folder.write(ImportCommandTests.act, to: "loi-essai.akn.xml")
        let traced = ["LD_DEBUG": "files"]

        let parsed = try runTaskforce(["parse", "tiny.fr.txt"], in: folder.url, environment: traced)
        #expect(parsed.status == 0, "\(parsed.stderr)")
        #expect(parsed.stderr.contains("file=libc.so.6"), "the loader reported its files: \(parsed.stderr)")
        #expect(!parsed.stderr.contains("libxml2"), "\(parsed.stderr)")

        let imported = try runTaskforce(["import", "loi-essai.akn.xml"], in: folder.url, environment: traced)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("file=libxml2.so.2"), "\(imported.stderr)")
    }

    static let tiny = "Loi minuscule\n\nArt. 1er. Un article.\n"

    /// Without libxml2 (an empty file mounted over it, in a mount namespace of the run's own),
    /// `parse` works and an XML import fails in one sentence, exit 69, writing nothing.
    @Test(.enabled(if: HiddenLibrary.available, "needs root to mount over libxml2 in a namespace"))
    func withoutLibxml2OnlyTheXMLImportFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Self.tiny, to: "tiny.fr.txt")
        try folder.write(ImportCommandTests.act, to: "loi-essai.akn.xml")

        let parsed = try HiddenLibrary.run(["parse", "tiny.fr.txt"], in: folder)
        #expect(parsed.ending.status == 0, "\(parsed.errorText)")

        let imported = try HiddenLibrary.run(["import", "loi-essai.akn.xml"], in: folder)
        #expect(imported.ending.status == 69, "\(imported.errorText)")
        #expect(imported.errorText == "taskforce: loi-essai.akn.xml: this is XML, and libxml2 (libxml2.so.2), "
            + "which reads it, could not be loaded: run scripts/setup, or apt-get install libxml2\n")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Texts").path))
    }
}

/// Runs `taskforce` with libxml2.so.2 replaced by an empty file: `unshare --mount` gives the
/// run its own mounts, so the bind mount is gone when it ends and no other process sees it.
enum HiddenLibrary {
    /// Where Debian and others keep shared libraries (multiarch folders included).
    static let libraries: [String] = {
        var found: Set<String> = []
        for top in ["/lib", "/usr/lib", "/lib64", "/usr/lib64"] {
            let folders = [top] + ((try? FileManager.default.contentsOfDirectory(atPath: top)) ?? [])
                .filter { $0.hasSuffix("-linux-gnu") }.map { top + "/" + $0 }
            for folder in folders {
                let path = URL(fileURLWithPath: folder + "/libxml2.so.2")
                if FileManager.default.fileExists(atPath: path.path) { found.insert(path.resolvingSymlinksInPath().path) }
            }
        }
        return found.sorted()
    }()

    static func run(_ arguments: [String], in folder: TemporaryFolder) throws -> ChildRun {
        let empty = try folder.write("", to: "empty-library")
        let mounts = libraries.map { "mount --bind '\(empty.path)' '\($0)'" }.joined(separator: " && ")
        return try ChildProcess.run(
            "/usr/bin/unshare", ["--mount", "--propagation", "private", "/bin/sh", "-c",
                                 mounts + " && exec \"$@\"", "sh", try Binary.locate().path] + arguments,
            environment: ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no", "PATH": "/usr/bin:/bin"],
            directory: folder.url, timeout: 60)
    }

    /// For `.enabled(if:)`: one trial run, printing why not when it cannot be done.
    static let available: Bool = {
        guard !libraries.isEmpty else {
            print("skipping the missing-libxml2 test: no libxml2.so.2 found to hide")
            return false
        }
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else {
            print("skipping the missing-libxml2 test: it needs root and unshare(1) to mount over libxml2")
            return false
        }
        let trial = try? ChildProcess.run("/usr/bin/unshare", ["--mount", "--propagation", "private", "/bin/true"], timeout: 30)
        guard trial?.ending.status == 0 else {
            print("skipping the missing-libxml2 test: unshare --mount failed (\(trial?.errorText ?? "could not run"))")
            return false
        }
        return true
    }()
}
