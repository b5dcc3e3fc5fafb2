import ChildProcesses
import Foundation
import Testing
import TaskForceCore

/// Writers killed at random moments (Annotations/README.md): several `taskforce annotate` processes
/// save into one folder at once and each is SIGKILLed after a random delay, round after
/// round. Every id that was printed must then be on disk and valid, and nothing partial
/// may be visible outside tmp/.
///
/// SIGKILL ends the process, not the machine: the page cache survives, so this proves the
/// protocol's ordering (nothing visible before it is whole, the id printed only once the
/// file is in place), not the fsyncs, which the fault injection tests cover.
struct CrashTests {
    static let writers = 4
    static let rounds = 120

    @Test func writersKilledAtRandomMomentsLoseNothingTheyReported() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let texts = try Repository.copyDemoTexts(into: work.url)
        let annotations = work.url.appendingPathComponent("Annotations")
        let input = try work.write("Un commentaire écrit pendant que tout s'arrête.\n", to: "comment.txt")
        let binary = try Binary.locate()
        let arguments = ["annotate", "--text", Repository.demoID, "--article", "5bis", "--stance", "concern",
                         "--tag", "safety", "--texts", texts.path, "--annotations", annotations.path]
        let environment = ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no", "PATH": "/usr/bin:/bin"]
        func start(_ n: Int) throws -> ChildProcess {
            try ChildProcess(binary.path, arguments, environment: environment, input: input,
                             output: work.url.appendingPathComponent("out\(n)"),
                             errors: work.url.appendingPathComponent("err\(n)"))
        }

        // How long a round takes when nobody is killed: the kill delays spread over it (and
        // a bit beyond), so that some writers die early, some while saving, some not at all.
        // The second of two such rounds: the first also pays for a cold start.
        var span = 0.0
        var printed: [String] = []
        for _ in 0..<2 {
            let calibration = Date()
            let unkilled = try (0..<Self.writers).map(start)
            #expect(unkilled.map { $0.wait() } == Array(repeating: .exited(0), count: Self.writers))
            span = max(0.030, Date().timeIntervalSince(calibration) * 1.1)
            for n in 0..<Self.writers { printed += try Self.ids(in: work.url.appendingPathComponent("out\(n)")) }
        }

        var killedBeforePrinting = 0
        let store = AnnotationStore(root: annotations)
        for _ in 0..<Self.rounds {
            let delays = (0..<Self.writers).map { _ in Double.random(in: 0...span) }
            let started = Date()
            let processes = try (0..<Self.writers).map(start)
            for (process, delay) in zip(processes, delays).sorted(by: { $0.1 < $1.1 }) {
                let wait = delay - Date().timeIntervalSince(started)
                if wait > 0 { usleep(UInt32(wait * 1_000_000)) }
                process.kill()
            }
            for (n, process) in processes.enumerated() {
                let ending = process.wait()
                let ids = try Self.ids(in: work.url.appendingPathComponent("out\(n)"))
                printed += ids
                if ids.isEmpty, ending == .signalled(SIGKILL) { killedBeforePrinting += 1 }
                // A writer that was not killed must have succeeded: a collision with a
                // dead writer's leftovers would show up here.
                if ending != .signalled(SIGKILL) {
                    let errors = try String(contentsOf: work.url.appendingPathComponent("err\(n)"), encoding: .utf8)
                    #expect(ending == .exited(0), "\(ending): \(errors)")
                }
            }
        }
        let saved = Self.tree(store.folder(forText: TextID(Repository.demoID)!)).count
        print("crash test: \(Self.rounds) rounds of \(Self.writers) writers, kill delays 0–\(Int(span * 1000)) ms; \(printed.count) ids printed, \(killedBeforePrinting) writers killed before printing, \(saved - printed.count) of them after their file was in place")

        // Otherwise the test proves nothing.
        #expect(printed.count > 0, "no writer ever printed an id")
        #expect(killedBeforePrinting > 0, "no writer was killed before printing")
        #expect(Set(printed).count == printed.count, "an id was printed twice")

        let textFolder = store.folder(forText: TextID(Repository.demoID)!)
        let loaded = AnnotationLoader.load(store)
        let valid = Set(loaded.annotations.map(\.id.value))
        for id in printed {
            let file = textFolder.appendingPathComponent("\(id).json")
            #expect(FileManager.default.fileExists(atPath: file.path), "printed but missing: \(id)")
            let isValid = valid.contains(id) && !loaded.defects.contains { $0.file.contains(id) }
            #expect(isValid, "printed but not loaded as valid: \(id)")
        }
        #expect(loaded.defects.isEmpty, "\(loaded.defects)")

        // Outside tmp/ only folders and whole annotation files. Drafts of killed writers may
        // stay in drafts/ (written by the same protocol, so whole too). Inside tmp/, `.part`
        // files of killed writers may remain: readers never look there.
        for path in Self.tree(annotations) where !path.hasPrefix("tmp/") {
            let url = annotations.appendingPathComponent(path)
            var info = stat()
            #expect(lstat(url.path, &info) == 0)
            if info.st_mode & S_IFMT == S_IFDIR { continue }
            #expect(info.st_mode & S_IFMT == S_IFREG && path.hasSuffix(".json"), "unexpected entry: \(path)")
            let bytes = try [UInt8](Data(contentsOf: url))
            #expect(throws: Never.self, "\(path) is whole") { try AnnotationCodec.decode(bytes) }
        }
    }

    /// Complete lines of 32 hex characters: a line cut short by the kill is not an id.
    static func ids(in file: URL) throws -> [String] {
        let text = try String(contentsOf: file, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map(String.init).filter { AnnotationID($0) != nil }
    }

    static func tree(_ folder: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }.sorted()
    }
}
