import TerminalGrid

/// The interactive loop (ARCHITECTURE: Screens): draw a frame, wait for input, then apply every key
/// that is already waiting before drawing again, so a paste of 100 characters is one
/// frame, not 100.
public struct FrameLoop {
    /// How long to wait for input between frames. The loop wakes up at least this often
    /// to notice a stop request (a signal's flag) and to repaint after a resize.
    public var idleTimeout: Int32 = 250
    /// How long to wait for the next key while draining. Not 0: with no wait at all, curses
    /// can return the Esc of an arrow key's escape sequence before the rest has arrived
    /// (ESCDELAY is 25 ms).
    public var drainTimeout: Int32 = 30

    /// What to do after applying a key.
    public enum Next { case keepGoing, stop }

    public init() {}

    /// Runs until `shouldStop` says so (checked before each frame) or `apply` returns
    /// `.stop`. A resize or an idle timeout ends the drain and draws a frame.
    ///
    /// Something besides the keyboard may change the screen (a folder watch, work done off
    /// the loop): the wait also ends when one of the descriptors `watching` returns is
    /// readable, and `woken` runs then, and after a wait that ended with nothing (a watch
    /// without a descriptor checks its own clock); a frame follows.
    public func run(
        events: some TerminalEventSource,
        watching descriptors: () -> [Int32] = { [] },
        woken: () -> Void = {},
        shouldStop: () -> Bool,
        draw: () -> Void,
        apply: (Key) -> Next
    ) {
        while !shouldStop() {
            draw()
            var event = events.nextEvent(timeout: idleTimeout, orReadable: descriptors())
            if event == .readable || event == .timeout { woken() }
            while case .key(let key) = event {
                if apply(key) == .stop { return }
                event = events.nextEvent(timeout: drainTimeout)
            }
        }
    }
}
