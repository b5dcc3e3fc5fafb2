/// Why curses could not start.
public enum CursesError: Error, Equatable, CustomStringConvertible {
    /// `newterm` refused: usually an unknown `TERM` (no terminfo entry).
    case cannotOpenTerminal(type: String?)
    /// A file descriptor could not be duplicated or opened as a stream.
    case cannotUseDescriptor(Int32, errno: Int32)

    public var description: String {
        switch self {
        case .cannotOpenTerminal(let type):
            "curses cannot open the terminal (terminal type: \(type ?? "$TERM"))"
        case .cannotUseDescriptor(let fd, let errno):
            "cannot use file descriptor \(fd) for curses (errno \(errno))"
        }
    }
}
