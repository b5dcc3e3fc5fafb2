import Foundation

/// A bundle on disk: written durably and read back before anyone is told to pull out the
/// stick; read whole and verified before a merge copies anything from it.
public enum BundleFile {
    /// Writes the bundle of `files` and `sessions` to `url`, which must not exist yet, then
    /// reads it back from the disk and verifies it. Returns the number of annotations verified.
    ///
    /// The write is `DurableFile`'s: a temporary name beside the target, fsync, close,
    /// link into place (never over an existing file), fsync the folder. If the file does
    /// not read back identical, it is removed and the error says so: a bundle that would be
    /// refused at the other end is worse than none.
    @discardableResult
    public static func write(_ files: [AnnotationLoader.File], sessions: [SessionFile] = [],
                             to url: URL) throws(InputError) -> Int {
        let display = url.relativePath
        var info = stat()
        if lstat(url.path, &info) == 0 {
            throw InputError(.io, file: display, "the file already exists; nothing was overwritten (choose another name)")
        }
        let bytes: [UInt8]
        do { bytes = try AnnotationBundle.archive(files, sessions: sessions) } catch {
            throw InputError(.badData, file: display, "no bundle was written: \(error.message)")
        }
        guard bytes.count <= AnnotationBundle.sizeLimit else {
            throw InputError(.badData, file: display, "no bundle was written: it would be larger than \(AnnotationBundle.sizeLimit / 1_048_576) MB")
        }
        do { try DurableFile.create(bytes, at: url, mode: 0o600) } catch {
            throw InputError(.io, file: display, "the bundle was not written: \(error.error.message)")
        }
        let verified: AnnotationBundle.Contents
        do {
            verified = try AnnotationBundle.verify(readBack(url), name: display)
        } catch {
            unlink(url.path)
            throw InputError(.io, file: display, "the bundle does not read back correctly (\(error.message)); it was removed, the disk may be failing")
        }
        func contents(_ files: [AnnotationLoader.File], _ sessions: [SessionFile]) -> [String: [UInt8]] {
            Dictionary(files.map { ($0.path, $0.bytes) } + sessions.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        }
        let written = contents(files, sessions)
        let back = contents(verified.files, verified.sessions)
        guard written == back else {
            unlink(url.path)
            throw InputError(.io, file: display, "the bundle read back differs from what was written; it was removed, the disk may be failing")
        }
        return verified.files.count
    }

    /// Reads a bundle for a merge. Any problem refuses the whole bundle (bad data, exit 65)
    /// before a single file is copied.
    public static func read(_ url: URL) throws(InputError) -> AnnotationBundle.Contents {
        let bytes = try FileReading.bytes(of: url, limit: AnnotationBundle.sizeLimit, what: "bundles")
        do { return try AnnotationBundle.verify(bytes, name: url.relativePath) } catch {
            throw InputError(.badData, file: url.relativePath, "bundle refused whole, nothing was merged: \(error.message)")
        }
    }

    /// The file's bytes as the disk holds them. Once synced its cached pages are clean, so
    /// dropping them makes this read come from the stick itself rather than from memory.
    static func readBack(_ url: URL) throws(BundleDefect) -> [UInt8] {
        let fd = open(url.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd >= 0 {
            _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED))
            _ = close(fd)
        }
        do { return try FileReading.bytes(of: url, limit: AnnotationBundle.sizeLimit, what: "bundles") } catch {
            throw BundleDefect(error.message)
        }
    }
}
