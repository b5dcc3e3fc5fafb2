import CNcursesw
import Glibc

extension CursesScreen {
    /// ^Z: gives the terminal back to the shell, stops the process as SIGTSTP's default
    /// action would, and once it is resumed (SIGCONT, `fg`) takes the terminal again.
    /// Called from normal code, never from the signal handler: `endwin` is not
    /// async-signal-safe. The next refresh repaints every cell, since the shell has
    /// drawn over the screen meanwhile.
    public func suspendProcess() {
        withStandardScreen { _ in endwin() }
        var ourHandler = sigaction()
        var defaultAction = sigaction()  // SIG_DFL: SIGTSTP stops the process
        sigaction(SIGTSTP, &defaultAction, &ourHandler)
        raise(SIGTSTP)  // returns once the process is continued
        sigaction(SIGTSTP, &ourHandler, nil)
        // A refresh after endwin goes back to the program's terminal modes and the
        // alternate screen by itself; this makes it redraw everything there.
        invalidate()
    }
}
