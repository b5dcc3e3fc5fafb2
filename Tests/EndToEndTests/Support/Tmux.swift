import AnnotationFixtures
import ChildProcesses
import Foundation
import Testing

/// A detached tmux session running the real `taskforce` in a real terminal (ARCHITECTURE: Tests):
/// keys are sent as a person types them and the pane is read back as a person sees it.
/// Every wait polls the pane with a timeout; no fixed sleeps.
struct TmuxSession {
    let name: String

    static var available: Bool {
        ["/usr/bin/tmux", "/bin/tmux", "/usr/local/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts `taskforce arguments` in `folder`, in a `columns`×`rows` terminal, under
    /// `sh -c`; when it ends, the pane shows `EXITED <status>`. `environment` adds
    /// variables (names of letters, digits and `_`).
    init(_ arguments: [String], in folder: URL, columns: Int = 80, rows: Int = 24,
         environment: [String: String] = [:]) throws {
        name = "tf-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        let binary = try Binary.locate().path
        func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        // Facilitator keys go to the test's own folder, never to the real ~/.local/state.
        let environment = ["TASKFORCE_KEYS": folder.appendingPathComponent(".facilitator-keys").path].merging(environment) { $1 }
        let extra = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(quoted($0.value)) " }.joined()
        let command = "cd '\(folder.path)' && LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no " + extra
            + ([binary] + arguments).map(quoted).joined(separator: " ") + "; echo EXITED $?; sleep 600"
        try Self.tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", "sh -c \"\(Self.escapedForDoubleQuotes(command))\""])
    }

