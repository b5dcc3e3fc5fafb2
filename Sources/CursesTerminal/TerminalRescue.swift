import Glibc

/// Gives the terminal back when taskforce crashes, then chains to the previous handler
/// (ARCHITECTURE: Curses).
///
/// Without it a crash leaves the shell in the alternate screen, with echo off and the
/// cursor hidden: the participant sees a frozen review screen and typing shows nothing.
/// `endwin` cannot be called from a signal handler (it is not async-signal-safe), so the
/// handler only does what is: `tcsetattr` with the modes saved before curses started, and
/// one `write(2)` of bytes prepared in advance (`CursesScreen.leaveSequence`). It then hands
/// the signal on to whoever handled it before (the Swift runtime's crash report) or to the
/// default action (a core dump), so a crash still ends and is reported as one.
public enum TerminalRescue {
    /// The signals of a crash, as opposed to a request to stop (INT, TERM, HUP).
    public static let crashSignals = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT]

    /// What the handler needs, in memory allocated once and never freed: the handler must
    /// not allocate, release or take locks.
    struct State {
        var armed = false
        var input: Int32 = -1
        var output: Int32 = -1
        var hasModes = false
        var modes = termios()
        var reset: UnsafeMutablePointer<UInt8>?
        var resetCount = 0
    }

    nonisolated(unsafe) static let state: UnsafeMutablePointer<State> = {
        let state = UnsafeMutablePointer<State>.allocate(capacity: 1)
        state.initialize(to: State())
        return state
    }()

    /// The handlers that were there before ours, by signal number (Linux has 64 signals).
    nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
        let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        actions.initialize(repeating: sigaction(), count: 65)
        return actions
    }()

    /// Saves the terminal's modes as the shell left them. Call before curses starts.
    public static func saveModes(of input: Int32) {
        state.pointee.input = input
        state.pointee.hasModes = tcgetattr(input, &state.pointee.modes) == 0
    }

    /// Installs the crash handlers: on a crash, `reset` is written to `output`.
    public static func arm(output: Int32, reset: [UInt8]) {
        guard !state.pointee.armed else { return }
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, reset.count))
        bytes.initialize(from: reset, count: reset.count)
        state.pointee.reset?.deallocate()
        state.pointee.reset = bytes
        state.pointee.resetCount = reset.count
        state.pointee.output = output
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = rescueAndPassOn
        // SA_ONSTACK: a stack overflow is a SIGSEGV too, and only the alternate signal
        // stack (which the Swift runtime sets up for its own handler) has room left.
        action.sa_flags = SA_SIGINFO | SA_ONSTACK
        sigfillset(&action.sa_mask)
        for signal in crashSignals { sigaction(signal, &action, previous + Int(signal)) }
        state.pointee.armed = true
    }

    /// Puts the previous handlers back: once curses has restored the terminal itself, a
    /// later crash must not write the reset bytes again.
    public static func disarm() {
        guard state.pointee.armed else { return }
        state.pointee.armed = false
        for signal in crashSignals { sigaction(signal, previous + Int(signal), nil) }
    }
}

/// The crash handler. Async-signal-safe calls only (tcsetattr, write, sigaction, raise).
private func rescueAndPassOn(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?,
                             _ context: UnsafeMutableRawPointer?) {
    let state = TerminalRescue.state
    if state.pointee.armed {
        state.pointee.armed = false
        if let reset = state.pointee.reset {
            _ = write(state.pointee.output, reset, state.pointee.resetCount)
        }
        if state.pointee.hasModes {
            _ = tcsetattr(state.pointee.input, TCSANOW, &state.pointee.modes)
        }
    }
    // Chain: the previous handler gets the signal as if we had not been there, with the
    // crash's own siginfo and context (so the Swift crash report shows where it happened).
    let previous = TerminalRescue.previous + Int(signal)
    sigaction(signal, previous, nil)
    let handler = previous.pointee.__sigaction_handler
    if previous.pointee.sa_flags & SA_SIGINFO != 0, let chained = handler.sa_sigaction {
        chained(signal, info, context)
    } else if let chained = handler.sa_handler, unsafeBitCast(chained, to: Int.self) != 1 /* SIG_IGN */ {
        chained(signal)
    }
    // Still alive (the default action, or a handler that returned): end of this signal.
    // It is blocked while we are in the handler, so it is delivered when we return.
    var fallback = sigaction()
    fallback.__sigaction_handler.sa_handler = nil  // SIG_DFL
    sigaction(signal, &fallback, nil)
    raise(signal)
}
