import Glibc

/// ^Z (SIGTSTP) suspends the session cleanly (ARCHITECTURE: Screens): the handler only sets a flag, and
/// the session suspends before its next frame (`CursesScreen.suspendProcess`), in normal
/// code where curses may be called. The loop's input timeout bounds the delay (250 ms).
enum SuspendSignal {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    static func install() {
        signal(SIGTSTP) { _ in SuspendSignal.flag = 1 }
    }

    /// Whether ^Z was pressed since the last call.
    static func take() -> Bool {
        guard flag != 0 else { return false }
        flag = 0
        return true
    }
}
