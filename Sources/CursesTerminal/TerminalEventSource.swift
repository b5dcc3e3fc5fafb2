/// Where a frame loop gets its input: the curses screen, or a scripted source in tests.
public protocol TerminalEventSource {
    /// The next key or resize, or `.timeout` after `milliseconds` without one.
    func nextEvent(timeout milliseconds: Int32) -> TerminalEvent

    /// The same, or `.readable` as soon as one of `descriptors` has something to read (a
    /// folder watch, results of work done off the loop): one wait for all, so none needs a
    /// faster timer.
    func nextEvent(timeout milliseconds: Int32, orReadable descriptors: [Int32]) -> TerminalEvent
}

extension TerminalEventSource {
    /// Sources that cannot wait on a descriptor (scripted tests) wait for input only.
    public func nextEvent(timeout milliseconds: Int32, orReadable descriptors: [Int32]) -> TerminalEvent {
        nextEvent(timeout: milliseconds)
    }
}

extension CursesScreen: TerminalEventSource {}
