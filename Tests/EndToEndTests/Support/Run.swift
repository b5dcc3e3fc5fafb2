import ChildProcesses
import Foundation

/// What one run of the binary did.
struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
    /// True when the run was killed for taking longer than its time limit.
    var timedOut: Bool

    /// Non-empty stderr lines: errors must be one line each (README: Commands).
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
    // Input comes from a file: unlike a pipe, it cannot block the test or kill it with
    // SIGPIPE when taskforce exits without reading it. Without input, stdin is /dev/null,
    // never the terminal the tests were started from.
    let inputs = try TemporaryFolder()
    defer { inputs.remove() }
    let inputURL = try input.map { try inputs.write(Array($0), to: "stdin") }
    // No inherited locale or backtrace settings: messages and crash output stay predictable.
    // Facilitator keys go to the test's own folder, never to the real ~/.local/state.
    let fixed = ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no", "PATH": "/usr/bin:/bin",
                 "TASKFORCE_KEYS": folder.appendingPathComponent(".facilitator-keys").path]
    let run = try ChildProcess.run(
        try Binary.locate().path, arguments, environment: fixed.merging(environment) { $1 },
        directory: folder, input: inputURL, timeout: timeout)
    let status: Int32 =
        switch run.ending {
        case .exited(let code): code
        case .signalled(let signal): signal  // as Foundation's terminationStatus reported it
        }
    return RunResult(status: status, stdout: run.outputText, stderr: run.errorText, timedOut: run.timedOut)
}
