/// Where a frame loop gets its input: the curses screen, or a scripted source in tests.
public protocol TerminalEventSource {
    /// The next key or resize, or `.timeout` after `milliseconds` without one.
    func nextEvent(timeout milliseconds: Int32) -> TerminalEvent
}

extension CursesScreen: TerminalEventSource {}