    /// An interactive shell (`sh -i`, so with job control) in `folder`, with the same
    /// environment, for what needs one: ^Z gives the terminal back to it and `fg` resumes.
    /// Under the plain `sh -c` of `init(_:in:)` the program's process group is orphaned,
    /// and the kernel discards a SIGTSTP whose action is to stop it.
    init(shellIn folder: URL, columns: Int = 80, rows: Int = 24) throws {
        name = "tf-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        let command = "cd '\(folder.path)' && LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no "
            + "PS1='$ ' exec sh -i"
        try Self.tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", "sh -c \"\(Self.escapedForDoubleQuotes(command))\""])
    }

    /// tmux hands the session's command to a shell, which expands `$?` inside double quotes
    /// before the inner `sh -c` runs: unescaped, `EXITED $?` always printed `EXITED 0`.
    static func escapedForDoubleQuotes(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\\"$`".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    func send(_ keys: String...) throws { try Self.tmux(["send-keys", "-t", name] + keys) }
    func type(_ text: String) throws { try Self.tmux(["send-keys", "-t", name, "-l", text]) }
    func resize(columns: Int, rows: Int) throws {
        try Self.tmux(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    func screen() throws -> String { try Self.tmux(["capture-pane", "-t", name, "-p"]) }

    /// The pane with everything that scrolled off its top (a long crash report).
    func screenWithHistory() throws -> String { try Self.tmux(["capture-pane", "-t", name, "-p", "-S", "-"]) }

    /// Polls the pane until `predicate` holds and returns that screen. When `timeout`
    /// passes first, it throws `TmuxTimeout` with the last screen seen: a wait that times out
    /// fails its test and shows what was on the pane.
    @discardableResult
    func wait(timeout: TimeInterval = 10, sourceLocation: SourceLocation = #_sourceLocation,
              until predicate: (String) -> Bool) throws -> String {
        let (screen, held) = try poll(for: timeout, until: predicate)
        guard held else { throw TmuxTimeout(seconds: timeout, screen: screen, location: sourceLocation) }
        return screen
    }

    /// For a check that something does NOT happen: watches the pane for `seconds` and returns
    /// the first screen where `predicate` holds, or the last one if it never did.
    func watch(for seconds: TimeInterval, until predicate: (String) -> Bool) throws -> String {
        try poll(for: seconds, until: predicate).screen
    }

    /// Reads the pane every 50 ms for up to `seconds`: the first screen where `predicate`
    /// holds, or the last one read.
    private func poll(for seconds: TimeInterval, until predicate: (String) -> Bool) throws -> (screen: String, held: Bool) {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        repeat {
            last = try screen()
            if predicate(last) { return (last, true) }
            usleep(50_000)
        } while Date() < deadline
        return (last, false)
    }

    /// A tmux format variable of the pane, such as `alternate_on` (1 while the program
    /// shows the alternate screen) or `cursor_flag` (1 while the cursor is visible).
    func pane(_ variable: String) throws -> String {
        try Self.tmux(["display-message", "-p", "-t", name, "#{\(variable)}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func kill() { _ = try? Self.tmux(["kill-session", "-t", name]) }

    /// Sends `signal` to the taskforce process running in the pane (the shell's child).
    /// Asked again for up to 5 seconds: on a loaded machine tmux was once seen to answer
    /// `display-message` with nothing.
    func signal(_ signal: Int32) throws {
        let deadline = Date().addingTimeInterval(5)
        var answer = ""
        repeat {
            let run = try ChildProcess.run("tmux", ["-L", Self.socket, "display-message", "-p", "-t", name, "#{pane_pid}"], timeout: 20)
            answer = run.outputText.trimmingCharacters(in: .whitespacesAndNewlines) + run.errorText
            if let shell = Int32(answer),
               let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8),
               case let pids = children.split(separator: " ").compactMap({ Int32($0) }), !pids.isEmpty {
                for child in pids { Glibc.kill(child, signal) }
                return
            }
            usleep(50_000)
        } while Date() < deadline
        throw TmuxFailed(arguments: ["display-message", "#{pane_pid}"], reason: "no program found in the pane (tmux said: \(answer))")
    }

    /// This test run's own tmux server (`tmux -L`): the tests never touch the tmux a
    /// developer works in, and the server ends with the last session they kill.
    static let socket = "taskforce-tests-\(getpid())"

    /// Runs one tmux command and returns what it printed. A tmux command that does not end
    /// within 20 seconds is killed and fails the test, never blocks the suite.
    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        let run = try ChildProcess.run("tmux", ["-L", socket] + arguments, timeout: 20)
        guard !run.timedOut else { throw TmuxFailed(arguments: arguments, reason: "no answer within 20 s") }
        return run.outputText
    }

    struct TmuxFailed: Error, CustomStringConvertible {
        var arguments: [String]
        var reason: String
        var description: String { "tmux \(arguments.prefix(2).joined(separator: " ")): \(reason)" }
    }
}

extension TmuxSession {
    /// A shared laptop as a facilitator starts it from an interactive shell: French, kiosk
    /// mode, session K-1; returns once its first screen is up.
    static func frenchKiosk(in folder: URL, term: String = "xterm-256color") throws -> TmuxSession {
        let tmux = try TmuxSession(shellIn: folder)
        try tmux.wait { $0.contains("$") }
        try tmux.type("TERM=\(term) '\(try Binary.locate().path)' --lang fr --kiosk --session K-1")
        try tmux.send("Enter")
        try tmux.wait { $0.contains("ordinateur partagé") && $0.contains("F1 Aide") }
        return tmux
    }

    /// Answers the facilitator's new-session form once its `title` is on screen: the place,
    /// Enter, the number of people present, Enter. The caller waits for what comes next.
    func fillNewSession(under title: String, place: String, headcount: Int) throws {
        try wait { $0.contains(title) }
        try type(place)
        try send("Enter")
        try type("\(headcount)")
        try send("Enter")
    }

    /// Opens the composer on the article on screen (`a`), waits for its `title`, presses
    /// `choices` (by default: the first stance, then on to the comment) and types `body`;
    /// the caller saves (Ctrl-S) when it is ready to time it.
    func compose(_ body: String, under title: String, choices: [String] = ["Right", "Tab", "Tab"]) throws {
        try type("a")
        try wait { $0.contains(title) }
        try Self.tmux(["send-keys", "-t", name] + choices)
        try type(body)
        try wait { $0.contains(body) }
    }

    /// `compose`, then Ctrl-S, and waits for the French interface's thanks.
    func saveComment(_ body: String, under title: String, choices: [String] = ["Right", "Tab", "Tab"]) throws {
        try compose(body, under: title, choices: choices)
        try send("C-s")
        try wait { $0.contains("Enregistré. Merci.") }
    }
}

/// A `TmuxSession.wait` whose condition never held: the test fails with the pane it saw.
struct TmuxTimeout: Error, CustomStringConvertible {
    let seconds: TimeInterval
    let screen: String
    let location: SourceLocation

    var description: String {
        "waited \(seconds) s at \(location.fileName):\(location.line) for a screen that never came; the pane showed:\n\(screen)"
    }
}
