import Foundation
import Testing
@testable import TaskForceCore

/// A program that runs past its time is stopped with everything it started: LibreOffice's
/// `soffice` is a script whose child does the work, and a hung child must not outlive the
/// digest that started it.
struct ExternalToolTests {
    @Test func aProgramPastItsTimeIsStoppedWithItsChildren() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taskforce-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A stand-in that starts a child which, left alone, ends after 20 seconds and leaves a
        // mark, then waits itself. Only a stopped child leaves no mark.
        let script = folder.appendingPathComponent("hangs")
        let pidFile = folder.appendingPathComponent("child.pid")
        let mark = folder.appendingPathComponent("child-finished")
        try "#!/bin/sh\n(sleep 20; touch '\(mark.path)') &\necho $! > '\(pidFile.path)'\nsleep 20\n"
            .write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)

        let run = try ExternalTool(name: "hangs", executable: script).run([], in: folder, timeout: 1)
        #expect(run.timedOut)
        let pid = try #require(Int32(String(contentsOf: pidFile, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        // Gone within a few seconds (or a zombie waiting for its new parent to reap it).
        var alive = true
        for _ in 0..<100 where alive {
            alive = Self.isRunning(pid)
            if alive { usleep(50_000) }
        }
        if alive { kill(pid, SIGKILL) }
        #expect(!alive, "the child \(pid) of the stopped program still runs")
        #expect(!FileManager.default.fileExists(atPath: mark.path), "the child was not stopped: it ran to its end")
    }

    /// Whether a process exists and is not a zombie (`/proc/PID/stat`'s third field is `Z`).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(after: close)...].hasPrefix(" Z")
    }
}
