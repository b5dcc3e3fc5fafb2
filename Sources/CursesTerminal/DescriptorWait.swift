import CNcursesw
import Glibc
import TerminalGrid

/// Waiting for a key and for other descriptors at once: one `poll` on the terminal's
/// input and the descriptors, instead of curses' own wait on the input alone.
extension CursesScreen {
    public func nextEvent(timeout milliseconds: Int32, orReadable descriptors: [Int32]) -> TerminalEvent {
        guard !descriptors.isEmpty else { return nextEvent(timeout: milliseconds) }
        // Curses may hold input that is no longer in the descriptor (the rest of an escape
        // sequence it read ahead): poll would not see it, so ask curses first, not waiting.
        let pending = nextEvent(timeout: 0)
        if pending != .timeout { return pending }
        var fds = [pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)]
            + descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let ready = poll(&fds, nfds_t(fds.count), milliseconds)
        // Interrupted by a signal: a resize is waiting in curses, or a stop flag is set.
        if ready < 0 { return nextEvent(timeout: 0) }
        if ready == 0 { return .timeout }
        // Keys first; a descriptor stays readable until it is drained, so it is seen at
        // the next wait.
        if fds[0].revents != 0 { return nextEvent(timeout: Self.keyArrivingTimeout) }
        return .readable
    }

    /// Poll said the input is readable, so this only waits if the bytes there are not a
    /// whole key yet.
    static let keyArrivingTimeout: Int32 = 30
}
