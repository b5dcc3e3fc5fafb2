import Foundation

/// What one finished run of a child printed, and how it ended.
public struct ChildRun: Sendable {
    public var ending: ChildProcess.Ending
    public var output: Data
    public var errors: Data
    /// True when the child was killed for outliving its time limit.
    public var timedOut: Bool

    public var outputText: String { String(decoding: output, as: UTF8.self) }
    public var errorText: String { String(decoding: errors, as: UTF8.self) }
}

extension ChildProcess {
    /// Runs a child to its end, with standard output and error going to files, not pipes
    /// (a pipe that nobody reads fills up and blocks the child; one inherited by a
    /// long-lived grandchild never reaches its end). A child that outlives `timeout` is
    /// killed, so a hang fails the test instead of blocking the suite.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           directory: URL? = nil, input: URL? = nil, timeout: TimeInterval = 60) throws -> ChildRun {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.url.appendingPathComponent("stdout")
        let errors = scratch.url.appendingPathComponent("stderr")
        let child = try ChildProcess(executable, arguments, environment: environment, directory: directory,
                                     input: input, output: output, errors: errors)
        var timedOut = false
        let ending: Ending
        if let finished = child.wait(timeout: timeout) {
            ending = finished
        } else {
            timedOut = true
            child.kill()
            ending = child.wait()
        }
        return ChildRun(ending: ending, output: (try? Data(contentsOf: output)) ?? Data(),
                        errors: (try? Data(contentsOf: errors)) ?? Data(), timedOut: timedOut)
    }
}

/// A folder only this user can read, for one run's output files.
private struct ScratchFolder {
    let url: URL

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/taskforce-child-XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else { throw ChildProcess.SpawnFailed(what: "cannot make a temporary folder", code: errno) }
        url = URL(fileURLWithPath: String(cString: template))
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
