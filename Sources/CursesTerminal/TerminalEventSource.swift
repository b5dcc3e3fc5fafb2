/// Where a frame loop gets its input: the curses screen, or a scripted source in tests.
public protocol TerminalEventSource {
    /// The next key or resize, or `.timeout` after `milliseconds` without one.
    func nextEvent(timeout milliseconds: Int32) -> TerminalEvent

    /// The same, or `.readable` as soon as `descriptor` has something to read (a folder
    /// watch): one wait for both, so neither needs a faster timer.
    func nextEvent(timeout milliseconds: Int32, orReadable descriptor: Int32?) -> TerminalEvent
}

extension TerminalEventSource {
    /// Sources that cannot wait on a descriptor (scripted tests) wait for input only.
    public func nextEvent(timeout milliseconds: Int32, orReadable descriptor: Int32?) -> TerminalEvent {
        nextEvent(timeout: milliseconds)
    }
}

extension CursesScreen: TerminalEventSource {}
