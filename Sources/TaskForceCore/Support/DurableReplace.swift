import Foundation

extension DurableFile {
    /// Writes a file that may replace an earlier one of the same name (an export, a
    /// corrected session record): `.<name>.<pid>.part` beside it, written, synced and
    /// closed, then renamed over the name in one step and the folder synced. Readers see
    /// the old file or the new one, never a part of either; on failure the old one stays.
    /// With `modificationDay`, the file and its folder carry midnight of that day as their
    /// times, as annotations do (issue 13: a session record or a live position must not tell
    /// the time of day of its last change).
    public static func replace(_ bytes: [UInt8], at url: URL, mode: mode_t = 0o600,
                               modificationDay: Day? = nil) throws(Failure) {
        let folder = url.deletingLastPathComponent()
        let display = url.relativePath
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).part")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(display, "cannot create a temporary file beside it") }
        try fill(fd, at: temporary, with: bytes, modificationDay: modificationDay, display: display)
        if rename(temporary.path, url.path) != 0 {
            let f = failure(display, "cannot put it in place")
            unlink(temporary.path)
            throw f
        }
        let dir = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0 else { throw failure(display, "cannot open its folder to flush it") }
        defer { _ = Glibc.close(dir) }
        if calls.fsync(dir) != 0 { throw failure(display, "cannot flush its folder to disk") }
        if let day = modificationDay { setMidnight(day, ofFolder: dir, and: nil) }
    }
}
