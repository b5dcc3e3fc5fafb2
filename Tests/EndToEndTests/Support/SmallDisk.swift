import ChildProcesses
import Foundation

/// A 256 KiB tmpfs mounted on a fresh folder: a real disk that fills up. Needs root (or
/// CAP_SYS_ADMIN); `available` says why it cannot be had, so tests skip with a reason.
struct SmallDisk {
    let folder: TemporaryFolder
    var url: URL { folder.url }

    init() throws {
        folder = try TemporaryFolder()
        let result = try Self.run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", folder.url.path])
        guard result.status == 0 else {
            folder.remove()
            throw MountFailed(reason: result.output)
        }
    }

    /// Unmounts and removes the folder.
    func remove() {
        _ = try? Self.run("/usr/bin/umount", [url.path])
        folder.remove()
    }

    /// Writes zeros into `name` until the disk refuses more; returns the bytes written.
    @discardableResult
    func fill(_ name: String = "filler") -> Int {
        let fd = open(url.appendingPathComponent(name).path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        let chunk = [UInt8](repeating: 0, count: 16 * 1024)
        var total = 0
        while true {
            let n = chunk.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return total }
            total += n
        }
    }

    /// For `.enabled(if:)`: mounts and unmounts once, printing why not when it cannot.
    static let available: Bool = {
        do {
            try SmallDisk().remove()
            return true
        } catch {
            print("skipping full-disk test: cannot mount a small tmpfs (\(error)); run the tests as root to include it")
            return false
        }
    }()

    struct MountFailed: Error, CustomStringConvertible {
        var reason: String
        var description: String { "mount -t tmpfs failed: \(reason.trimmingCharacters(in: .whitespacesAndNewlines))" }
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let run = try ChildProcess.run(tool, arguments, timeout: 30)
        return (run.ending.status, run.outputText + run.errorText)
    }
}
