import Foundation
import TaskForceUI

/// Messages that arrive from work done off the frame loop (the digest preview being
/// built): posted from any thread, collected by the loop when it wakes. The loop waits on
/// `descriptor`, the read end of a pipe that gets one byte per message, so a result wakes
/// the screen at once instead of at the next idle timeout.
public final class MessageInbox: @unchecked Sendable {
    // Guarded by `lock`; the pipe's descriptors never change after init.
    private let lock = NSLock()
    private var waiting: [ReviewMsg] = []
    private let readEnd: Int32
    private let writeEnd: Int32

    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            // Non-blocking on both ends: a post never blocks a worker, a drain never blocks
            // the loop; and not inherited by a child process.
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        } else {
            ends = [-1, -1]
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        if readEnd >= 0 { close(readEnd) }
        if writeEnd >= 0 { close(writeEnd) }
    }

    /// For the frame loop's wait; nil if the pipe could not be made (results are then
    /// still collected at every wake-up, at most an idle timeout late).
    public var descriptor: Int32? { readEnd >= 0 ? readEnd : nil }

    public func post(_ msg: ReviewMsg) {
        lock.lock()
        waiting.append(msg)
        lock.unlock()
        var byte: UInt8 = 1
        if writeEnd >= 0 { _ = write(writeEnd, &byte, 1) }  // a full pipe already wakes the loop
    }

    /// Everything posted so far, in order.
    public func drain() -> [ReviewMsg] {
        if readEnd >= 0 {
            var buffer = [UInt8](repeating: 0, count: 256)
            while read(readEnd, &buffer, buffer.count) > 0 {}
        }
        lock.lock()
        defer { lock.unlock() }
        let taken = waiting
        waiting = []
        return taken
    }
}
