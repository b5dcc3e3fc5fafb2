import CursesTerminal
import Foundation
import Glibc

/// A pseudo-terminal pair for running curses headless: curses gets the slave
/// side, the test reads what a terminal would receive from the master side.
final class PseudoTerminal {
    struct SystemCallFailed: Error, CustomStringConvertible {
        let call: String
        let errno: Int32
        var description: String { "\(call) failed: \(String(cString: strerror(errno)))" }
    }

    let master: Int32
    private(set) var slave: Int32
    /// Everything written to the terminal, drained continuously: if nobody
    /// read the master, curses would block once the pty buffer (a few KiB) is full.
    let output = TerminalOutput()

    init(rows: Int, columns: Int) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else {
            throw SystemCallFailed(call: "openpty", errno: errno)
        }
        self.master = master
        self.slave = slave
        // The window size a terminal emulator would announce; curses asks the
        // slave for it (TIOCGWINSZ) in newterm.
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
            let failure = errno
            Glibc.close(master)
            Glibc.close(slave)
            throw SystemCallFailed(call: "ioctl(TIOCSWINSZ)", errno: failure)
        }
        Thread { [master, output] in
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(master, &chunk, chunk.count)
                if count > 0 {
                    output.append(chunk[..<count])
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    break  // EIO: every slave descriptor is closed
                }
            }
            output.finish()
        }.start()
    }

    /// A curses screen on this terminal, as an xterm (the type every curses test uses).
    func openScreen(highContrast: Bool = false) throws -> CursesScreen {
        try CursesScreen(terminalType: "xterm-256color", inputDescriptor: slave, outputDescriptor: slave,
                         highContrast: highContrast)
    }

    /// Closes our slave descriptor; once curses has closed its copies too, the
    /// reader sees the end of the output.
    func closeSlave() {
        guard slave >= 0 else { return }
        Glibc.close(slave)
        slave = -1
    }

    deinit {
        closeSlave()
        // The master is closed only after the reader has stopped reading it,
        // so its descriptor number cannot be reused under the reader.
        if output.waitUntilFinished(timeout: 5) {
            Glibc.close(master)
        }
    }
}

extension PseudoTerminal {
    /// Sends `text` as if typed on the terminal (or as the terminal's own reports).
    func type(_ text: String) throws {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemCallFailed(call: "write", errno: errno)
            }
            bytes = bytes.dropFirst(count)
        }
    }
}
