import Foundation

/// Creates a file that is on disk when `create` returns, and never replaces an existing
/// one (Annotations/README.md): write `<temporary folder>/<name>.part` opened with
/// O_CREAT|O_EXCL|O_NOFOLLOW, fsync it, close it (checked), `link` it into place
/// (EEXIST: refuse, never overwrite), unlink the temporary name, fsync the folder.
/// A failed write, fsync or close is a failed save; it is never retried into a success.
public enum DurableFile {
    /// The system calls the protocol uses, replaceable in tests to inject a full disk or a
    /// failing fsync. Production code never changes it.
    struct SystemCalls: @unchecked Sendable {
        var write: (Int32, UnsafeRawPointer, Int) -> Int = { Glibc.write($0, $1, $2) }
        var fsync: (Int32) -> Int32 = { Glibc.fsync($0) }
        var close: (Int32) -> Int32 = { Glibc.close($0) }
        var link: (String, String) -> Int32 = { Glibc.link($0, $1) }
    }

    nonisolated(unsafe) static var calls = SystemCalls()

    public struct Failure: Error, Sendable {
        public var error: InputError
        /// The target existed already (EEXIST at `link`): nothing was written over it.
        public var alreadyExists: Bool
    }

    /// - Parameters:
    ///   - temporaryFolder: where the `.part` file is written; same file system as `url`.
    ///   - modificationDay: if given (`YYYY-MM-DD`), the file's times are set to that day at
    ///     00:00 UTC, so that file times do not tell when (or in which order) it was written.
    public static func create(_ bytes: [UInt8], at url: URL, temporaryFolder: URL? = nil,
                              mode: mode_t = 0o600, modificationDay: Day? = nil) throws(Failure) {
        let folder = url.deletingLastPathComponent()
        let display = url.relativePath
        let temporary = (temporaryFolder ?? folder).appendingPathComponent(".\(url.lastPathComponent).\(getpid()).part")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(display, "cannot create a temporary file") }
        try fill(fd, at: temporary, with: bytes, modificationDay: modificationDay, display: display)
        if calls.link(temporary.path, url.path) != 0 {
            if errno == EEXIST {
                unlink(temporary.path)
                throw alreadyExists(display)
            }
            guard errno == EPERM || errno == ENOTSUP || errno == EOPNOTSUPP || errno == ENOSYS else {
                let f = failure(display, "cannot put it in place")
                unlink(temporary.path)
                throw f
            }
            // FAT and exFAT (most USB sticks) have no hard links. Write the file again under
            // its own name with O_EXCL, which still never replaces anything; a crash now can
            // leave a partial file there, which readers refuse (bundles are verified whole,
            // annotations quarantined), and the writer was not told it was saved.
            unlink(temporary.path)
            try createInPlace(bytes, at: url, mode: mode, modificationDay: modificationDay, display: display)
        } else {
            unlink(temporary.path)
        }
        // The file is visible from here on. If its folder cannot be synced, take it back:
        // the writer is told "not saved", so it must not stay (a retry would then collide).
        func withdraw(_ what: String) -> Failure {
            let f = failure(display, what)
            unlink(url.path)
            return f
        }
        let dir = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0 else { throw withdraw("cannot open its folder to flush it") }
        defer { _ = Glibc.close(dir) }
        if calls.fsync(dir) != 0 { throw withdraw("cannot flush its folder to disk") }
        // The folders' own times would tell when the last file went in (issue 13): midnight too.
        if let day = modificationDay { setMidnight(day, ofFolder: dir, and: temporaryFolder) }
    }

    /// Sets the times of the open folder `dir`, of the folder holding it (`Annotations/`,
    /// whose time changes when a text folder, `tmp/`, `sessions/` or `live/` is made in it)
    /// and of `other`, the temporary folder the file went through, to midnight of `day`.
    /// Best effort: a folder that is not ours (a USB stick's root) keeps its times, and the
    /// save is not failed for it.
    static func setMidnight(_ day: Day, ofFolder dir: Int32, and other: URL?) {
        guard let seconds = midnightUTC(day) else { return }
        var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
        _ = futimens(dir, &times)
        _ = utimensat(dir, "..", &times, AT_SYMLINK_NOFOLLOW)
        if let other { _ = utimensat(AT_FDCWD, other.path, &times, AT_SYMLINK_NOFOLLOW) }
    }

    /// `setMidnight` for a folder given by its path, after something in it was removed,
    /// renamed or made (a draft, a live position, a quarantined file): the folder's times
    /// would otherwise tell the time of day of that change. With `parentToo`, the folder
    /// holding it too. A link in its place is not followed.
    public static func setMidnight(_ day: Day, ofFolderAt url: URL, parentToo: Bool = true) {
        let dir = open(url.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard dir >= 0 else { return }
        defer { _ = Glibc.close(dir) }
        if parentToo {
            setMidnight(day, ofFolder: dir, and: nil)
        } else if let seconds = midnightUTC(day) {
            var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
            _ = futimens(dir, &times)
        }
    }

    /// Writes every byte, retrying short writes and EINTR; false (errno set) on failure.
    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { calls.write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 {
                if n == 0 { errno = ENOSPC }
                return false
            }
            written += n
        }
        return true
    }

    /// The fallback for file systems without hard links: O_CREAT|O_EXCL|O_NOFOLLOW on the
    /// final name, then the same write, times, fsync and close.
    private static func createInPlace(_ bytes: [UInt8], at url: URL, mode: mode_t, modificationDay: Day?,
                                      display: String) throws(Failure) {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else {
            if errno == EEXIST { throw alreadyExists(display) }
            throw failure(display, "cannot create it")
        }
        try fill(fd, at: url, with: bytes, modificationDay: modificationDay, display: display)
    }

    /// Writes all of `bytes` to the newly created `fd`, sets its times to the day, fsyncs
    /// and closes it (checked). On any failure the file at `path` is removed: nothing
    /// partial is left behind, and the caller reports a failed save.
    static func fill(_ fd: Int32, at path: URL, with bytes: [UInt8], modificationDay: Day?,
                             display: String) throws(Failure) {
        func remove(_ what: String) -> Failure {
            let f = failure(display, what)
            unlink(path.path)
            return f
        }
        if !writeAll(bytes, to: fd) {
            let f = remove("cannot write it")
            _ = Glibc.close(fd)
            throw f
        }
        if let day = modificationDay, let seconds = midnightUTC(day) {
            var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
            _ = futimens(fd, &times)
        }
        if calls.fsync(fd) != 0 {
            let f = remove("cannot flush it to disk")
            _ = Glibc.close(fd)
            throw f
        }
        if calls.close(fd) != 0 { throw remove("cannot close it") }
    }

    private static func alreadyExists(_ display: String) -> Failure {
        Failure(error: InputError(.io, file: display, "the file already exists; nothing was overwritten"),
                alreadyExists: true)
    }

    static func failure(_ file: String, _ what: String) -> Failure {
        Failure(error: InputError(.io, file: file, "\(what) (\(String(cString: strerror(errno))))"), alreadyExists: false)
    }

    static func midnightUTC(_ day: Day) -> Int? {
        let parts = day.rawValue.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var t = tm()
        t.tm_year = Int32(parts[0] - 1900)
        t.tm_mon = Int32(parts[1] - 1)
        t.tm_mday = Int32(parts[2])
        return Int(timegm(&t))
    }
}
