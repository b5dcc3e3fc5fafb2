import Foundation

/// What one run of the binary did.
struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
    /// True when the run was killed for taking longer than its time limit.
    var timedOut: Bool

    /// Non-empty stderr lines: errors must be one line each (DESIGN 7).
    var stderrLines: [Substring] { stderr.split(separator: "\n") }
}

/// Runs `taskforce` with `arguments` in `folder`, in a fixed environment, with `input`
/// (or nothing) on stdin. A run that outlives `timeout` is killed, so that
/// a hang (e.g. reading a FIFO) fails the test instead of blocking the suite.
/// `environment` adds variables to the fixed ones (or replaces them).
func runTaskforce(
    _ arguments: [String], in folder: URL, input: Data? = nil, timeout: TimeInterval = 60,
    environment: [String: String] = [:]
) throws -> RunResult {
    let process = Process()
    process.executableURL = try Binary.locate()
    process.arguments = arguments
    process.currentDirectoryURL = folder
    // No inherited locale or backtrace settings: messages and crash output stay predictable.
    process.environment = [
        "LANG": "C.UTF-8",
        "SWIFT_BACKTRACE": "enable=no",
        "PATH": "/usr/bin:/bin",
    ].merging(environment) { $1 }

    // Output goes to files, not pipes: a pipe that fills up while nobody reads it would
    // block the child, and a large listing would then look like a hang.
    let outputs = try TemporaryFolder()
    defer { outputs.remove() }
    let stdoutURL = try outputs.write([UInt8](), to: "stdout")
    let stderrURL = try outputs.write([UInt8](), to: "stderr")
    let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
    let stderrHandle = try FileHandle(forWritingTo: stderrURL)
    defer {
        try? stdoutHandle.close()
        try? stderrHandle.close()
    }
    process.standardOutput = stdoutHandle
    process.standardError = stderrHandle

    // Input comes from a file too: unlike a pipe, it cannot block the test or kill it with
    // SIGPIPE when taskforce exits without reading it. Without input, stdin is /dev/null,
    // never the terminal the tests were started from.
    let inputURL = try input.map { try outputs.write(Array($0), to: "stdin") }
    let inputHandle = try FileHandle(forReadingFrom: inputURL ?? URL(fileURLWithPath: "/dev/null"))
    defer { try? inputHandle.close() }
    process.standardInput = inputHandle

    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()

    var timedOut = false
    if finished.wait(timeout: .now() + timeout) == .timedOut {
        timedOut = true
        kill(process.processIdentifier, SIGKILL)
        finished.wait()
    }
    process.waitUntilExit()

    return RunResult(
        status: process.terminationStatus,
        stdout: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
        stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self),
        timedOut: timedOut)
}
