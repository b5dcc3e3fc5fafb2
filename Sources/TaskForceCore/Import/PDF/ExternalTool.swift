import Foundation

/// A command-line program the PDF importer runs (poppler's `pdftotext`, `pdfinfo`,
/// `pdftoppm`, and tesseract for pages without a text layer), or the PDF digest (LibreOffice's
/// `soffice`). Found on `PATH`, run with arguments (never through a shell), its output read
/// from files it writes.
struct ExternalTool: Sendable {
    let name: String
    let executable: URL

    /// The program on `PATH`, or nil when it is not installed.
    static func find(_ name: String) -> ExternalTool? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return ExternalTool(name: name, executable: candidate)
            }
        }
        return nil
    }

    struct Run: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Stopped because it ran past its time limit.
        var timedOut = false
    }

    /// Runs it to the end, or until `timeout` seconds have passed (then it is stopped).
    /// Standard output and error go to temporary files, so a chatty program can never block
    /// on a full pipe.
    func run(_ arguments: [String], in folder: URL, timeout: TimeInterval? = nil) throws -> Run {
        let out = folder.appendingPathComponent("\(name).stdout")
        let err = folder.appendingPathComponent("\(name).stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        var timedOut = false
        if let timeout {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning {
                stopGroup(of: process)
                timedOut = true
            }
        }
        process.waitUntilExit()
        let stdout = (try? Data(contentsOf: out)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let stderr = (try? Data(contentsOf: err)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return Run(status: process.terminationStatus, stdout: stdout, stderr: stderr, timedOut: timedOut)
    }

    /// Stops a program that ran past its time, with every process it started: `soffice` is a
    /// script whose real work is done by a child (`soffice.bin`), which a signal to the script
    /// alone would leave running. Foundation starts each program in a process group of its
    /// own, so the group is signalled: politely first, then for good after two seconds.
    private func stopGroup(of process: Process) {
        let group = -process.processIdentifier
        kill(group, SIGTERM)
        let grace = Date().addingTimeInterval(2)
        while process.isRunning && Date() < grace { usleep(20_000) }
        kill(group, SIGKILL)
    }
}
