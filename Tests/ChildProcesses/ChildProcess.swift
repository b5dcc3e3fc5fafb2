import Foundation

/// A child process started with `posix_spawn` and reaped only by `waitpid` on its own pid.
///
/// Why not Foundation's `Process`: on Linux it learns of exits from a SIGCHLD handler, and
/// in the test runner (many children at once, curses in the same process) it once missed
/// one: `waitUntilExit()` waited forever beside a zombie `tmux` client, and CI timed out.
/// Here every wait has a deadline, and until the child is reaped its pid stays taken, so
/// `kill` can never reach some other process that got the pid back.
public struct ChildProcess: Sendable {
    public enum Ending: Equatable, Sendable {
        case exited(Int32)
        case signalled(Int32)

        /// The exit status, or 128 + the signal as a shell reports it.
        public var status: Int32 {
            switch self {
            case .exited(let code): code
            case .signalled(let signal): 128 + signal
            }
        }
    }

    public let pid: pid_t

    /// Starts `executable` (a path, or a name looked up in PATH) with `arguments`.
    /// - Parameters:
    ///   - environment: the whole environment of the child; nil passes on this process's.
    ///   - directory: the child's working directory; nil keeps this process's.
    ///   - input, output, errors: files for the standard streams (output files are
    ///     created or truncated); /dev/null when not given.
    /// Descriptors other than the three standard ones are closed in the child, so that a
    /// long-lived child (the tmux server) holds nothing of the test runner open.
    public init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                directory: URL? = nil, input: URL? = nil, output: URL? = nil, errors: URL? = nil) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input?.path ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output?.path ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors?.path ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let directory {
            guard SpawnExtensions.addChdir(&actions, directory.path) == 0 else {
                throw SpawnFailed(what: "cannot set the working directory", code: errno)
            }
        }
        _ = SpawnExtensions.addCloseFrom(&actions, 3)

        let words = [executable] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { variables in
            variables.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        }
        defer { (argv + (envp ?? [])).forEach { free($0) } }
        var pid: pid_t = 0
        let rc: Int32 =
            if let envp { posix_spawnp(&pid, executable, &actions, nil, argv, envp) }
            else { posix_spawnp(&pid, executable, &actions, nil, argv, environ) }
        guard rc == 0 else { throw SpawnFailed(what: "cannot start \(executable)", code: rc) }
        self.pid = pid
    }

    public func kill(_ signal: Int32 = SIGKILL) {
        _ = Glibc.kill(pid, signal)
    }

    /// Waits for the end and reaps the child.
    public func wait() -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return Self.ending(status)
    }

    /// Waits at most `timeout` seconds; nil if the child is still running (not reaped).
    public func wait(timeout: TimeInterval) -> Ending? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        var status: Int32 = 0
        var pause: UInt32 = 500  // microseconds, doubling up to 20 ms: quick commands stay quick
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return Self.ending(status) }
            if reaped < 0 && errno != EINTR { return .exited(-1) }  // not our child: cannot happen
            if Date() >= deadline { return nil }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
    }

    /// WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import.
    private static func ending(_ status: Int32) -> Ending {
        status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signalled(status & 0x7F)
    }

    public struct SpawnFailed: Error, CustomStringConvertible {
        var what: String
        var code: Int32
        public var description: String { "\(what): \(String(cString: strerror(code)))" }
    }
}

/// Two glibc extensions of posix_spawn (2.29 and 2.34) that Swift's Glibc module does not
/// import, looked up by name.
private enum SpawnExtensions {
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    nonisolated(unsafe) static let chdir: AddChdir? = symbol("posix_spawn_file_actions_addchdir_np")
    nonisolated(unsafe) static let closeFrom: AddCloseFrom? = symbol("posix_spawn_file_actions_addclosefrom_np")

    static func addChdir(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ path: String) -> Int32 {
        guard let chdir else { errno = ENOSYS; return -1 }
        return chdir(actions, path)
    }

    static func addCloseFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ first: Int32) -> Int32 {
        closeFrom?(actions, first) ?? -1
    }

    private static func symbol<T>(_ name: String) -> T? {
        guard let address = dlsym(nil, name) else { return nil }  // nil: RTLD_DEFAULT on glibc
        return unsafeBitCast(address, to: T.self)
    }
}
