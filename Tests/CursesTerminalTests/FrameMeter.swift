import Glibc

/// Counts the bytes each frame sends to a pseudo-terminal.
///
/// After a frame is drawn (curses has flushed it with `write` by the time `refresh`
/// returns), the meter writes a marker to the slave itself: the terminal receives bytes in
/// the order they were written, so once the reader has seen the marker it has seen the whole
/// frame, and the frame is exactly the bytes between the previous marker and this one.
/// No sleeping, no guessing when the output has gone quiet.
final class FrameMeter {
    private let terminal: PseudoTerminal
    /// Where the next frame's bytes start: just after the last marker.
    private var start = 0
    private var markers = 0

    struct MarkerMissing: Error, CustomStringConvertible {
        var description: String { "the frame's end marker did not reach the master within 5 s" }
    }

    /// Starts counting from now: everything received so far (set-up bytes) is skipped.
    init(_ terminal: PseudoTerminal) throws {
        self.terminal = terminal
        _ = try endFrame()
    }

    /// The bytes `draw` sent to the terminal.
    func bytes(of draw: () -> Void) throws -> [UInt8] {
        let from = start
        draw()
        let end = try endFrame()
        return Array(terminal.output.received[from..<end])
    }

    /// Writes a new marker and waits for it; returns where it starts.
    private func endFrame() throws -> Int {
        markers += 1
        // Plain ASCII, never emitted by curses: the tty's output processing leaves it as is.
        let marker = "~frame-end-\(markers)~"
        _ = marker.withCString { write(terminal.slave, $0, strlen($0)) }
        guard let at = terminal.output.position(of: marker, from: start, timeout: 5) else { throw MarkerMissing() }
        start = at + marker.utf8.count
        return at
    }
}
