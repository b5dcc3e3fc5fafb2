import Foundation
import Glibc

/// A pseudo-terminal for the benchmark: curses draws on the slave, a thread drains the master
/// as a terminal emulator would (curses would block once the pty buffer is full) and keeps
/// the bytes so that frames can be measured.
final class BenchTerminal: @unchecked Sendable {
    let master: Int32
    let slave: Int32
    // `lock` guards `bytes`: that is why this is Sendable.
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    private var markers = 0
    private var frameStart = 0

    init(columns: Int, rows: Int) {
        var master: Int32 = -1
        var slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { fatalError("openpty failed: errno \(errno)") }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        self.master = master
        self.slave = slave
        Thread { [self] in
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(self.master, &chunk, chunk.count)
                if count > 0 {
                    lock.withLock { bytes += chunk[..<count] }
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    break
                }
            }
        }.start()
    }

    /// Forgets the bytes received so far (timing loops would otherwise keep megabytes).
    func discard() {
        _ = endFrame()
        lock.withLock {
            bytes.removeFirst(frameStart)
            frameStart = 0
        }
    }

    /// The number of bytes `draw` sent: a marker written to the slave after it arrives
    /// after all of its bytes, since a terminal receives bytes in the order written.
    func bytes(of draw: () -> Void) -> Int {
        let from = endFrame()
        draw()
        return endFrame() - from
    }

    /// Writes a marker, waits for it, and returns where the next frame starts.
    @discardableResult
    private func endFrame() -> Int {
        markers += 1
        let marker = Array("~frame-end-\(markers)~".utf8)
        _ = marker.withUnsafeBufferPointer { write(slave, $0.baseAddress, $0.count) }
        let deadline = Date(timeIntervalSinceNow: 10)
        while Date() < deadline {
            let found: Int? = lock.withLock {
                guard bytes.count >= frameStart + marker.count else { return nil }
                return (frameStart...(bytes.count - marker.count)).first {
                    bytes[$0..<($0 + marker.count)].elementsEqual(marker)
                }
            }
            if let found {
                frameStart = found + marker.count
                return found
            }
            usleep(200)
        }
        fatalError("the frame marker never reached the master")
    }
}
