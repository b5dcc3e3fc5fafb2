import Foundation

/// Creates a file that is on disk when `create` returns, and never replaces an existing
/// one (DESIGN 4.2): write a temporary file opened with O_EXCL|O_NOFOLLOW, fsync it,
/// `link` it into place (EEXIST means someone else's file: refuse), unlink the
/// temporary name, fsync the folder. A failed write or fsync is a failed save.
public enum DurableFile {
    public static func create(_ bytes: [UInt8], at url: URL, mode: mode_t = 0o600) throws(InputError) {
        let folder = url.deletingLastPathComponent()
        let display = url.relativePath
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).part")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(display, "cannot create a temporary file beside it") }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let error = failure(display, "cannot write it")
                close(fd)
                unlink(temporary.path)
                throw error
            }
            written += n
        }
        if fsync(fd) != 0 {
            let error = failure(display, "cannot flush it to disk")
            close(fd)
            unlink(temporary.path)
            throw error
        }
        if close(fd) != 0 {
            let error = failure(display, "cannot close it")
            unlink(temporary.path)
            throw error
        }
        if link(temporary.path, url.path) != 0 {
            let exists = errno == EEXIST
            let error = exists ? InputError(.io, file: display, "the file already exists; nothing was overwritten")
                               : failure(display, "cannot put it in place")
            unlink(temporary.path)
            throw error
        }
        unlink(temporary.path)
        let dir = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            defer { close(dir) }
            if fsync(dir) != 0 { throw failure(display, "cannot flush its folder to disk") }
        }
    }

    private static func failure(_ file: String, _ what: String) -> InputError {
        InputError(.io, file: file, "\(what) (\(String(cString: strerror(errno))))")
    }
}
